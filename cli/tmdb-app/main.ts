/**
 * `tmdb-app --type playing|popular|top|upcoming`: the roadmap.sh TMDB CLI (catalogue #5). Through the
 * supergraph's movies subgraph when HUBGRAPH_URL is set, straight to TMDB otherwise (TMDB_TOKEN or
 * TMDB_API_KEY), with the subgraph's own client. See cli/tmdb-app/README.md.
 */
import { AppError } from '../../kit/src/errors';
import { createLogger } from '../../kit/src/logger';
import { OutboundError } from '../../kit/src/outbound';
import { MoviesDocument, type MovieList as SdkList } from '../../sdk/index';
import { MoviesClient, type MovieList } from '../../subgraphs/movies/src/client';
import { CliError, parseNumber, runMain, type Context, type ProgramSpec } from '../lib';
import { Supergraph } from '../lib/supergraph';

const TYPES: Record<string, MovieList> = { playing: 'NOW_PLAYING', popular: 'POPULAR', top: 'TOP_RATED', upcoming: 'UPCOMING' };

export const PROGRAM: ProgramSpec = {
  name: 'tmdb-app',
  summary: "Shows TMDB's now playing, popular, top rated or upcoming movies.",
  json: true,
  options: {
    type: { type: 'string', valueName: '<type>', description: 'playing, popular, top or upcoming', choices: Object.keys(TYPES) },
    limit: { type: 'string', valueName: '<n>', description: 'at most this many (1-20)', defaultText: '20' },
  },
};

interface Line {
  title: string;
  releaseDate: string | null;
  voteAverage: number;
}

function explain(error: unknown): never {
  if (error instanceof OutboundError) {
    if (error.reason === 'rate_limited') throw new CliError('TMDB is limiting requests; try again in a moment', { code: 'RATE_LIMITED' });
    if (error.status === 401) throw new CliError('TMDB refused the key (TMDB_TOKEN / TMDB_API_KEY)', { code: 'UNAUTHENTICATED' });
    throw new CliError(`TMDB is unavailable right now (${error.reason.replace('_', ' ')}); try again later`, { code: 'UNAVAILABLE' });
  }
  if (error instanceof AppError) throw new CliError(error.message, { code: String(error.extensions.code) });
  throw error;
}

export async function handle(ctx: Context): Promise<void> {
  const { options } = ctx.args;
  if (typeof options.type !== 'string')
    throw new CliError('say which list: --type playing|popular|top|upcoming', { code: 'USAGE', exitCode: 2 });
  const list = TYPES[options.type]!;
  const limit = parseNumber(typeof options.limit === 'string' ? options.limit : '20', '--limit', { min: 1, max: 20 });
  const env = ctx.io.env;
  let movies: Line[];
  if (env.HUBGRAPH_URL) {
    const graph = new Supergraph(env.HUBGRAPH_URL, env.HUBGRAPH_TOKEN, { anonymous: true });
    const data = await graph.call((client) => client.request(MoviesDocument, { list: list as SdkList }));
    movies = (data.movies?.edges ?? []).map((e) => e.node);
  } else {
    if (!env.TMDB_TOKEN && !env.TMDB_API_KEY) {
      throw new CliError('set TMDB_TOKEN (or TMDB_API_KEY) to ask TMDB, or HUBGRAPH_URL to ask the supergraph', { code: 'NOT_CONFIGURED' });
    }
    const client = new MoviesClient({
      tmdbUrl: env.TMDB_API_URL || 'https://api.themoviedb.org/3',
      tmdbToken: env.TMDB_TOKEN || undefined,
      tmdbApiKey: env.TMDB_API_KEY || undefined,
      log: createLogger('tmdb-app', 'silent'),
      cacheTtlMs: 0,
      retries: 1,
    });
    try {
      movies = (await client.list(list, 1)).movies;
    } catch (error) {
      explain(error);
    } finally {
      await client.close();
    }
  }
  movies = movies.slice(0, limit);
  if (ctx.json) {
    ctx.printJson(movies);
    return;
  }
  if (!movies.length) ctx.out('No movies.');
  const width = String(movies.length).length;
  movies.forEach((m, i) => {
    const year = m.releaseDate ? ` (${m.releaseDate.slice(0, 4)})` : '';
    ctx.out(`${String(i + 1).padStart(width)}. ${ctx.color.bold(m.title)}${year} ★ ${m.voteAverage.toFixed(1)}`);
  });
}

export function runCli(): void {
  runMain(PROGRAM, handle);
}

if (require.main === module) runCli();
