import { errorCodes, gql } from '../../../test/helpers/graphql';
import { FakeProvider } from '../../../test/helpers/fake-provider';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const CONFIGURATION = {
  images: {
    secure_base_url: 'https://image.tmdb.example/t/p/',
    poster_sizes: ['w92', 'w500', 'original'],
    backdrop_sizes: ['w300', 'w1280'],
  },
};
const movie = (id: number, title: string) => ({
  id,
  title,
  overview: `About ${title}`,
  release_date: '1999-10-15',
  vote_average: 8.4,
  vote_count: 1000,
  poster_path: `/p${id}.jpg`,
  backdrop_path: null,
});
const page = (n: number, total: number) => ({
  page: n,
  total_pages: total,
  total_results: total * 2,
  results: [movie(n * 10 + 1, `Film ${n}a`), movie(n * 10 + 2, `Film ${n}b`)],
});
const LIST = `query($list: MovieList!, $after: String) { movies(list: $list, after: $after) {
  totalCount stale pageInfo { hasNextPage endCursor } edges { node { id title posterUrl releaseDate voteAverage } } } }`;

describe('movies through the router', () => {
  let tmdb: FakeProvider;
  let omdb: FakeProvider;
  let stack: TestStack;

  beforeAll(async () => {
    tmdb = await FakeProvider.start();
    omdb = await FakeProvider.start();
    stack = await startTestStack({
      only: ['identity', 'movies'],
      env: {
        TMDB_API_URL: tmdb.url,
        TMDB_API_KEY: 'tmdb-secret',
        OMDB_API_URL: omdb.url,
        OMDB_API_KEY: 'omdb-secret',
        MOVIES_CACHE_TTL_SECONDS: '0',
        MOVIES_RETRIES: '1',
      },
    });
  });
  afterAll(async () => {
    await tmdb.stop();
    await omdb.stop();
  });
  beforeEach(() => {
    tmdb.reset();
    omdb.reset();
    tmdb.route('GET /configuration', { status: 200, body: CONFIGURATION });
  });

  it('pages through a TMDB list, with poster URLs from /configuration', async () => {
    tmdb.route('GET /movie/popular', (req) => ({
      status: 200,
      body: page(Number(new URL(req.url, 'http://x').searchParams.get('page')), 3),
    }));
    const first = await gql(stack.url, LIST, { list: 'POPULAR' });
    expect(first.body.errors).toBeUndefined();
    const list = first.body.data.movies;
    expect(list).toMatchObject({ totalCount: 6, stale: false, pageInfo: { hasNextPage: true } });
    expect(list.edges[0].node).toEqual({
      id: '11',
      title: 'Film 1a',
      posterUrl: 'https://image.tmdb.example/t/p/w500/p11.jpg',
      releaseDate: '1999-10-15',
      voteAverage: 8.4,
    });
    const second = await gql(stack.url, LIST, { list: 'POPULAR', after: list.pageInfo.endCursor });
    expect(second.body.data.movies.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['21', '22']);
    const sent = tmdb.received('GET /movie/popular').map((r) => new URL(r.url, 'http://x').searchParams);
    expect(sent.map((p) => [p.get('page'), p.get('api_key')])).toEqual([
      ['1', 'tmdb-secret'],
      ['2', 'tmdb-secret'],
    ]);
    expect(errorCodes(await gql(stack.url, LIST, { list: 'POPULAR', after: 'bm90LWEtY3Vyc29y' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows one movie with details and OMDb ratings, asking TMDB once per request however often it is named', async () => {
    tmdb.route('GET /movie/550', {
      status: 200,
      body: { ...movie(550, 'Fight Club'), runtime: 139, genres: [{ name: 'Drama' }], imdb_id: 'tt0137523' },
    });
    omdb.route('GET /', { status: 200, body: { Response: 'True', Ratings: [{ Source: 'Internet Movie Database', Value: '8.8/10' }] } });
    const res = await gql(
      stack.url,
      '{ a: movie(id: "550") { title runtimeMinutes genres imdbId ratings { source value } } b: movie(id: "550") { voteCount } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({
      a: {
        title: 'Fight Club',
        runtimeMinutes: 139,
        genres: ['Drama'],
        imdbId: 'tt0137523',
        ratings: [{ source: 'Internet Movie Database', value: '8.8/10' }],
      },
      b: { voteCount: 1000 },
    });
    expect(tmdb.received('GET /movie/550')).toHaveLength(1);
    expect(new URL(omdb.received()[0]!.url, 'http://x').searchParams.get('i')).toBe('tt0137523');
  });

  it('says NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one or an empty search', async () => {
    tmdb.route('GET /movie/999999', {
      status: 404,
      body: { status_code: 34, status_message: 'The resource you requested could not be found.' },
    });
    const missing = await gql(stack.url, '{ movie(id: "999999") { title } }');
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.body.data.movie).toBeNull();
    expect(errorCodes(await gql(stack.url, '{ movie(id: "abc") { title } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(stack.url, '{ searchMovies(text: "  ") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(tmdb.received().filter((r) => !r.url.includes('999999') && !r.url.startsWith('/configuration'))).toEqual([]);
  });

  it('waits out a 429 with Retry-After and then answers; SERVICE_UNAVAILABLE when TMDB keeps failing', async () => {
    tmdb.route(
      'GET /search/movie',
      { status: 200, body: page(1, 1) },
      {
        status: 429,
        headers: { 'retry-after': '1' },
        body: { status_code: 25, status_message: 'Your request count is over the allowed limit' },
      },
    );
    const startedAt = Date.now();
    const res = await gql(stack.url, '{ searchMovies(text: "film") { totalCount edges { node { title } } } }');
    expect(res.body.data.searchMovies.edges[0].node.title).toBe('Film 1a');
    expect(tmdb.received('GET /search/movie')).toHaveLength(2);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(900);
    expect(new URL(tmdb.received('GET /search/movie')[0]!.url, 'http://x').searchParams.get('query')).toBe('film');
    tmdb.route('GET /movie/top_rated', { status: 503, body: 'down' });
    expect(errorCodes(await gql(stack.url, LIST, { list: 'TOP_RATED' }))).toEqual(['SERVICE_UNAVAILABLE']);
    const providers = await gql(stack.url, '{ movieProviders { name breaker } }');
    expect(providers.body.data.movieProviders).toEqual([
      { name: 'TMDB', breaker: 'closed' },
      { name: 'OMDb', breaker: 'closed' },
    ]);
  });
});

describe('movies without a TMDB key', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'movies'] });
  });

  it('answers SERVICE_UNAVAILABLE saying what is missing, and the rest of the supergraph works', async () => {
    const res = await gql(stack.url, '{ movies(list: POPULAR) { totalCount } }');
    expect(errorCodes(res)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(res.body.errors![0]!.message).toContain('TMDB_TOKEN or TMDB_API_KEY');
    expect((await gql(stack.url, '{ movieProviders { name } }')).body.data).toEqual({ movieProviders: [] });
  });
});
