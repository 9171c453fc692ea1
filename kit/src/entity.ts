import { randomFillSync } from 'node:crypto';
import { defineEntity } from '@mikro-orm/core';

const p = defineEntity.properties;

// Random bytes for ids are drawn from a pool refilled in one call: one getrandom per 409 ids instead
// of one per id (a bulk insert of thousands of rows spent a tenth of its CPU in `randomBytes`).
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// Ids made by one process sort in the order they were made, also within one millisecond (RFC 9562,
// "monotonic random": the 12-bit rand_a field is a counter that starts at a random value below 2^11
// in each new millisecond and counts up; on overflow the timestamp moves on by one). A list ordered by
// (createdAt, id) then shows rows written in the same millisecond in the order they were written.
let lastMs = 0;
let sequence = 0;

/**
 * A UUIDv7: time-ordered, so ids sort by creation and index well, and unique across replicas without
 * a coordinator. 48 bits of Unix milliseconds, the version, a 12-bit sequence, the variant and 62
 * random bits.
 */
export function newId(): string {
  if (poolOffset + 10 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const r = poolOffset;
  poolOffset += 10;
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs; // the same millisecond, or the clock went back: continue the sequence
    sequence++;
    if (sequence > 0xfff) {
      ms = lastMs + 1;
      sequence = ((pool[r]! & 0x07) << 8) | pool[r + 1]!;
    }
  } else sequence = ((pool[r]! & 0x07) << 8) | pool[r + 1]!;
  lastMs = ms;
  const high = Math.floor(ms / 0x10000)
    .toString(16)
    .padStart(8, '0'); // bits 47..16
  const low = (ms % 0x10000).toString(16).padStart(4, '0'); // bits 15..0
  const h = (i: number) => HEX[pool[r + i]!]!; // r + i < pool.length: checked above
  return `${high}-${low}-7${sequence.toString(16).padStart(3, '0')}-${HEX[(pool[r + 2]! & 0x3f) | 0x80]}${h(3)}-${h(4)}${h(5)}${h(6)}${h(7)}${h(8)}${h(9)}`;
}

/** The columns every entity starts with: a UUIDv7 `id` and millisecond `createdAt` / `updatedAt`. */
export function baseProperties() {
  return {
    id: p
      .string()
      .length(36)
      .primary()
      .onCreate(() => newId()),
    createdAt: p.datetime(3).onCreate(() => new Date()),
    updatedAt: p
      .datetime(3)
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  };
}

export { defineEntity, p };
export type { InferEntity } from '@mikro-orm/core';
