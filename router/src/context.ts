import type { IncomingMessage } from 'node:http';
import type { Logger, Viewer } from '../../kit';

/** Per-request state of the router. */
export interface RouterContext {
  requestId: string;
  log: Logger;
  viewer: Viewer | null;
  /** The client's address (the peer, or X-Forwarded-For behind TRUST_PROXY hops). */
  ip: string;
  /** Static cost of the operation, once analysed. */
  cost?: number;
  /** Answered with an identical in-flight query's result (router/src/collapse.ts). */
  sharedAnswer?: boolean;
}

/**
 * The client's IP: the socket peer, or — behind `trustedHops` proxies that append to X-Forwarded-For —
 * the address the outermost trusted proxy saw. Entries further left are client-supplied and ignored.
 */
export function clientIp(req: IncomingMessage, trustedHops: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[chain.length - trustedHops] ?? chain[0] ?? peer;
}
