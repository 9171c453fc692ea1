import DataLoader from 'dataloader';
import {
  baseProperties,
  defineEntity,
  fail,
  fieldError,
  isUniqueViolation,
  isUuid,
  newId,
  ok,
  paginate,
  paginateInMemory,
  p,
  requireRole,
  requireViewer,
  totalOrder,
  ErrorCode,
  type Connection,
  type Em,
  type InferEntity,
  type PageArgs,
  type Payload,
} from '../../../kit';
import type { BookingsDeps } from './context';
import type { CinemaMovieRow } from './entities';
import {
  buildMovieModel,
  preferencesOf,
  recommendMovies,
  RECOMMENDER_LIMITS,
  type MovieSignal,
  type Neighbour,
  type Popularity,
  type RecommendationReason,
} from './recommendations';

/** A signed-in user's 1–5 star rating of a cinema movie: one per user and movie (rating again replaces it). */
export const MovieRating = defineEntity({
  name: 'MovieRating',
  tableName: 'movie_ratings',
  properties: {
    ...baseProperties(),
    userId: p.string().length(36),
    cinemaMovieId: p.string().length(36).index(),
    stars: p.smallint(),
  },
  uniques: [{ properties: ['userId', 'cinemaMovieId'] }],
  indexes: [{ properties: ['userId', 'updatedAt'] }, { properties: ['updatedAt'] }],
});
export type MovieRatingRow = InferEntity<typeof MovieRating>;

/** One of a movie's most similar movies, as of the last model build (rebuilt whole, never edited). */
export const MovieNeighbour = defineEntity({
  name: 'MovieNeighbour',
  tableName: 'movie_neighbours',
  properties: {
    id: baseProperties().id,
    cinemaMovieId: p.string().length(36).index(),
    otherId: p.string().length(36),
    score: p.double(),
    support: p.integer(),
  },
});

/** A movie's popularity as of the last model build: `rank` 0 is the most liked. */
export const MoviePopularity = defineEntity({
  name: 'MoviePopularity',
  tableName: 'movie_popularity',
  properties: {
    id: baseProperties().id,
    cinemaMovieId: p.string().length(36),
    rank: p.integer().index(),
    likes: p.integer(),
    users: p.integer(),
  },
});

/** The one row saying when the model was built and from what (`stamp`); rebuilds compare-and-set it first. */
export const RecommenderState = defineEntity({
  name: 'RecommenderState',
  tableName: 'recommender_state',
  properties: {
    id: p.string().length(20).primary(),
    stamp: p.string().length(200),
    builtAt: p.datetime(3).nullable(),
    users: p.integer(),
    signals: p.integer(),
    neighbours: p.integer(),
  },
});
export type RecommenderStateRow = InferEntity<typeof RecommenderState>;

/** The entities of ratings and recommendations (added to the subgraph's list). */
export const recommendationEntities = [MovieRating, MovieNeighbour, MoviePopularity, RecommenderState];

const STATE_ID = 'movies';
/** The popular movies one answer considers for its fill. */
const POPULAR_READ = 200;
/** Rows per insert statement when a rebuild writes the model. */
const INSERT_CHUNK = 500;
const NEWEST = totalOrder<MovieRatingRow>('updatedAt', 'DESC');

/** A recommendation as the API shows it. */
export interface MovieRecommendationView {
  cinemaMovie: CinemaMovieRow;
  score: number;
  reason: RecommendationReason;
  because: CinemaMovieRow | null;
  explanation: string;
}

/** What one model build did. */
export interface RecommenderBuildView {
  rebuilt: boolean;
  builtAt: Date | null;
  users: number;
  signals: number;
  neighbours: number;
}

/** Average and count of a movie's ratings. */
export interface RatingSummaryView {
  average: number | null;
  count: number;
}

