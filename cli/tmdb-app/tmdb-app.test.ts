import { FakeProvider } from '../../test/helpers/fake-provider';
import { runCli } from '../../test/helpers/run-cli';
import { startTestStack, type TestStack } from '../../test/helpers/stack';

const CLI = 'cli/tmdb-app/main.ts';
const CONFIGURATION = { images: { secure_base_url: 'https://image.tmdb.example/t/p/', poster_sizes: ['w500'], backdrop_sizes: ['w1280'] } };
const PAGE = {
  page: 1,
  total_pages: 1,
  total_results: 2,
  results: [
    { id: 1, title: 'The Long Night', release_date: '2026-11-20', vote_average: 7.84, vote_count: 10 },
    { id: 2, title: 'Short Day', release_date: '', vote_average: 6, vote_count: 3 },
  ],
};
const OUTPUT = '1. The Long Night (2026) ★ 7.8\n2. Short Day ★ 6.0\n';

describe('tmdb-app', () => {
  let tmdb: FakeProvider;
  let stack: TestStack;

  beforeAll(async () => {
    tmdb = await FakeProvider.start();
    tmdb.route('GET /configuration', { status: 200, body: CONFIGURATION });
    for (const path of ['now_playing', 'popular', 'top_rated', 'upcoming']) tmdb.route(`GET /movie/${path}`, { status: 200, body: PAGE });
    stack = await startTestStack({
      only: ['identity', 'movies'],
      env: { TMDB_API_URL: tmdb.url, TMDB_TOKEN: 'v4-token', MOVIES_RETRIES: '0' },
    });
  });
  afterAll(() => tmdb.stop());

  it('lists each type, straight from TMDB and through the supergraph alike', async () => {
    const direct = await runCli(CLI, ['--type', 'playing'], { env: { TMDB_API_URL: tmdb.url, TMDB_TOKEN: 'v4-token' } });
    expect(direct).toMatchObject({ code: 0, stdout: OUTPUT, stderr: '' });
    expect(tmdb.received('GET /movie/now_playing').at(-1)!.headers.authorization).toBe('Bearer v4-token');
    for (const type of ['popular', 'top', 'upcoming']) {
      expect((await runCli(CLI, ['--type', type], { env: { HUBGRAPH_URL: stack.url } })).stdout).toBe(OUTPUT);
    }
    expect(tmdb.received('GET /movie/top_rated')).toHaveLength(1);
    const json = JSON.parse(
      (await runCli(CLI, ['--type', 'popular', '--json', '--limit', '1'], { env: { HUBGRAPH_URL: stack.url } })).stdout,
    ) as unknown[];
    expect(json).toEqual([expect.objectContaining({ title: 'The Long Night', voteAverage: 7.84 })]);
  }, 60_000);

  it('exits 2 without --type or with an unknown one, 1 without a key or with TMDB down', async () => {
    expect((await runCli(CLI, [])).code).toBe(2);
    expect((await runCli(CLI, ['--type', 'classics'])).code).toBe(2);
    const noKey = await runCli(CLI, ['--type', 'popular']);
    expect([noKey.code, noKey.stderr]).toEqual([1, expect.stringContaining('set TMDB_TOKEN (or TMDB_API_KEY)')]);
    const down = await runCli(CLI, ['--type', 'popular'], { env: { TMDB_API_URL: 'http://127.0.0.1:9', TMDB_API_KEY: 'k' } });
    expect([down.code, down.stderr]).toEqual([1, expect.stringContaining('TMDB is unavailable right now')]);
  }, 60_000);
});
