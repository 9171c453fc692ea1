/**
 * The router's edge cache for public-path redirects (links' `/s/{code}`), and the protocol between
 * the router and the subgraph behind the path.
 *
 * A subgraph marks a redirect the router may answer by itself for a while with three answer headers:
 * how long ({@link EDGE_TTL_HEADER}, milliseconds), the target before the request's query is merged
 * onto it ({@link EDGE_LOCATION_HEADER}; the router merges each request's own query with
 * {@link withQuery}, as the subgraph does), and where to report the visits it answered
 * ({@link EDGE_REPORT_HEADER}, a path on the subgraph). The router strips all three before the answer
 * leaves. Each visit the router answers from its cache is reported: batched, signed by the router
 * (the kit's `signRouterCall` for {@link EDGE_REPORT_AUDIENCE}), kept and sent again until the subgraph accepted it, so the subgraph counts
 * every visit as if it had served it. Entries are dropped when they expire, when a mutation went
 * through the router to that subgraph (an editor sees the change at once), and when a subgraph
 * publishes {@link EDGE_PURGE_TOPIC} on the shared pub/sub (every router replica, with Redis).
 */
export const EDGE_TTL_HEADER = 'x-hubgraph-edge-ttl';
export const EDGE_LOCATION_HEADER = 'x-hubgraph-edge-location';
export const EDGE_REPORT_HEADER = 'x-hubgraph-edge-report';
/** Pub/sub topic: `{ subgraph }` drops every edge entry of that subgraph on every router replica. */
export const EDGE_PURGE_TOPIC = 'edge:purge';
/** The audience of the router's signature over a visit report. */
export const EDGE_REPORT_AUDIENCE = 'edge-report';
/** Most visits in one report (the router sends several reports when more are waiting). */
export const EDGE_REPORT_MAX_VISITS = 2000;

/** One visit the router answered from its edge cache. */
export interface EdgeVisit {
  /** The request path without its query, e.g. `/s/abc123`. */
  path: string;
  /** When it was answered (epoch milliseconds). */
  at: number;
  referer?: string;
  userAgent?: string;
}

/** The target with the request's query merged onto its own (a name the request gives replaces the target's values). */
export function withQuery(target: string, requestQuery: URLSearchParams): string {
  if ([...requestQuery.keys()].length === 0) return target;
  const url = new URL(target);
  for (const name of new Set(requestQuery.keys())) {
    url.searchParams.delete(name);
    for (const value of requestQuery.getAll(name)) url.searchParams.append(name, value);
  }
  return url.toString();
}

/** The visits of a report body, or null when it is not one (bounded: at most {@link EDGE_REPORT_MAX_VISITS}). */
export function parseEdgeReport(body: string): EdgeVisit[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const visits = (parsed as { visits?: unknown })?.visits;
  if (!Array.isArray(visits) || visits.length > EDGE_REPORT_MAX_VISITS) return null;
  const out: EdgeVisit[] = [];
  for (const v of visits as Record<string, unknown>[]) {
    if (typeof v !== 'object' || v === null || typeof v.path !== 'string' || typeof v.at !== 'number' || !Number.isFinite(v.at))
      return null;
    out.push({
      path: v.path.slice(0, 256),
      at: v.at,
      referer: typeof v.referer === 'string' ? v.referer.slice(0, 2048) : undefined,
      userAgent: typeof v.userAgent === 'string' ? v.userAgent.slice(0, 1024) : undefined,
    });
  }
  return out;
}
