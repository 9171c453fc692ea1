import type { Logger, Viewer } from '../../kit';

/** Per-request state of the router. */
export interface RouterContext {
  requestId: string;
  log: Logger;
  viewer: Viewer | null;
  /** The signed internal identity header, made once per request on the first subgraph fetch. */
  internalToken?: Promise<string>;
}
