import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../test/helpers/processes';
import { runCli } from '../../test/helpers/run-cli';
import { testEnv } from '../../test/helpers/stack';
import { waitFor } from '../../test/helpers/wait';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'cli/broadcast-server/main.ts');
const REGISTER = join(ROOT, 'test/helpers/ts-register.js');

interface Proc {
  child: ChildProcessWithoutNullStreams;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
  say(line: string): void;
}

const running: Proc[] = [];

function launch(args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, ['-r', REGISTER, CLI, ...args], {
    cwd: ROOT,
    env: { PATH: testEnv.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const proc = { child, out: () => out, err: () => err, exited, say: (line: string) => child.stdin.write(`${line}\n`) };
  running.push(proc);
  return proc;
}

afterEach(() => {
  for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
});

async function startServer(): Promise<{ server: Proc; url: string; port: number }> {
  const port = await freePort();
  const server = launch(['start', '--port', String(port)]);
  await waitFor(() => server.out().includes('Broadcast server listening'), 'the server to listen', 20_000);
  return { server, url: `ws://127.0.0.1:${port}`, port };
}

describe('broadcast-server', () => {
  it('sends what one client types to every client and announces joins and leaves', async () => {
    const { server, url } = await startServer();
    const ada = launch(['connect', '--url', url, '--name', 'ada']);
    await waitFor(() => ada.err().includes('Connected as ada.'), 'ada connected', 20_000);
    const bob = launch(['connect', '--url', url, '--name', 'bob']);
    await waitFor(() => ada.out().includes('* bob joined'), 'ada to see bob join', 20_000);
    const cy = launch(['connect', '--url', url, '--name', 'cy']);
    await waitFor(() => bob.out().includes('* cy joined'), 'bob to see cy join', 20_000);
    ada.say('hello everyone');
    for (const p of [ada, bob, cy]) await waitFor(() => p.out().includes('[ada] hello everyone'), 'the message everywhere', 10_000);
    bob.child.stdin.end(); // Ctrl-D: bob leaves
    expect(await bob.exited).toBe(0);
    await waitFor(() => ada.out().includes('* bob left') && cy.out().includes('* bob left'), 'the leave announced', 10_000);
    expect(server.err()).toContain('bob left');
  }, 90_000);

  it('replays what a client missed after reconnecting, and stops cleanly on Ctrl-C, telling the clients', async () => {
    const { server, url, port } = await startServer();
    const ada = launch(['connect', '--url', url, '--name', 'ada']);
    await waitFor(() => ada.err().includes('Connected as ada.'), 'ada connected', 20_000);
    ada.say('before');
    await waitFor(() => ada.out().includes('[ada] before'), 'the first message', 10_000);

    // The server dies (kill -9) and a new one comes up on the same port with no history.
    server.child.kill('SIGKILL');
    await server.exited;
    await waitFor(() => ada.err().includes('Connection lost; reconnecting'), 'ada to notice', 10_000);
    const again = launch(['start', '--port', String(port)]);
    await waitFor(() => again.out().includes('Broadcast server listening'), 'the new server', 20_000);
    await waitFor(() => (ada.err().match(/Connected as ada\./g) ?? []).length === 2, 'ada to reconnect', 20_000);
    const bob = launch(['connect', '--url', url, '--name', 'bob']);
    await waitFor(() => ada.out().includes('* bob joined'), 'bob joined', 20_000);
    bob.say('while ada was reading');
    await waitFor(() => ada.out().includes('[bob] while ada was reading'), 'ada to get it', 10_000);

    // Ctrl-C on the server: every client is told, then everything exits 0.
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
    expect(again.out()).toContain('Server stopped.');
    expect(await ada.exited).toBe(0);
    expect(await bob.exited).toBe(0);
    expect(ada.err()).toContain('The server is shutting down.');
  }, 90_000);

  it('replays the messages sent while a client was away', async () => {
    const { url } = await startServer();
    const ada = launch(['connect', '--url', url, '--name', 'ada']);
    await waitFor(() => ada.err().includes('Connected as ada.'), 'ada connected', 20_000);
    for (let i = 1; i <= 3; i++) ada.say(`message ${i}`);
    await waitFor(() => ada.out().includes('[ada] message 3'), 'three messages', 10_000);
    // A newcomer gets the recent past, in order.
    const late = launch(['connect', '--url', url, '--name', 'late']);
    await waitFor(() => late.out().includes('[ada] message 3'), 'the replay', 20_000);
    expect(late.out().indexOf('[ada] message 1')).toBeLessThan(late.out().indexOf('[ada] message 3'));
  }, 60_000);

  it('refuses a port in use and a bad URL, and gives up on a server that never answers', async () => {
    const { port } = await startServer();
    const clash = await runCli('cli/broadcast-server/main.ts', ['start', '--port', String(port)]);
    expect([clash.code, clash.stderr]).toEqual([1, expect.stringContaining(`port ${port} is already in use`)]);
    expect((await runCli('cli/broadcast-server/main.ts', ['connect', '--url', 'http://x'])).code).toBe(2);
    // Nobody listens there: after its reconnects (one here) the client gives up with exit 1.
    const nobody = launch(['connect', '--url', `ws://127.0.0.1:${await freePort()}`], { BROADCAST_MAX_RECONNECTS: '1' });
    expect(await nobody.exited).toBe(1);
    expect(nobody.err()).toContain('giving up');
    expect(nobody.err()).toContain('lost the connection to ws://127.0.0.1:');
  }, 60_000);
});
