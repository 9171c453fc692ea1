/**
 * Item-item collaborative filtering for cinema movies, as pure functions (the subgraph and
 * `npm run bench -- movie-recommendations` run the same code).
 *
 * Each user is a sparse vector over movies. A confirmed reservation of a movie the user did not rate
 * is an implicit positive signal of {@link RECOMMENDER_LIMITS.implicitWeight}. A rating (1–5 stars)
 * counts as having chosen the movie (`ratedBase`) plus its distance from the user's own mean, damped
 * towards 3 stars (the adjusted-cosine part: a user who rates everything 4 says less by a 4 than one
 * who rates everything 2; the damping keeps a user with one or two ratings of 5 positive), so a 1-star
 * rating is negative and pushes similar movies down. bench/README.md (movie-recommendations) shows why
 * both parts: centred ratings alone lose to popularity, the choice alone ignores what users thought. Two movies are similar by the cosine of their columns,
 * shrunk by the number of users who have both (`n / (n + shrink)`), so a pair seen once does not
 * outrank a pair seen by fifty. Each movie keeps its best `neighboursPerMovie` positive neighbours.
 *
 * A user's recommendations sum, over the movies they liked, the similarity of each neighbour times how
 * much they liked it (movies they disliked subtract); the movie that contributed most is the reason
 * ("because you rated X" / "because you watched X"). Movies the user already rated or booked are never
 * recommended. When that gives fewer than asked (a new user has nothing), the most popular movies fill
 * the rest (reason POPULAR): popularity is how many users liked a movie (4+ stars, or booked it unrated).
 */

/** One user's signal on one movie: a rating, a confirmed reservation, or both. */
export interface MovieSignal {
  userId: string;
  movieId: string;
  /** 1–5, or null when the user only booked it. */
  stars: number | null;
  /** The user has a confirmed reservation of a showtime of it. */
  watched: boolean;
}

/** A user's preference for one movie, ready for scoring. */
export interface Preference {
  value: number;
  stars: number | null;
  watched: boolean;
}

/** A movie's similar movies, best first. */
export interface Neighbour {
  movieId: string;
  otherId: string;
  score: number;
  /** How many users have both. */
  support: number;
}

/** How popular a movie is: users who liked it, and users with any signal on it. */
export interface Popularity {
  movieId: string;
  likes: number;
  users: number;
}

/** What a model build produces (and what the subgraph stores). */
export interface MovieModel {
  neighbours: Neighbour[];
  popularity: Popularity[];
  users: number;
  signals: number;
}

export type RecommendationReason = 'RATED' | 'WATCHED' | 'POPULAR';

/** One recommended movie, with why. */
export interface MovieRecommendation {
  movieId: string;
  score: number;
  reason: RecommendationReason;
  /** The movie the user rated or watched that this one is most similar to (null for POPULAR). */
  becauseId: string | null;
}

/** The bounds that keep one rebuild and one answer cheap whatever the data. */
export const RECOMMENDER_LIMITS = {
  /** Signals one rebuild reads (newest first); older ones are ignored. */
  maxSignals: 200_000,
  /** A user's newest signals that count (a rebuild costs at most users × this² / 2 pair updates). */
  signalsPerUser: 100,
  /** Similar movies kept per movie. */
  neighboursPerMovie: 30,
  /** Support shrinkage: a pair's cosine is multiplied by n / (n + shrink). */
  shrink: 5,
  /** The value of a booking the user did not rate. */
  implicitWeight: 1,
  /** What a rated movie is worth before its stars (having chosen to see it at all). */
  ratedBase: 1,
  /** The weight of a rating's distance from the user's damped mean. */
  ratingScale: 1,
  /** Prior mean (stars) and its weight (pseudo-ratings) for a user's damped mean. */
  priorMean: 3,
  priorWeight: 2,
  /** The most recommendations one answer holds. */
  maxRecommendations: 100,
} as const;

/** {@link RECOMMENDER_LIMITS}'s shape, for builds with other values (the bench's variants). */
export type RecommenderLimits = { readonly [K in keyof typeof RECOMMENDER_LIMITS]: number };
type Limits = RecommenderLimits;

/**
 * A user's preferences from their signals (at most `signalsPerUser`, the first ones given, so pass them
 * newest first). A rating wins over a booking of the same movie.
 */
export function preferencesOf(signals: readonly MovieSignal[], limits: Limits = RECOMMENDER_LIMITS): Map<string, Preference> {
  const merged = new Map<string, { stars: number | null; watched: boolean }>();
  for (const s of signals) {
    const seen = merged.get(s.movieId);
    if (seen) {
      seen.stars ??= s.stars;
      seen.watched ||= s.watched;
    } else if (merged.size < limits.signalsPerUser) {
      merged.set(s.movieId, { stars: s.stars, watched: s.watched });
    }
  }
  let sum = limits.priorMean * limits.priorWeight;
  let count = limits.priorWeight;
  for (const m of merged.values()) {
    if (m.stars != null) {
      sum += m.stars;
      count += 1;
    }
  }
  const mean = sum / count;
  const prefs = new Map<string, Preference>();
  for (const [movieId, m] of merged) {
    const value = m.stars != null ? limits.ratedBase + limits.ratingScale * (m.stars - mean) : limits.implicitWeight;
    prefs.set(movieId, { value, stars: m.stars, watched: m.watched });
  }
  return prefs;
}

