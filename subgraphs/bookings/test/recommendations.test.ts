import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { TestClock } from '../../../test/helpers/clock';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import type { BookingsDeps } from '../src/context';
import { MovieNeighbour, MovieRating, RecommendationsService, RecommenderState } from '../src/ratings';
import { CONFIRM, CREATE_MOVIE, HOLD, adminToken, setUpShowtime } from './helpers';

const DAY = 24 * 3600_000;

const RATE = `mutation($m: ID!, $s: Int!) {
  rateCinemaMovie(cinemaMovieId: $m, stars: $s) { rating { id stars ratedAt cinemaMovie { id title } } errors { field code message } }
}`;
const REMOVE = `mutation($m: ID!) { removeCinemaMovieRating(cinemaMovieId: $m) { cinemaMovieId errors { field code } } }`;
const REBUILD = `mutation { rebuildMovieRecommendations { rebuilt builtAt users signals neighbours } }`;
const RECS = `query($first: Int, $after: String) {
  myMovieRecommendations(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { cinemaMovie { id title } score reason because { id title } explanation } }
  }
}`;
const MY_RATINGS = `query { myMovieRatings { totalCount edges { node { stars cinemaMovie { id } } } } }`;
const SUMMARY = `query($id: ID!) { cinemaMovie(id: $id) { ratingSummary { average count } } }`;

interface Rec {
  cinemaMovie: { id: string; title: string };
  score: number;
  reason: string;
  because: { id: string; title: string } | null;
  explanation: string;
}

jest.setTimeout(120_000);

