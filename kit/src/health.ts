import type { IncomingMessage, ServerResponse } from 'node:http';

/** One dependency a readiness probe checks (database, Redis, an upstream). */
export interface HealthCheck {
  /** Component name in the report, e.g. `mysql:connections` or `redis:ping`. */
  name: string;
  check: () => Promise<void>;
  /** A failing non-critical check reports `warn` instead of failing readiness. */
  critical?: boolean;
}

type Status = 'pass' | 'warn' | 'fail';

interface CheckResult {
  status: Status;
  componentType: 'datastore' | 'component';
  observedValue: number;
  observedUnit: 'ms';
  time: string;
  output?: string;
}

const CHECK_TIMEOUT_MS = 2000;

async function runCheck(check: HealthCheck): Promise<CheckResult> {
  const started = performance.now();
  let output: string | undefined;
  let ok = true;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check.check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
  } catch (error) {
    ok = false;
    output = error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
  const critical = check.critical ?? true;
  return {
    status: ok ? 'pass' : critical ? 'fail' : 'warn',
    componentType: /mysql|sqlite|redis/.test(check.name) ? 'datastore' : 'component',
    observedValue: Math.round((performance.now() - started) * 100) / 100,
    observedUnit: 'ms',
    time: new Date().toISOString(),
    ...(output ? { output } : {}),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/health+json',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

export interface HealthOptions {
  service: string;
  version: string;
  checks: () => HealthCheck[];
  /** False while the process drains for shutdown: readiness fails so balancers stop sending work. */
  accepting: () => boolean;
}

/**
 * `/health` (liveness: the process answers) and `/ready` (readiness: every dependency answers), both in
 * the `application/health+json` format (draft-inadarei-api-health-check) with a result per check.
 */
export function healthRoutes(options: HealthOptions) {
  const started = Date.now();
  return {
    async liveness(_req: IncomingMessage, res: ServerResponse) {
      send(res, 200, {
        status: 'pass',
        serviceId: options.service,
        version: options.version,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
      });
    },
    async readiness(_req: IncomingMessage, res: ServerResponse) {
      const checks = options.checks();
      const results = await Promise.all(checks.map(runCheck));
      const report: Record<string, CheckResult[]> = {};
      checks.forEach((c, i) => (report[c.name] = results.slice(i, i + 1)));
      let status: Status = results.some((r) => r.status === 'fail') ? 'fail' : results.some((r) => r.status === 'warn') ? 'warn' : 'pass';
      const draining = !options.accepting();
      if (draining) status = 'fail';
      send(res, status === 'fail' ? 503 : 200, {
        status,
        serviceId: options.service,
        version: options.version,
        ...(draining ? { output: 'shutting down' } : {}),
        checks: report,
      });
    },
  };
}
