import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import WebSocket from 'ws';
import { repoRoot } from '../kit';
import { CounterChangedDocument, HubgraphClient, IncrementCounterDocument } from '../sdk';
import { startTestStack, testEnv, type TestStack } from './helpers/stack';
import { TcpProxy } from './helpers/tcp-proxy';
import { eventually } from './helpers/wait';

const run = promisify(execFile);

/**
 * @hubgraph/sdk as an application outside this repository gets it: compiled to JavaScript with type
 * declarations, packed with `npm pack`, installed from the tarball into a scratch package, and used from
 * plain ESM and CommonJS scripts and from strict TypeScript against a running supergraph.
 */
describe('the SDK as a package', () => {
  let stack: TestStack;
  let root: string;
  let app: string;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics', 'work'] });
    root = mkdtempSync(join(tmpdir(), 'hubgraph-sdk-package-'));
    const pkg = join(root, 'pkg');
    mkdirSync(pkg);
    const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
    await run(tsc, ['-p', join(repoRoot, 'sdk', 'tsconfig.build.json'), '--outDir', join(pkg, 'dist')]);
    for (const file of ['package.json', 'README.md', 'persisted-documents.json'])
      copyFileSync(join(repoRoot, 'sdk', file), join(pkg, file));
    cpSync(join(repoRoot, 'sdk', 'operations'), join(pkg, 'operations'), { recursive: true });
    const packed = await run('npm', ['pack', '--silent', '--pack-destination', root], { cwd: pkg });
    const tarball = join(root, packed.stdout.trim().split('\n').at(-1)!);

    app = join(root, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', version: '1.0.0', private: true }));
    // From npm's cache where it can (the repository's own install filled it), the registry otherwise.
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball, 'ws@8'], { cwd: app });
    // The installed package holds what `files` lists, and nothing of the repository's sources.
    const listing = await run('npm', ['pack', '--dry-run', '--json'], { cwd: pkg });
    const files = (JSON.parse(listing.stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'persisted-documents.json', 'package.json']));
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  }, 180_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const node = (script: string) =>
    run(process.execPath, [script], { cwd: app, env: { PATH: testEnv.PATH, HUBGRAPH_URL: stack.url }, timeout: 60_000 });

  it('works from an ES module: sign up, a typed query, a mutation and a live subscription', async () => {
    writeFileSync(
      join(app, 'main.mjs'),
      `import WebSocket from 'ws';
import { HubgraphClient, SignUpDocument, MeDocument, CreateTaskDocument, CounterChangedDocument, IncrementCounterDocument } from '@hubgraph/sdk';

const client = new HubgraphClient({ url: process.env.HUBGRAPH_URL, webSocketImpl: WebSocket });
const email = 'pkg-' + Date.now() + '@example.test';
const signed = await client.request(SignUpDocument, { input: { email, password: 'correct horse battery staple', displayName: 'Pkg' } });
client.setToken(signed.signUp.accessToken);
const me = await client.request(MeDocument);
const task = await client.request(CreateTaskDocument, { input: { title: 'from the package' } });
const name = 'pkg-' + Date.now();
const events = client.subscribe(CounterChangedDocument, { name });
const next = events.next();
let event;
for (let i = 0; i < 50 && !event; i++) {
  await client.request(IncrementCounterDocument, { name, by: 3 });
  event = await Promise.race([next, new Promise((r) => setTimeout(() => r(undefined), 100))]);
}
await events.return();
await client.close();
console.log(JSON.stringify({ email: me.me.email, title: task.createTask.task.title, counter: event?.value.counterChanged.name }));
`,
    );
    const { stdout } = await node('main.mjs');
    const out = JSON.parse(stdout) as { email: string; title: string; counter: string };
    expect(out.email).toMatch(/^pkg-\d+@example\.test$/);
    expect(out.title).toBe('from the package');
    expect(out.counter).toMatch(/^pkg-\d+$/);
  }, 60_000);

  it('works from CommonJS, with the persisted-documents manifest exported beside it', async () => {
    writeFileSync(
      join(app, 'main.cjs'),
      `const sdk = require('@hubgraph/sdk');
const manifest = require('@hubgraph/sdk/persisted-documents.json');
const client = new sdk.HubgraphClient({ url: process.env.HUBGRAPH_URL, retry: { retries: 0 } });
client.request(sdk.SignUpDocument, { input: { email: 'not-an-email', password: 'x', displayName: '' } }).then(
  (r) => console.log(JSON.stringify({ errors: r.signUp.errors.map((e) => e.field), documents: Object.keys(manifest).length })),
  (e) => { console.error(e); process.exit(1); },
);
`,
    );
    const { stdout } = await node('main.cjs');
    const out = JSON.parse(stdout) as { errors: string[]; documents: number };
    expect(out.errors.length).toBeGreaterThan(0);
    expect(out.documents).toBeGreaterThan(20);
  }, 60_000);

  it('types an application in strict TypeScript through the exports map, and catches a wrong variable', async () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', noEmit: true, types: [] },
      }),
    );
    const good = `import { HubgraphClient, MyTasksDocument } from '@hubgraph/sdk';
export async function titles(client: HubgraphClient): Promise<string[]> {
  const data = await client.request(MyTasksDocument, { first: 10 });
  return data.tasks?.edges.map((e) => e.node.title) ?? [];
}
`;
    writeFileSync(join(app, 'app.mts'), good);
    const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
    await run(tsc, ['-p', 'tsconfig.json'], { cwd: app });
    // The positive control: the same file with a string where the operation wants an Int fails.
    writeFileSync(join(app, 'app.mts'), good.replace('{ first: 10 }', "{ first: 'ten' }"));
    const failed = await run(tsc, ['-p', 'tsconfig.json'], { cwd: app }).then(
      () => null,
      (error: { stdout: string }) => error.stdout,
    );
    expect(failed).toMatch(/app\.mts.*error TS2322/);
  }, 60_000);

  it('reconnects a dropped subscription socket and subscribes again', async () => {
    // The client reaches the router through a proxy the test cuts, as a load balancer or a flaky
    // network would; graphql-ws sees an abnormal close and the client reconnects with backoff.
    const proxy = new TcpProxy('127.0.0.1', Number(new URL(stack.url).port));
    await proxy.up();
    const reconnected: number[] = [];
    const client = new HubgraphClient({
      url: stack.url,
      wsUrl: `ws://127.0.0.1:${proxy.port}/graphql`,
      webSocketImpl: WebSocket,
      reconnectBackoff: { baseDelayMs: 50, maxDelayMs: 200 },
      onReconnected: () => reconnected.push(Date.now()),
    });
    const name = `reconnect-${Date.now()}`;
    const seen: number[] = [];
    const events = client.subscribe(CounterChangedDocument, { name });
    const reading = (async () => {
      for await (const event of events) if (event.counterChanged) seen.push(event.counterChanged.value);
    })();
    try {
      await eventually(
        async () => {
          await client.request(IncrementCounterDocument, { name, by: 1 });
          expect(seen.length).toBeGreaterThan(0);
        },
        10_000,
        100,
      );
      await proxy.down();
      await proxy.up();
      await eventually(() => expect(reconnected).toHaveLength(1), 10_000, 50);
      const before = seen.length;
      await eventually(
        async () => {
          await client.request(IncrementCounterDocument, { name, by: 1 });
          expect(seen.length).toBeGreaterThan(before);
        },
        10_000,
        100,
      );
      // The same subscription (the same loop) delivers again, with the counter's newer values.
      expect(seen.at(-1)).toBeGreaterThan(seen[before - 1]!);
    } finally {
      await events.return();
      await client.close();
      await reading;
      await proxy.down();
    }
  }, 60_000);
});