/** One statement per tick: the rating summary of every movie asked for. */
export function ratingSummaryLoader(em: Em): DataLoader<string, RatingSummaryView> {
  return new DataLoader(async (ids) => {
    const rows = (await em
      .getConnection()
      .execute(
        `select cinema_movie_id as id, count(*) as n, avg(stars) as average from movie_ratings where cinema_movie_id in (${ids.map(() => '?').join(', ')}) group by cinema_movie_id`,
        [...ids],
        'all',
      )) as { id: string; n: number | string; average: number | string | null }[];
    const byId = new Map(
      rows.map((r) => [r.id, { count: Number(r.n), average: r.average == null ? null : Math.round(Number(r.average) * 100) / 100 }]),
    );
    return ids.map((id) => byId.get(id) ?? { count: 0, average: null });
  });
}

/**
 * Ratings and "because you rated/watched" recommendations of cinema movies. The neighbour lists are
 * rebuilt periodically (`rebuild`, every `BOOKINGS_RECS_REBUILD_MS` on each replica, skipped when no
 * signal changed since the last build); a user's own ratings and bookings are read live at every answer,
 * so a movie just rated or booked is never recommended and counts as a reason at once.
 */
export class RecommendationsService {
  async rate(deps: BookingsDeps, cinemaMovieId: string, stars: number): Promise<Payload<{ rating: MovieRatingRow }>> {
    const viewer = requireViewer(deps.viewer);
    if (!Number.isInteger(stars) || stars < 1 || stars > 5) return fail(fieldError('stars', 'stars is a whole number from 1 to 5.'));
    const movie = isUuid(cinemaMovieId) ? await deps.loaders.cinemaMovieById.load(cinemaMovieId) : null;
    if (!movie) return fail({ field: 'cinemaMovieId', message: 'No cinema movie with this id.', code: ErrorCode.NOT_FOUND });
    const key = { userId: viewer.userId, cinemaMovieId };
    // Update first; insert when there was nothing; a rival insert that won the unique key turns ours into an update.
    const update = () => deps.em.fork().nativeUpdate(MovieRating, key, { stars, updatedAt: deps.clock.now() });
    if ((await update()) === 0) {
      try {
        const fresh = deps.em.fork();
        fresh.create(MovieRating, { ...key, stars, createdAt: deps.clock.now(), updatedAt: deps.clock.now() });
        await fresh.flush();
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        await update();
      }
    }
    const rating = await deps.em.fork().findOneOrFail(MovieRating, key);
    return ok({ rating });
  }

  async removeRating(deps: BookingsDeps, cinemaMovieId: string): Promise<Payload<{ cinemaMovieId: string }>> {
    const viewer = requireViewer(deps.viewer);
    const removed = isUuid(cinemaMovieId) ? await deps.em.fork().nativeDelete(MovieRating, { userId: viewer.userId, cinemaMovieId }) : 0;
    if (removed === 0) return fail({ field: 'cinemaMovieId', message: 'You have not rated this movie.', code: ErrorCode.NOT_FOUND });
    return ok({ cinemaMovieId });
  }

  myRatings(deps: BookingsDeps, args: PageArgs): Promise<Connection<MovieRatingRow>> {
    const viewer = requireViewer(deps.viewer);
    return paginate(deps.em, MovieRating, { userId: viewer.userId }, args, NEWEST, { list: 'myMovieRatings' });
  }

