/**
 * front-door: how long the router takes to refuse hostile operations, and where the time goes.
 * A "fragment bomb" (fragments each spreading the next twice) of 16–30 levels: parse, validate and
 * analyzeOperation measured in this process on the API schema, then the whole HTTP request against a
 * real router (started here, with no subgraph running: a refused operation never reaches one), and
 * the event-loop delay it causes. Also a variable nested 100,000 arrays deep.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Kind, buildSchema, getOperationAST, parse, validate, type FragmentDefinitionNode } from 'graphql';
import { loadRouterConfig, startRouter } from '../router';
import { analyzeOperation } from '../router/src/limits';
import { fragmentBomb, nestedJson } from '../test/helpers/hostile-operations';
import type { BenchArgs } from './lib/args';
import { describeMachine, formatTable, repoRoot, waitForQuiet, writeResult } from './lib/report';
import { round, summarizeLatencies } from './lib/stats';

const TARGET_MS = 10;

/** Median of `runs` timings of `work` (ms), after one warm-up call. */
function timeMedian(runs: number, work: () => void): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return summarizeLatencies(samples).p50;
}

interface RequestTiming {
  status: number;
  code: unknown;
  p50: number;
  max: number;
  /** Longest event-loop stall seen while the requests ran (ms). */
  loopDelayMax: number;
}

/** Sends `body` `runs` times, one at a time, and times each answer. */
async function timeRequests(url: string, body: string, runs: number): Promise<RequestTiming> {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const samples: number[] = [];
  let status = 0;
  let code: unknown;
  loop.enable();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const answer = (await res.json()) as { errors?: { extensions?: { code?: unknown } }[] };
    samples.push(performance.now() - started);
    status = res.status;
    code = answer.errors?.[0]?.extensions?.code;
  }
  loop.disable();
  const summary = summarizeLatencies(samples);
  return { status, code, p50: round(summary.p50, 2), max: round(summary.max, 2), loopDelayMax: round(loop.max / 1e6, 2) };
}

/** Runs the benchmark: `--levels` (default 16,20,24,28), `--runs` per measurement (default 20). */
export async function frontDoor(args: BenchArgs): Promise<void> {
  const levels = args.integers('levels', [16, 20, 24, 28], 1, 40);
  const runs = args.number('runs', 20, 1, 1000);
  const waitQuietS = args.number('wait-quiet', 0, 0, 3600);
  args.rejectUnknown();

  const machine = describeMachine();
  const busyBefore = await waitForQuiet(waitQuietS);
  const schema = buildSchema(readFileSync(join(repoRoot, 'schema', 'api.graphql'), 'utf8'));
  const router = await startRouter({
    config: loadRouterConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false', RESPONSE_CACHE_ENABLED: 'false' }),
    port: 0,
  });
  try {
    const rows = [];
    for (const level of levels) {
      const query = fragmentBomb(level);
      const document = parse(query, { maxTokens: 3000 });
      const operation = getOperationAST(document);
      if (!operation) throw new Error('the bomb has no operation');
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const parseMs = timeMedian(runs, () => parse(query, { maxTokens: 3000 }));
      const validateMs = timeMedian(runs, () => validate(schema, document));
      const analyzeMs = timeMedian(runs, () => analyzeOperation(schema, operation, fragments, {}, 20));
      const request = await timeRequests(router.url, JSON.stringify({ query }), runs);
      rows.push({
        level,
        bytes: query.length,
        parseMs: round(parseMs, 3),
        validateMs: round(validateMs, 3),
        analyzeMs: round(analyzeMs, 3),
        request,
      });
    }
    const createTask = JSON.stringify('mutation($d: DateTime) { createTask(input: { title: "x", dueAt: $d }) { task { id } } }');
    const deepVariable = await timeRequests(router.url, `{"query":${createTask},"variables":{"d":${nestedJson(100_000, '"x"')}}}`, runs);
    console.log(
      formatTable(
        ['levels', 'bytes', 'parse ms', 'validate ms', 'analyze ms', 'request p50 ms', 'request max ms', 'loop stall ms', 'answer'],
        rows.map((r) => [
          r.level,
          r.bytes,
          r.parseMs,
          r.validateMs,
          r.analyzeMs,
          r.request.p50,
          r.request.max,
          r.request.loopDelayMax,
          `${r.request.status} ${String(r.request.code)}`,
        ]),
      ),
    );
    console.log(
      `\nDateTime variable nested 100,000 arrays deep: p50 ${deepVariable.p50} ms, max ${deepVariable.max} ms, ` +
        `answer ${deepVariable.status} ${String(deepVariable.code)}`,
    );
    const bomb24 = rows.find((r) => r.level === 24);
    if (bomb24) console.log(`24-level bomb refused in ${bomb24.request.p50} ms (p50; target < ${TARGET_MS} ms)`);
    const busy = busyBefore === null ? 'n/a' : `${Math.round(busyBefore * 100)} %`;
    console.log(
      `machine busy before: ${busy}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    const result = { machine, busyBefore, loadAverage: loadavg(), runs, targetMs: TARGET_MS, bombs: rows, deepVariable };
    const path = writeResult('front-door', result);
    console.log(`written to ${path}`);
  } finally {
    await router.stop();
  }
}
