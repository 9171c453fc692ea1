/**
 * `github-activity <user>`: the roadmap.sh GitHub User Activity CLI (catalogue #3) — a user's recent
 * public activity, one sentence a line. See cli/github/README.md.
 */
import { GitHubActivityDocument, type GitHubEventKind } from '../../sdk/index';
import { EVENT_KINDS, type EventKind } from '../../subgraphs/github/src/events';
import { USERNAME } from '../../subgraphs/github/src/client';
import { CliError, parseNumber, runMain, UsageError, type Context, type ProgramSpec } from '../lib';
import { closeSource, explain, sourceOf } from './shared';

export const PROGRAM: ProgramSpec = {
  name: 'github-activity',
  summary: "Shows a GitHub user's recent public activity.",
  json: true,
  positionals: [{ name: 'username', description: 'a GitHub user name' }],
  options: {
    kind: { type: 'string', valueName: '<kind>', description: 'only this kind: push, issues, watch, fork, pull_request, create, …' },
    limit: { type: 'string', valueName: '<n>', description: 'at most this many lines (1-100)', defaultText: '30' },
  },
};

interface Line {
  kind: string;
  repo: string;
  sentence: string;
  createdAt: string;
}

export async function handle(ctx: Context): Promise<void> {
  const user = (ctx.args.positionals.username ?? '').trim();
  if (!USERNAME.test(user)) throw new UsageError(`"${user}" is not a GitHub user name (letters, digits and single hyphens, at most 39)`);
  const limit = parseNumber(typeof ctx.args.options.limit === 'string' ? ctx.args.options.limit : '30', '--limit', { min: 1, max: 100 });
  const kindText = typeof ctx.args.options.kind === 'string' ? ctx.args.options.kind.trim().toUpperCase().replace(/-/g, '_') : undefined;
  if (kindText !== undefined && !EVENT_KINDS.includes(kindText as EventKind)) {
    throw new UsageError(`--kind must be one of ${EVENT_KINDS.map((k) => k.toLowerCase()).join(', ')}`);
  }
  const kind = kindText as EventKind | undefined;
  const source = sourceOf(ctx.io.env);
  let lines: Line[];
  try {
    if (source.kind === 'supergraph') {
      const data = await source.graph.call(
        (client) => client.request(GitHubActivityDocument, { user, kinds: kind ? [kind as GitHubEventKind] : undefined, first: limit }),
        () => new CliError(`GitHub user ${user} was not found`, { code: 'NOT_FOUND' }),
      );
      lines = (data.githubActivity?.edges ?? []).map((e) => ({
        kind: e.node.kind,
        repo: e.node.repo,
        sentence: e.node.sentence,
        createdAt: String(e.node.createdAt),
      }));
    } else {
      const { events } = await source.client.activity(user);
      lines = events
        .filter((e) => !kind || e.kind === kind)
        .slice(0, limit)
        .map((e) => ({ kind: e.kind, repo: e.repo, sentence: e.sentence, createdAt: e.createdAt.toISOString() }));
    }
  } catch (error) {
    explain(error);
  } finally {
    await closeSource(source);
  }
  if (ctx.json) {
    ctx.printJson(lines);
    return;
  }
  if (!lines.length) ctx.out(`No recent public activity${kind ? ` of kind ${kind.toLowerCase()}` : ''} for ${user}.`);
  for (const line of lines) ctx.out(`- ${line.sentence}`);
}

export function runCli(): void {
  runMain(PROGRAM, handle);
}

if (require.main === module) runCli();