/**
 * Builds the neighbour lists and popularity from every user's signals (newest first per user is
 * enough; order across users does not matter). Cost: O(Σ users' k²) with k ≤ `signalsPerUser`.
 */
export function buildMovieModel(signals: Iterable<MovieSignal>, limits: Limits = RECOMMENDER_LIMITS): MovieModel {
  const byUser = new Map<string, MovieSignal[]>();
  let count = 0;
  for (const s of signals) {
    count += 1;
    const list = byUser.get(s.userId);
    if (list) list.push(s);
    else byUser.set(s.userId, [s]);
  }
  const norms = new Map<string, number>();
  const pairs = new Map<string, Map<string, { dot: number; n: number }>>();
  const popularity = new Map<string, Popularity>();
  for (const list of byUser.values()) {
    const prefs = [...preferencesOf(list, limits)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [movieId, pref] of prefs) {
      norms.set(movieId, (norms.get(movieId) ?? 0) + pref.value * pref.value);
      const pop = popularity.get(movieId) ?? { movieId, likes: 0, users: 0 };
      pop.users += 1;
      if ((pref.stars != null && pref.stars >= 4) || (pref.stars == null && pref.watched)) pop.likes += 1;
      popularity.set(movieId, pop);
    }
    for (let i = 0; i < prefs.length; i++) {
      const [a, pa] = prefs[i]!;
      if (pa.value === 0) continue;
      let row = pairs.get(a);
      if (!row) pairs.set(a, (row = new Map()));
      for (let j = i + 1; j < prefs.length; j++) {
        const [b, pb] = prefs[j]!;
        if (pb.value === 0) continue;
        const cell = row.get(b);
        if (cell) {
          cell.dot += pa.value * pb.value;
          cell.n += 1;
        } else row.set(b, { dot: pa.value * pb.value, n: 1 });
      }
    }
  }
  const candidates = new Map<string, Neighbour[]>();
  const add = (n: Neighbour) => {
    const list = candidates.get(n.movieId);
    if (list) list.push(n);
    else candidates.set(n.movieId, [n]);
  };
  for (const [a, row] of pairs) {
    for (const [b, { dot, n }] of row) {
      const denominator = Math.sqrt((norms.get(a) ?? 0) * (norms.get(b) ?? 0));
      if (denominator === 0) continue;
      const score = (dot / denominator) * (n / (n + limits.shrink));
      if (score <= 0) continue;
      add({ movieId: a, otherId: b, score, support: n });
      add({ movieId: b, otherId: a, score, support: n });
    }
  }
  const neighbours: Neighbour[] = [];
  for (const list of candidates.values()) {
    list.sort((x, y) => y.score - x.score || (x.otherId < y.otherId ? -1 : 1));
    neighbours.push(...list.slice(0, limits.neighboursPerMovie));
  }
  return { neighbours, popularity: rankPopular([...popularity.values()]), users: byUser.size, signals: count };
}

/** Most liked first, then most users, then id (a total order, so answers are stable). */
export function rankPopular(list: Popularity[]): Popularity[] {
  return list.sort((a, b) => b.likes - a.likes || b.users - a.users || (a.movieId < b.movieId ? -1 : a.movieId > b.movieId ? 1 : 0));
}

/**
 * Up to `limit` recommendations for a user with preferences `prefs`, from the neighbour lists of the
 * movies they have (`neighboursOf`) and, to fill, `popular` (ranked). Never a movie in `prefs`, nor one
 * `exists` refuses (deleted since the model was built).
 */
export function recommendMovies(
  prefs: ReadonlyMap<string, Preference>,
  neighboursOf: (movieId: string) => readonly Neighbour[],
  popular: readonly Popularity[],
  limit: number,
  exists: (movieId: string) => boolean = () => true,
): MovieRecommendation[] {
  const scores = new Map<string, { score: number; best: number; becauseId: string | null }>();
  for (const [movieId, pref] of prefs) {
    for (const n of neighboursOf(movieId)) {
      if (prefs.has(n.otherId)) continue;
      const contribution = n.score * pref.value;
      const entry = scores.get(n.otherId) ?? { score: 0, best: 0, becauseId: null };
      entry.score += contribution;
      if (contribution > entry.best) {
        entry.best = contribution;
        entry.becauseId = movieId;
      }
      scores.set(n.otherId, entry);
    }
  }
  const ranked = [...scores]
    .filter(([movieId, e]) => e.score > 0 && e.becauseId != null && exists(movieId))
    .sort(([a, x], [b, y]) => y.score - x.score || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([movieId, e]): MovieRecommendation => {
      const because = prefs.get(e.becauseId!)!;
      return { movieId, score: e.score, reason: because.stars != null ? 'RATED' : 'WATCHED', becauseId: e.becauseId };
    });
  const taken = new Set(ranked.map((r) => r.movieId));
  for (const p of popular) {
    if (ranked.length >= limit) break;
    if (prefs.has(p.movieId) || taken.has(p.movieId) || !exists(p.movieId)) continue;
    ranked.push({ movieId: p.movieId, score: 0, reason: 'POPULAR', becauseId: null });
    taken.add(p.movieId);
  }
  return ranked;
}