  /** The viewer's recommendations, best first (POPULAR fill at the end); at most 100 in all. */
  async recommendations(deps: BookingsDeps, args: PageArgs): Promise<Connection<MovieRecommendationView>> {
    const viewer = requireViewer(deps.viewer);
    const em = deps.em.fork();
    const prefs = preferencesOf(await this.signalsOf(em, viewer.userId));
    const neighbours = prefs.size
      ? await em.find(MovieNeighbour, { cinemaMovieId: { $in: [...prefs.keys()] } }, { orderBy: { score: 'DESC', id: 'ASC' } })
      : [];
    const byMovie = new Map<string, Neighbour[]>();
    for (const n of neighbours) {
      const list = byMovie.get(n.cinemaMovieId) ?? [];
      list.push({ movieId: n.cinemaMovieId, otherId: n.otherId, score: Number(n.score), support: n.support });
      byMovie.set(n.cinemaMovieId, list);
    }
    const popular: Popularity[] = (await em.find(MoviePopularity, {}, { orderBy: { rank: 'ASC' }, limit: POPULAR_READ })).map((r) => ({
      movieId: r.cinemaMovieId,
      likes: r.likes,
      users: r.users,
    }));
    // Candidates are checked against the movies that still exist (one statement through the request's loader).
    const candidateIds = new Set([...neighbours.map((n) => n.otherId), ...popular.map((p) => p.movieId), ...prefs.keys()]);
    const movies = new Map<string, CinemaMovieRow>();
    const loaded = await deps.loaders.cinemaMovieById.loadMany([...candidateIds]);
    for (const m of loaded) if (m && !(m instanceof Error)) movies.set(m.id, m);
    const picks = recommendMovies(
      prefs,
      (id) => byMovie.get(id) ?? [],
      popular,
      RECOMMENDER_LIMITS.maxRecommendations,
      (id) => movies.has(id),
    );
    const views = picks.map((r): MovieRecommendationView => {
      const because = r.becauseId ? (movies.get(r.becauseId) ?? null) : null;
      const stars = r.becauseId ? prefs.get(r.becauseId)?.stars : null;
      const explanation =
        r.reason === 'POPULAR' || !because
          ? 'Popular with other viewers'
          : r.reason === 'RATED'
            ? `Because you rated ${because.title} ${stars}★`
            : `Because you watched ${because.title}`;
      return { cinemaMovie: movies.get(r.movieId)!, score: Math.round(r.score * 1e4) / 1e4, reason: r.reason, because, explanation };
    });
    return paginateInMemory(views, args, 'myMovieRecommendations');
  }

