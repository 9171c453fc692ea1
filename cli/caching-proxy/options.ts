/**
 * Command-line flags of `caching-proxy`, parsed and validated by hand so that every message names
 * the flag and what was wrong with it.
 */
import { resolve } from 'node:path';
import { distance } from '../lib/args';

/** What the command was asked to do. */
export type Command =
  | { kind: 'help' }
  | { kind: 'clear'; cacheDir: string }
  | {
      kind: 'serve';
      port: number;
      host: string | undefined;
      origin: URL;
      cacheDir: string;
      ttl: number;
      timeoutMs: number;
      staleIfError: number;
      maxEntries: number;
      maxBody: number;
      quiet: boolean;
    };

/** A problem with the command line (exit code 2); `problems` lists every one found. */
export class UsageError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'UsageError';
  }
}

/** The text of `--help`. */
export const USAGE = `Usage:
  caching-proxy --port <number> --origin <url> [options]
  caching-proxy --clear-cache [--cache-dir <dir>]

A caching HTTP proxy: forwards every request to <url> and answers repeated GET/HEAD requests from
its cache while the origin's Cache-Control allows. Responses carry X-Cache: HIT, MISS or STALE.

Options:
  -p, --port <number>          port to listen on (0 picks a free one)
  -o, --origin <url>           http(s) URL of the server to forward to, e.g. http://dummyjson.com
      --host <address>         address to listen on (default: all interfaces)
      --cache-dir <dir>        where entries are kept (default: .caching-proxy-cache)
      --ttl <seconds>          lifetime when the origin sets none (default: 300)
      --timeout <seconds>      how long the origin may stay silent (default: 10)
      --stale-if-error <sec>   how long past expiry a stored response may replace a failed
                               origin response (default: 86400; 0 disables)
      --max-entries <number>   entries kept, least recently used evicted first (default: 10000)
      --max-body <size>        largest body stored, e.g. 10MB, 512KB, 1048576 (default: 10MB)
      --clear-cache            empty the cache (also of a running proxy using it) and exit
  -q, --quiet                  no access log
  -h, --help                   show this help

Exit codes: 0 ok, 1 runtime error (e.g. port in use), 2 usage error.`;

interface FlagSpec {
  name: string;
  short?: string;
  takesValue: boolean;
}

const FLAGS: FlagSpec[] = [
  { name: 'port', short: 'p', takesValue: true },
  { name: 'origin', short: 'o', takesValue: true },
  { name: 'host', takesValue: true },
  { name: 'cache-dir', takesValue: true },
  { name: 'ttl', takesValue: true },
  { name: 'timeout', takesValue: true },
  { name: 'stale-if-error', takesValue: true },
  { name: 'max-entries', takesValue: true },
  { name: 'max-body', takesValue: true },
  { name: 'clear-cache', takesValue: false },
  { name: 'quiet', short: 'q', takesValue: false },
  { name: 'help', short: 'h', takesValue: false },
];

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

function unknownFlag(flag: string): string {
  const bare = flag.replace(/^-+/, '');
  const close = FLAGS.map((f) => f.name).find((name) => distance(bare, name) <= 2);
  return `unknown option ${flag}${close ? ` (did you mean --${close}?)` : ''}`;
}

/** Splits argv into flag values; unknown flags, missing values and stray arguments become problems. */
function tokenize(argv: readonly string[], problems: string[]): Map<string, string | true> {
  const values = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!; // i < argv.length
    let spec: FlagSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
      spec = FLAGS.find((f) => f.name === name);
    } else if (/^-[a-zA-Z]$/.test(arg)) {
      spec = FLAGS.find((f) => f.short === arg[1]);
    } else {
      problems.push(`unexpected argument "${arg}"`);
      continue;
    }
    if (!spec) {
      problems.push(unknownFlag(arg.replace(/=.*$/, '')));
      continue;
    }
    if (!spec.takesValue) {
      if (inline !== undefined) problems.push(`--${spec.name} takes no value`);
      else values.set(spec.name, true);
      continue;
    }
    let value = inline;
    // A following flag is not a value: "--port --origin x" means the port was forgotten.
    const next = argv[i + 1];
    if (value === undefined && next !== undefined && !/^-[-a-zA-Z]/.test(next)) {
      value = next;
      i++;
    }
    if (value === undefined || value === '') problems.push(`--${spec.name} needs a value`);
    else values.set(spec.name, value);
  }
  return values;
}

