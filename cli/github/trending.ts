/**
 * `github-trending`: the roadmap.sh GitHub Trending CLI (catalogue #6) — the most-starred repositories
 * created in the last day, week, month or year. See cli/github/README.md.
 */
import { GitHubTrendingDocument } from '../../sdk/index';
import { LANGUAGE, MAX_TRENDING, PERIODS, type Period } from '../../subgraphs/github/src/client';
import { parseNumber, runMain, UsageError, type Context, type ProgramSpec } from '../lib';
import { closeSource, explain, sourceOf } from './shared';

export const PROGRAM: ProgramSpec = {
  name: 'github-trending',
  summary: 'Shows the most-starred GitHub repositories created recently.',
  json: true,
  options: {
    duration: {
      type: 'string',
      valueName: '<period>',
      description: 'day, week, month or year',
      defaultText: 'week',
      choices: ['day', 'week', 'month', 'year'],
    },
    limit: { type: 'string', valueName: '<n>', description: `how many (1-${MAX_TRENDING})`, defaultText: '10' },
    language: { type: 'string', valueName: '<language>', description: 'only this language, e.g. typescript' },
  },
};

interface Repo {
  fullName: string;
  stars: number;
  language: string | null;
  description: string | null;
  url: string;
}

export async function handle(ctx: Context): Promise<void> {
  const { options } = ctx.args;
  const period = (typeof options.duration === 'string' ? options.duration : 'week').toUpperCase() as Period;
  if (!PERIODS.includes(period)) throw new UsageError('--duration must be day, week, month or year');
  const limit = parseNumber(typeof options.limit === 'string' ? options.limit : '10', '--limit', { min: 1, max: MAX_TRENDING });
  if (!Number.isInteger(limit)) throw new UsageError('--limit must be a whole number');
  const language = typeof options.language === 'string' ? options.language.trim() : undefined;
  if (language !== undefined && !LANGUAGE.test(language))
    throw new UsageError('--language must be 1 to 30 letters, digits, spaces or + # . _ -');
  const source = sourceOf(ctx.io.env);
  let repos: Repo[];
  try {
    if (source.kind === 'supergraph') {
      const data = await source.graph.call((client) => client.request(GitHubTrendingDocument, { period, language, limit }));
      repos = (data.githubTrending?.edges ?? []).map((e) => e.node);
    } else {
      repos = (await source.client.trending(period, language, limit)).repositories;
    }
  } catch (error) {
    explain(error);
  } finally {
    await closeSource(source);
  }
  if (ctx.json) {
    ctx.printJson(repos);
    return;
  }
  if (!repos.length) ctx.out('No repositories found.');
  const width = String(repos.length).length;
  repos.forEach((r, i) => {
    const lang = r.language ? ` [${r.language}]` : '';
    ctx.out(`${String(i + 1).padStart(width)}. ${ctx.color.bold(r.fullName)} ★ ${r.stars.toLocaleString('en-US')}${lang}`);
    if (r.description) ctx.out(`${' '.repeat(width + 2)}${r.description.slice(0, 120)}`);
  });
}

export function runCli(): void {
  runMain(PROGRAM, handle);
}

if (require.main === module) runCli();
