/**
 * `npm run bench -- <name> [--option=value ...]`: runs one benchmark, prints its table and writes
 * bench/results/<name>.json. See bench/README.md for what each measures and the numbers we got.
 */
import { BenchArgs } from './lib/args';
import { stopAll } from './lib/proc';

interface Benchmark {
  summary: string;
  run: (args: BenchArgs, env: Record<string, string | undefined>) => Promise<void>;
}

// Loaded lazily: the router-overhead process should not load the ORM and Apollo it only spawns.
const benchmarks: Record<string, Benchmark> = {
  'caching-compared': {
    summary:
      'library work reads (90 %) and writes (10 %), Zipf ids: no cache vs router response cache vs kit entity cache vs caching-proxy: RPS, p50/p99, hit ratio, staleness; SVG chart in docs/',
    run: async (args, env) => (await import('./caching-compared.js')).cachingCompared(args, env),
  },
  'router-overhead': {
    summary: 'latency/RPS through the router vs straight to the basics subgraph (separate processes)',
    run: async (args) => (await import('./router-overhead.js')).routerOverhead(args),
  },
  'sql-per-request': {
    summary: 'SQL statements and subgraph fetches per `me { tasks }` request, for page sizes 10/100/1,000',
    run: async (args, env) => (await import('./sql-per-request.js')).sqlPerRequest(args, env),
  },
  'ws-fanout': {
    summary: 'N graphql-ws clients on one chat room through the router: delivery p50/p99, memory, upstreams',
    run: async (args) => (await import('./ws-fanout.js')).wsFanout(args),
  },
  'proxy-fetch': {
    summary: 'CPU and latency of one upstream call: global fetch vs http.request (explains router-overhead)',
    run: async (args) => (await import('./proxy-fetch.js')).proxyFetch(args),
  },
  gateways: {
    summary: 'our router (all features on) vs bare @apollo/gateway vs Hive Gateway: RPS, p50/p99, CPU/request, RSS',
    run: async (args) => (await import('./gateways.js')).gateways(args),
  },
  'front-door': {
    summary: 'time to refuse hostile operations (fragment bombs, deep variables): parse, validate, analysis, whole request',
    run: async (args) => (await import('./front-door.js')).frontDoor(args),
  },
  'db-backup': {
    summary: 'db-backup CLI: backup + restore of a 100,000 and a 1,000,000-row MariaDB table: time and peak RSS',
    run: async (args, env) => (await import('./db-backup.js')).dbBackup(args, env),
  },
  'link-redirects': {
    summary: 'GET /s/{code} through the router to links vs a bare node:http 302: RPS ratio, clicks sent = counted',
    run: async (args) => (await import('./link-redirects.js')).linkRedirects(args),
  },
  banking: {
    summary: 'ledger transfers/s on MariaDB: single transfers at 64 clients, batches of 1,000, raw INSERTs beside them, lock waits',
    run: async (args, env) => (await import('./banking.js')).bankingBench(args, env),
  },
  analytics: {
    summary: 'analytics collector events/s on MariaDB beside raw multi-row INSERTs; acknowledged = stored after kill -9 mid-load',
    run: async (args, env) => (await import('./analytics.js')).analyticsBench(args, env),
  },
  'social-timeline': {
    summary:
      'social home timeline: read p50/p99 following 1,000 accounts; fan-out of one post to 10,000 followers, with and without read-time merge',
    run: async (args, env) => (await import('./social-timeline.js')).socialTimeline(args, env),
  },
  'commerce-checkout': {
    summary: 'checkouts/s on MariaDB through the whole saga (commerce, inventory, payments): 50 buyers on one hot variant and on 1,000',
    run: async (args, env) => (await import('./commerce-checkout.js')).commerceCheckout(args, env),
  },
  'bookings-seats': {
    summary: 'cinema seat claims/s on MariaDB: 200 users on one showtime (contention) and spread over 100 showtimes',
    run: async (args, env) => (await import('./bookings-seats.js')).bookingsSeats(args, env),
  },
  rides: {
    summary:
      'rides: position updates/s with N drivers reporting each second while N riders track them through the router, servers and load in separate processes (delivery p99, CPU/update of rides and the router); nearest-driver latency with 10,000 online drivers',
    run: async (args, env) => (await import('./rides.js')).ridesBench(args, env),
  },
  flood: {
    summary:
      'legitimate users (one address each) vs one client flooding the router: their throughput kept, guard off / token bucket / sliding window',
    run: async (args) => (await import('./flood.js')).flood(args),
  },
  'expense-categorization': {
    summary:
      "finance's category suggestions on generated histories: top-1/top-3 accuracy, auto-filled share and precision, vs the majority baseline",
    run: async (args) => (await import('./expense-categorization.js')).expenseCategorization(args),
  },
  'movie-recommendations': {
    summary:
      "bookings' item-item recommendations on generated ratings and bookings: precision@10 on a held-out split vs the popularity fallback, rebuild and answer cost",
    run: async (args) => (await import('./movie-recommendations.js')).movieRecommendations(args),
  },
  moderation: {
    summary: "the kit's content classifier on the shipped labelled set: precision, recall, verdict accuracy, µs per text",
    run: async (args) => (await import('./moderation.js')).moderationBench(args),
  },
  cdn: {
    summary: 'cdn edge fleet: hit ratio, origin offload, RPS and latency per balancing strategy under one Zipf-distributed workload',
    run: async (args) => (await import('./cdn.js')).cdnBench(args),
  },
  startup: {
    summary: 'time from spawning dist/scripts/start.js to a passing :4000/ready',
    run: async (args) => (await import('./startup.js')).startup(args),
  },
};

function usage(): string {
  return [
    'usage: npm run bench -- <benchmark> [--option=value ...]',
    '',
    ...Object.entries(benchmarks).map(([name, b]) => `  ${name.padEnd(16)} ${b.summary}`),
    '',
    'Options are described in bench/README.md.',
  ].join('\n');
}

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  if (name === '--help' || name === 'help') {
    console.log(usage());
    return 0;
  }
  const benchmark = name ? benchmarks[name] : undefined;
  if (!benchmark) {
    console.error(name ? `unknown benchmark "${name}"\n\n${usage()}` : usage());
    return 2;
  }
  // The only place the bench reads its environment (MYSQL_URL for sql-per-request).
  await benchmark.run(new BenchArgs(rest), { MYSQL_URL: process.env.MYSQL_URL, REDIS_URL: process.env.REDIS_URL, PATH: process.env.PATH });
  return 0;
}

main().then(
  async (code) => {
    await stopAll();
    process.exit(code);
  },
  async (error: unknown) => {
    await stopAll();
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
