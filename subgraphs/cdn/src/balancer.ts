import { HashRing } from './ring';

export type Strategy = 'ROUND_ROBIN' | 'LEAST_CONNECTIONS' | 'CONSISTENT_HASH';

export interface BalancedNode {
  id: string;
  active: number;
  healthy: boolean;
}

/** Picks a healthy node for a key; unhealthy nodes are skipped (failover) and rejoin when healthy again. */
export class Balancer<N extends BalancedNode> {
  private next = 0;
  private ring = new HashRing();
  private ringMembers = '';

  constructor(
    private readonly strategy: Strategy,
    private readonly nodes: N[],
  ) {}

  pick(key: string): N | undefined {
    const healthy = this.nodes.filter((n) => n.healthy);
    if (healthy.length === 0) return undefined;
    if (this.strategy === 'ROUND_ROBIN') return healthy[this.next++ % healthy.length];
    if (this.strategy === 'LEAST_CONNECTIONS') {
      return healthy.reduce((best, n) => (n.active < best.active ? n : best));
    }
    const members = healthy.map((n) => n.id).join();
    if (members !== this.ringMembers) {
      this.ring = new HashRing();
      for (const n of healthy) this.ring.add(n.id);
      this.ringMembers = members;
    }
    const id = this.ring.lookup(key);
    return healthy.find((n) => n.id === id);
  }
}
