import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { summarizeLatencies, type LatencySummary } from './stats';

/** A closed-loop HTTP load: `concurrency` virtual users, each sending its next request when the last one answers. */
export interface LoadOptions {
  /** Plain-HTTP URL on 127.0.0.1 (the generator refuses anything else). */
  url: string;
  /**
   * The POST body (a GraphQL operation as JSON), or a function making each request's body (e.g. with
   * distinct variables, so no cache or request merging can answer one request for another).
   */
  body?: string | (() => string);
  /** POST (default: a GraphQL operation) or GET (no body: a redirect, a page). */
  method?: 'GET' | 'POST';
  /** Extra request headers; a function is asked before every request (for tokens that expire mid-run). */
  headers?: Record<string, string> | (() => Record<string, string>);
  concurrency: number;
  /** Requests started before this much time has passed are sent but not recorded. */
  warmupMs: number;
  /** How long requests are recorded after the warm-up. */
  durationMs: number;
  /** A request taking longer than this is cut and counted as an error. */
  timeoutMs?: number;
  /** Upper bound on requests started (warm-up included), so a very fast target cannot run away. */
  maxRequests?: number;
  /** Stop early after this many failed requests: a broken target should not be hammered for the whole run. */
  maxErrors?: number;
  /** Returns why a response is wrong (status, GraphQL errors), or null when it is a success. */
  check?: (status: number, body: string, headers: IncomingHttpHeaders) => string | null;
}

export interface LoadResult {
  concurrency: number;
  /** Recorded window: from the end of the warm-up to the last recorded response. */
  measuredMs: number;
  warmupRequests: number;
  /** Successful recorded requests. */
  requests: number;
  errors: number;
  /** The first few error reasons, for the report. */
  errorSamples: string[];
  /** Whether the run stopped before its duration because of errors or the request cap. */
  stoppedEarly: boolean;
  rps: number;
  /** Latency of the successful recorded requests, in milliseconds. */
  latency: LatencySummary;
}

/** The default success test: HTTP 200 and a GraphQL response without `errors`. */
export function graphqlSuccess(status: number, body: string): string | null {
  if (status !== 200) return `HTTP ${status}: ${body.slice(0, 200)}`;
  if (body.includes('"errors"')) return `GraphQL errors: ${body.slice(0, 200)}`;
  return null;
}

interface Reply {
  status: number;
  body: string;
  headers: IncomingHttpHeaders;
}

/**
 * Runs a closed-loop load against one URL and returns throughput and latency percentiles. Every
 * virtual user holds one keep-alive connection (the agent allows exactly `concurrency` sockets), so
 * connection set-up is paid during the warm-up, not in the recorded window. Latency is measured from
 * just before `http.request` to the last body byte, with `performance.now()`.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  if (target.protocol !== 'http:' || target.hostname !== '127.0.0.1') {
    throw new Error(`the load generator only talks to http://127.0.0.1, not ${options.url}`);
  }
  const method = options.method ?? 'POST';
  const fixedBody = method === 'GET' ? Buffer.alloc(0) : typeof options.body === 'string' ? Buffer.from(options.body) : null;
  const makeBody = options.body;
  const extra = options.headers;
  const headersFor = (payload: Buffer): Record<string, string> =>
    method === 'GET'
      ? { ...(typeof extra === 'function' ? extra() : extra) }
      : {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(typeof extra === 'function' ? extra() : extra),
          'content-length': String(payload.length),
        };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRequests = options.maxRequests ?? 10_000_000;
  const maxErrors = options.maxErrors ?? 100;
  const check = options.check ?? graphqlSuccess;
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency });

  const send = () =>
    new Promise<Reply>((resolve, reject) => {
      const payload = fixedBody ?? Buffer.from((makeBody as () => string)());
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method,
          agent,
          headers: headersFor(payload),
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
          res.on('error', reject);
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(payload);
    });

  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let warmupRequests = 0;
  let started = 0;
  let stoppedEarly = false;
  const begin = performance.now();
  const measureFrom = begin + options.warmupMs;
  const endAt = measureFrom + options.durationMs;
  let lastRecorded = measureFrom;

  const user = async () => {
    for (;;) {
      if (performance.now() >= endAt) return;
      if (started >= maxRequests || errors >= maxErrors) {
        stoppedEarly = true;
        return;
      }
      started++;
      const t0 = performance.now();
      let problem: string | null;
      try {
        const reply = await send();
        problem = check(reply.status, reply.body, reply.headers);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      const t1 = performance.now();
      if (t0 < measureFrom) {
        warmupRequests++;
        if (problem) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(`warm-up: ${problem}`);
        }
        continue;
      }
      if (t1 > lastRecorded) lastRecorded = t1;
      if (problem) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(problem);
      } else {
        latencies.push(t1 - t0);
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: options.concurrency }, user));
  } finally {
    agent.destroy();
  }
  const measuredMs = lastRecorded - measureFrom;
  return {
    concurrency: options.concurrency,
    measuredMs,
    warmupRequests,
    requests: latencies.length,
    errors,
    errorSamples,
    stoppedEarly,
    rps: measuredMs > 0 ? (latencies.length * 1000) / measuredMs : 0,
    latency: summarizeLatencies(latencies),
  };
}