function seconds(values: Map<string, string | true>, name: string, fallback: number, problems: string[], allowZero: boolean): number {
  const raw = values.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(n) || (!allowZero && n === 0)) {
    problems.push(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number of seconds, got "${raw}"`);
    return fallback;
  }
  return n;
}

function parseOrigin(raw: string, problems: string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`--origin "${raw}" is not a URL; give an absolute http(s) URL such as http://dummyjson.com`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    problems.push(`--origin must be an http:// or https:// URL, got "${raw}"`);
    return undefined;
  }
  if (url.username || url.password) {
    problems.push('--origin must not contain credentials; send an Authorization header through the proxy instead');
    return undefined;
  }
  if (url.search || url.hash) {
    problems.push(`--origin must not have a query or fragment, got "${raw}"`);
    return undefined;
  }
  return url;
}

/**
 * Parses the command line (without `node` and the script). Throws UsageError listing every problem;
 * `cwd` resolves a relative `--cache-dir`.
 */
export function parseCommand(argv: readonly string[], cwd: string): Command {
  const problems: string[] = [];
  const values = tokenize(argv, problems);
  if (values.has('help')) return { kind: 'help' };
  const cacheDir = resolve(cwd, typeof values.get('cache-dir') === 'string' ? (values.get('cache-dir') as string) : '.caching-proxy-cache');

  if (values.has('clear-cache')) {
    const serveFlags = [...values.keys()].filter((name) => !['clear-cache', 'cache-dir', 'quiet'].includes(name));
    if (serveFlags.length > 0) {
      problems.push(
        `--clear-cache only goes with --cache-dir (it clears and exits), not with ${serveFlags.map((n) => `--${n}`).join(', ')}`,
      );
    }
    if (problems.length > 0) throw new UsageError(problems);
    return { kind: 'clear', cacheDir };
  }

  if (argv.length === 0) throw new UsageError(['nothing to do: give --port and --origin, or --clear-cache']);
  let port = 0;
  const rawPort = values.get('port');
  if (rawPort === undefined) {
    if (!problems.some((p) => p.startsWith('--port'))) problems.push('missing --port <number>');
  } else if (typeof rawPort !== 'string' || !/^\d+$/.test(rawPort) || Number(rawPort) > 65535) {
    problems.push(`--port must be a whole number from 0 to 65535, got "${rawPort}"`);
  } else {
    port = Number(rawPort);
  }
  const rawOrigin = values.get('origin');
  let origin: URL | undefined;
  if (rawOrigin === undefined) {
    if (!problems.some((p) => p.startsWith('--origin'))) problems.push('missing --origin <url> (e.g. --origin http://dummyjson.com)');
  } else if (typeof rawOrigin === 'string') {
    origin = parseOrigin(rawOrigin, problems);
  }
  const ttl = seconds(values, 'ttl', 300, problems, true);
  const timeout = seconds(values, 'timeout', 10, problems, false);
  const staleIfError = seconds(values, 'stale-if-error', 86400, problems, true);

  let maxEntries = 10_000;
  const rawEntries = values.get('max-entries');
  if (rawEntries !== undefined) {
    if (typeof rawEntries !== 'string' || !/^[1-9]\d*$/.test(rawEntries.replace(/_/g, ''))) {
      problems.push(`--max-entries must be a positive whole number, got "${rawEntries}"`);
    } else {
      maxEntries = Number(rawEntries.replace(/_/g, ''));
    }
  }

  let maxBody = 10 * 1024 * 1024;
  const rawBody = values.get('max-body');
  if (rawBody !== undefined) {
    const match = typeof rawBody === 'string' ? /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(rawBody.trim()) : null;
    const unit = match ? SIZE_UNITS[(match[2] ?? '').toLowerCase()] : undefined;
    if (!match || unit === undefined) problems.push(`--max-body must be a size such as 10MB, 512KB or 1048576, got "${rawBody}"`);
    else maxBody = Math.floor(Number(match[1]) * unit);
  }

  const host = values.get('host');
  if (problems.length > 0 || !origin) throw new UsageError(problems);
  return {
    kind: 'serve',
    port,
    host: typeof host === 'string' ? host : undefined,
    origin,
    cacheDir,
    ttl,
    timeoutMs: Math.round(timeout * 1000),
    staleIfError,
    maxEntries,
    maxBody,
    quiet: values.has('quiet'),
  };
}
