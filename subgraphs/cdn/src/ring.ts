import { createHash } from 'node:crypto';

function hash32(value: string): number {
  return createHash('md5').update(value).digest().readUInt32BE(0);
}

/** Consistent-hash ring with virtual nodes: adding or removing one of n nodes remaps about 1/n of the keys. */
export class HashRing {
  private points: { at: number; node: string }[] = [];

  constructor(private readonly virtualNodes = 160) {}

  add(node: string): void {
    for (let i = 0; i < this.virtualNodes; i++) this.points.push({ at: hash32(`${node}#${i}`), node });
    this.points.sort((a, b) => a.at - b.at || a.node.localeCompare(b.node));
  }

  remove(node: string): void {
    this.points = this.points.filter((p) => p.node !== node);
  }

  /** The node owning a key: the first point clockwise from the key's hash. */
  lookup(key: string): string | undefined {
    if (this.points.length === 0) return undefined;
    const h = hash32(key);
    let lo = 0;
    let hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.points[mid]!.at < h) lo = mid + 1;
      else hi = mid;
    }
    return this.points[lo % this.points.length]!.node;
  }
}
