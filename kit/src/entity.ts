import { randomBytes } from 'node:crypto';
import { defineEntity } from '@mikro-orm/core';

const p = defineEntity.properties;

/**
 * A UUIDv7: time-ordered, so ids sort by creation and index well, and unique across replicas without
 * a coordinator.
 */
export function newId(): string {
  const bytes = randomBytes(16);
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // 16 random bytes: indexes 6 and 8 exist
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
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