  /**
   * Rebuilds the neighbour lists and popularity from the newest {@link RECOMMENDER_LIMITS.maxSignals}
   * ratings and confirmed reservations, unless nothing changed since the last build (`force` rebuilds
   * anyway). Replicas rebuilding at once race for the state row with a conditional update; the later
   * ones find the stamp already theirs and write nothing.
   */
  async rebuild(deps: Pick<BookingsDeps, 'em' | 'clock'>, force = false): Promise<RecommenderBuildView> {
    const em = deps.em.fork();
    const stamp = await this.stampOf(em);
    const before = await em.findOne(RecommenderState, { id: STATE_ID });
    if (before && before.stamp === stamp && !force) return { rebuilt: false, ...this.viewOf(before) };
    const model = buildMovieModel(await this.allSignals(em));
    if (!before) {
      // The row every rebuild takes turns on; created once, outside the rebuild's transaction.
      try {
        await deps.em.fork().insert(RecommenderState, { id: STATE_ID, stamp: '', builtAt: null, users: 0, signals: 0, neighbours: 0 });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
    }
    let wrote = false;
    await em.transactional(async (tx) => {
      // Compare-and-set as the transaction's first statement: of replicas rebuilding from the same
      // signals, the first takes the row (and the write lock) and the others update nothing.
      const claimed = await tx.nativeUpdate(RecommenderState, force ? { id: STATE_ID } : { id: STATE_ID, stamp: { $ne: stamp } }, {
        stamp,
        builtAt: deps.clock.now(),
        users: model.users,
        signals: model.signals,
        neighbours: model.neighbours.length,
      });
      if (claimed === 0) return;
      await tx.nativeDelete(MovieNeighbour, {});
      await tx.nativeDelete(MoviePopularity, {});
      // In chunks: one statement's parameters stay far below SQLite's and MariaDB's limits.
      for (let i = 0; i < model.neighbours.length; i += INSERT_CHUNK)
        await tx.insertMany(
          MovieNeighbour,
          model.neighbours
            .slice(i, i + INSERT_CHUNK)
            .map((n) => ({ id: newId(), cinemaMovieId: n.movieId, otherId: n.otherId, score: n.score, support: n.support })),
        );
      const ranked = model.popularity.map((p, rank) => ({ id: newId(), cinemaMovieId: p.movieId, rank, likes: p.likes, users: p.users }));
      for (let i = 0; i < ranked.length; i += INSERT_CHUNK) await tx.insertMany(MoviePopularity, ranked.slice(i, i + INSERT_CHUNK));
      wrote = true;
    });
    const after = await deps.em.fork().findOneOrFail(RecommenderState, { id: STATE_ID });
    return { rebuilt: wrote, ...this.viewOf(after) };
  }

  /** `rebuildMovieRecommendations`: admins force a build (the periodic one skips when nothing changed). */
  async rebuildNow(deps: BookingsDeps): Promise<RecommenderBuildView> {
    requireRole(deps.viewer, 'admin');
    return this.rebuild(deps, true);
  }

  private viewOf(row: RecommenderStateRow): Omit<RecommenderBuildView, 'rebuilt'> {
    return { builtAt: row.builtAt ?? null, users: row.users, signals: row.signals, neighbours: row.neighbours };
  }

  /** Changes when any rating or confirmed reservation is added, changed (stars or time) or removed. */
  private async stampOf(em: Em): Promise<string> {
    const [ratings] = (await em
      .getConnection()
      .execute('select count(*) as n, max(updated_at) as last, sum(stars) as stars from movie_ratings', [], 'all')) as {
      n: unknown;
      last: unknown;
      stars: unknown;
    }[];
    const [bookings] = (await em
      .getConnection()
      .execute("select count(*) as n, max(updated_at) as last from reservations where status = 'CONFIRMED'", [], 'all')) as {
      n: unknown;
      last: unknown;
    }[];
    const text = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v ?? ''));
    return `${text(ratings?.n)}:${text(ratings?.last)}:${text(ratings?.stars)}:${text(bookings?.n)}:${text(bookings?.last)}`;
  }

  private async allSignals(em: Em): Promise<MovieSignal[]> {
    const limit = RECOMMENDER_LIMITS.maxSignals;
    const ratings = (await em
      .getConnection()
      .execute(`select user_id, cinema_movie_id, stars from movie_ratings order by updated_at desc limit ${limit}`, [], 'all')) as {
      user_id: string;
      cinema_movie_id: string;
      stars: number | string;
    }[];
    const watched = (await em
      .getConnection()
      .execute(
        `select r.user_id, s.cinema_movie_id from reservations r join showtimes s on s.id = r.showtime_id where r.status = 'CONFIRMED' order by r.created_at desc limit ${limit}`,
        [],
        'all',
      )) as { user_id: string; cinema_movie_id: string }[];
    return [
      ...ratings.map((r) => ({ userId: r.user_id, movieId: r.cinema_movie_id, stars: Number(r.stars), watched: false })),
      ...watched.map((r) => ({ userId: r.user_id, movieId: r.cinema_movie_id, stars: null, watched: true })),
    ];
  }

  /** One user's newest signals (ratings first, so a rating of a booked movie wins). */
  private async signalsOf(em: Em, userId: string): Promise<MovieSignal[]> {
    const limit = RECOMMENDER_LIMITS.signalsPerUser;
    const ratings = await em.find(MovieRating, { userId }, { orderBy: { updatedAt: 'DESC', id: 'ASC' }, limit });
    const watched = (await em
      .getConnection()
      .execute(
        `select distinct s.cinema_movie_id from reservations r join showtimes s on s.id = r.showtime_id where r.user_id = ? and r.status = 'CONFIRMED' limit ${limit}`,
        [userId],
        'all',
      )) as { cinema_movie_id: string }[];
    return [
      ...ratings.map((r) => ({ userId, movieId: r.cinemaMovieId, stars: r.stars, watched: false })),
      ...watched.map((r) => ({ userId, movieId: r.cinema_movie_id, stars: null, watched: true })),
    ];
  }
}