describe('bookings: movie ratings and recommendations through the router (issue 23 item 2)', () => {
  let stack: TestStack;
  let admin: string;
  const clock = new TestClock();
  const movies: Record<string, string> = {};
  const bookingsDeps = () => stack.subgraphs.find((s) => s.name === 'bookings')!.serviceDeps() as BookingsDeps;

  const rate = async (user: TestUser, title: string, stars: number) => {
    const res = await gql(stack.url, RATE, { m: movies[title], s: stars }, { token: user.token });
    expect(res.body.data.rateCinemaMovie.errors).toEqual([]);
    return res;
  };
  const recs = async (user: TestUser, first = 10): Promise<Rec[]> => {
    const res = await gql(stack.url, RECS, { first }, { token: user.token });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.myMovieRecommendations.edges.map((e: { node: Rec }) => e.node);
  };

  beforeAll(async () => {
    // The periodic rebuild is off: the tests rebuild when they mean to.
    stack = await startTestStack({ only: ['identity', 'bookings'], clock, env: { SEED_DEMO_DATA: 'true', BOOKINGS_RECS_REBUILD_MS: '0' } });
    admin = await adminToken(stack.url);
    for (const [title, genre] of [
      ['Alien', 'Sci-Fi'],
      ['Predator', 'Sci-Fi'],
      ['Blade Runner', 'Sci-Fi'],
      ['The Notebook', 'Romance'],
      ['Titanic', 'Romance'],
      ['Blockbuster', 'Action'],
    ] as const) {
      const res = await gql(stack.url, CREATE_MOVIE, { input: { title, genre } }, { token: admin });
      movies[title] = res.body.data.createCinemaMovie.cinemaMovie.id;
    }
  });

  it('rates only for signed-in users, 1 to 5 stars, an existing movie, and writes nothing otherwise', async () => {
    const anonymous = await gql(stack.url, RATE, { m: movies.Alien, s: 5 });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const user = await signUpUser(stack.url, 'rater');
    for (const stars of [0, 6]) {
      const res = await gql(stack.url, RATE, { m: movies.Alien, s: stars }, { token: user.token });
      expect(res.body.data.rateCinemaMovie).toEqual({
        rating: null,
        errors: [{ field: 'stars', code: 'BAD_USER_INPUT', message: expect.any(String) }],
      });
    }
    for (const m of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await gql(stack.url, RATE, { m, s: 3 }, { token: user.token });
      expect(res.body.data.rateCinemaMovie.errors).toEqual([{ field: 'cinemaMovieId', code: 'NOT_FOUND', message: expect.any(String) }]);
    }
    const mine = await gql(stack.url, MY_RATINGS, {}, { token: user.token });
    expect(mine.body.data.myMovieRatings.totalCount).toBe(0);
    const notAdmin = await gql(stack.url, REBUILD, {}, { token: user.token });
    expect(errorCodes(notAdmin)).toEqual(['FORBIDDEN']);
  });

  it('keeps one rating per user and movie: rating again replaces it, even when the requests race', async () => {
    const user = await signUpUser(stack.url, 'racer');
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 1, 2, 3, 4, 5].map((s) => gql(stack.url, RATE, { m: movies.Titanic, s }, { token: user.token })),
    );
    for (const r of results) expect(r.body.data.rateCinemaMovie.errors).toEqual([]);
    await rate(user, 'Titanic', 2);
    const mine = await gql(stack.url, MY_RATINGS, {}, { token: user.token });
    expect(mine.body.data.myMovieRatings).toEqual({ totalCount: 1, edges: [{ node: { stars: 2, cinemaMovie: { id: movies.Titanic } } }] });
    const rows = await bookingsDeps().em.fork().count(MovieRating, { userId: user.id, cinemaMovieId: movies.Titanic });
    expect(rows).toBe(1);
    const summary = await gql(stack.url, SUMMARY, { id: movies.Titanic });
    expect(summary.body.data.cinemaMovie.ratingSummary).toEqual({ average: 2, count: 1 });
    const removed = await gql(stack.url, REMOVE, { m: movies.Titanic }, { token: user.token });
    expect(removed.body.data.removeCinemaMovieRating).toEqual({ cinemaMovieId: movies.Titanic, errors: [] });
    const again = await gql(stack.url, REMOVE, { m: movies.Titanic }, { token: user.token });
    expect(again.body.data.removeCinemaMovieRating.errors).toEqual([{ field: 'cinemaMovieId', code: 'NOT_FOUND' }]);
    expect((await gql(stack.url, SUMMARY, { id: movies.Titanic })).body.data.cinemaMovie.ratingSummary).toEqual({
      average: null,
      count: 0,
    });
  });

  it('recommends "because you rated/watched X" by item-item similarity, and popular movies to a new user', async () => {
    // Four sci-fi fans, two romance fans; everybody likes Blockbuster.
    const fans = await Promise.all([1, 2, 3, 4].map((i) => signUpUser(stack.url, `scifi${i}`)));
    const romantics = await Promise.all([1, 2].map((i) => signUpUser(stack.url, `romance${i}`)));
    for (const u of fans) {
      await rate(u, 'Alien', 5);
      await rate(u, 'Predator', 5);
      await rate(u, 'Blade Runner', 4);
      await rate(u, 'The Notebook', 1);
      await rate(u, 'Blockbuster', 4);
    }
    for (const u of romantics) {
      await rate(u, 'The Notebook', 5);
      await rate(u, 'Titanic', 5);
      await rate(u, 'Alien', 1);
      await rate(u, 'Blockbuster', 4);
    }
    // A new user before any build: nothing to recommend yet, and no error.
    const early = await signUpUser(stack.url, 'early');
    expect(await recs(early)).toEqual([]);

    const built = await gql(stack.url, REBUILD, {}, { token: admin });
    expect(built.body.data.rebuildMovieRecommendations).toMatchObject({ rebuilt: true, users: 6, signals: 28 });
    expect(built.body.data.rebuildMovieRecommendations.neighbours).toBeGreaterThan(0);

    const carol = await signUpUser(stack.url, 'carol');
    await rate(carol, 'Alien', 5);
    const forCarol = await recs(carol);
    expect(
      forCarol
        .map((r) => r.cinemaMovie.title)
        .slice(0, 2)
        .sort(),
    ).toEqual(['Blade Runner', 'Predator']);
    expect(forCarol[0]).toMatchObject({ reason: 'RATED', because: { id: movies.Alien }, explanation: 'Because you rated Alien 5★' });
    expect(forCarol.map((r) => r.cinemaMovie.id)).not.toContain(movies.Alien);
    // Titanic is liked by those who dislike Alien: never above what Alien's fans like.
    const titanic = forCarol.findIndex((r) => r.cinemaMovie.title === 'Titanic');
    expect(titanic === -1 || titanic > 1).toBe(true);
    // Carol's rating counts at once (read live); the neighbour lists wait for the next build.

    const dave = await signUpUser(stack.url, 'dave');
    const forDave = await recs(dave);
    expect(forDave.every((r) => r.reason === 'POPULAR' && r.because === null && r.score === 0)).toBe(true);
    expect(forDave[0]!.cinemaMovie.title).toBe('Blockbuster');

    // A confirmed reservation is an implicit positive signal: "because you watched".
    const erin = await signUpUser(stack.url, 'erin');
    const screening = await setUpShowtime(stack.url, admin, {
      name: 'Alien Screen',
      rows: 2,
      perRow: 4,
      startsAt: new Date(clock.now().getTime() + 3 * DAY),
    });
    // The setup's own movie stands in for Alien's sci-fi fans: they booked it too.
    for (const u of fans) {
      const held = await gql(stack.url, HOLD, { s: screening.showtimeId, seats: [screening.seatIds[fans.indexOf(u)]] }, { token: u.token });
      const id = held.body.data.holdSeats.reservation.id;
      expect((await gql(stack.url, CONFIRM, { id }, { token: u.token })).body.data.confirmReservation.errors).toEqual([]);
    }
    await rate(erin, 'Predator', 5);
    await gql(stack.url, REBUILD, {}, { token: admin });
    const forErin = await recs(erin);
    expect(forErin.map((r) => r.cinemaMovie.title)).toContain('Alien Screen movie');
    const becauseOfPredator = forErin.find((r) => r.cinemaMovie.title === 'Alien Screen movie')!;
    expect(becauseOfPredator).toMatchObject({ reason: 'RATED', because: { id: movies.Predator } });

    // A user who only booked that movie gets "because you watched" it.
    const watcher = await signUpUser(stack.url, 'watcher');
    const held = await gql(stack.url, HOLD, { s: screening.showtimeId, seats: [screening.seatIds[4]] }, { token: watcher.token });
    await gql(stack.url, CONFIRM, { id: held.body.data.holdSeats.reservation.id }, { token: watcher.token });
    const forWatcher = await recs(watcher);
    expect(forWatcher[0]).toMatchObject({
      reason: 'WATCHED',
      because: { id: screening.cinemaMovieId },
      explanation: 'Because you watched Alien Screen movie',
    });
    expect(forWatcher.map((r) => r.cinemaMovie.id)).not.toContain(screening.cinemaMovieId);
  });

  it('pages recommendations and rebuilds periodically only when a signal changed', async () => {
    const user = await signUpUser(stack.url, 'pager');
    await rate(user, 'Alien', 5);
    const first = await gql(stack.url, RECS, { first: 2 }, { token: user.token });
    const page = first.body.data.myMovieRecommendations;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await gql(stack.url, RECS, { first: 2, after: page.pageInfo.endCursor }, { token: user.token });
    const titles = [...page.edges, ...next.body.data.myMovieRecommendations.edges].map((e: { node: Rec }) => e.node.cinemaMovie.id);
    expect(new Set(titles).size).toBe(titles.length);
    const tooMany = await gql(stack.url, RECS, { first: 1000 }, { token: user.token });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);

    const service = new RecommendationsService();
    await service.rebuild(bookingsDeps());
    expect((await service.rebuild(bookingsDeps())).rebuilt).toBe(false);
    await rate(user, 'Predator', 3);
    expect((await service.rebuild(bookingsDeps())).rebuilt).toBe(true);
    expect((await service.rebuild(bookingsDeps())).rebuilt).toBe(false);
    // Replicas rebuilding at once: one writes, the others find the stamp unchanged; no duplicate rows.
    await rate(user, 'Predator', 4);
    const racing = await Promise.all([1, 2, 3].map(() => service.rebuild(bookingsDeps())));
    expect(racing.map((r) => r.rebuilt).sort()).toEqual([false, false, true]);
    const em = bookingsDeps().em.fork();
    const state = await em.findOneOrFail(RecommenderState, { id: 'movies' });
    expect(await em.count(MovieNeighbour, {})).toBe(state.neighbours);
  });
});
