/**
 * movie-recommendations: offline evaluation of bookings' item-item collaborative filtering
 * (subgraphs/bookings/src/recommendations.ts) against the popularity fallback, on generated but
 * realistic ratings and bookings. No database: the model is a pure function of the signals, which is
 * exactly what the subgraph's rebuild feeds it.
 *
 * Movies have one or two of 12 genres (some genres far more common), a quality and a log-normal
 * popularity (a few blockbusters, a long tail). Users like one to three genres (strongly the first),
 * dislike one, have a rating bias, and a log-normal activity (median 20 movies, 3 to 200). A user picks
 * movies by popularity × how much they expect to like them; a pick is booked (50 %), rated (70 %), or
 * both; stars come from taste, quality, bias and noise. Each user's signals are split at random: 80 %
 * trains, 20 % is held out. A held-out movie is relevant when the user liked it (4+ stars, or booked it
 * without rating). precision@10 = relevant movies among the 10 recommended (movies seen in training
 * excluded), averaged over users with at least one relevant held-out movie. Seeded: `--seed`.
 */
import {
  buildMovieModel,
  preferencesOf,
  recommendMovies,
  RECOMMENDER_LIMITS,
  type MovieSignal,
  type Neighbour,
  type RecommenderLimits,
} from '../subgraphs/bookings/src/recommendations';
import type { BenchArgs } from './lib/args';
import { describeMachine, formatTable, writeResult } from './lib/report';
import { prng, round } from './lib/stats';

const GENRES = 12;
const K = 10;

interface Movie {
  id: string;
  genres: number[];
  quality: number;
  popularity: number;
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Genre g is drawn with weight 1/(g+1): drama-like genres are common, westerns rare. */
function pickGenre(rand: () => number): number {
  const total = Array.from({ length: GENRES }, (_, g) => 1 / (g + 1)).reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let g = 0; g < GENRES; g++) {
    r -= 1 / (g + 1);
    if (r <= 0) return g;
  }
  return GENRES - 1;
}

function generate(rand: () => number, movieCount: number, userCount: number): { movies: Movie[]; signals: MovieSignal[] } {
  const movies: Movie[] = Array.from({ length: movieCount }, (_, i) => {
    const first = pickGenre(rand);
    const second = rand() < 0.35 ? pickGenre(rand) : first;
    return {
      id: `m${i}`,
      genres: first === second ? [first] : [first, second],
      quality: gaussian(rand),
      popularity: Math.exp(1.1 * gaussian(rand)),
    };
  });
  const signals: MovieSignal[] = [];
  for (let u = 0; u < userCount; u++) {
    const taste = new Array<number>(GENRES).fill(0);
    const liked = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < liked; i++) taste[pickGenre(rand)] = i === 0 ? 1.6 : 0.9;
    const disliked = Math.floor(rand() * GENRES);
    if (taste[disliked] === 0) taste[disliked] = -1.2;
    const bias = 0.5 * gaussian(rand);
    const activity = Math.max(3, Math.min(200, Math.round(Math.exp(Math.log(20) + 0.8 * gaussian(rand)))));
    const affinity = (m: Movie) => Math.max(...m.genres.map((g) => taste[g]!));
    // Picks without replacement, weighted by popularity × expected liking.
    const weights = movies.map((m) => m.popularity * Math.exp(1.2 * affinity(m)));
    let total = weights.reduce((a, b) => a + b, 0);
    const userId = `u${u}`;
    for (let n = 0; n < activity && total > 0; n++) {
      let r = rand() * total;
      let i = 0;
      while (i < movies.length - 1 && (r -= weights[i]!) > 0) i++;
      total -= weights[i]!;
      weights[i] = 0;
      const m = movies[i]!;
      const booked = rand() < 0.5;
      const rated = !booked || rand() < 0.4;
      const stars = rated
        ? Math.max(1, Math.min(5, Math.round(3 + 0.9 * affinity(m) + 0.5 * m.quality + bias + 0.8 * gaussian(rand))))
        : null;
      signals.push({ userId, movieId: m.id, stars, watched: booked });
    }
  }
  return { movies, signals };
}

interface Split {
  train: MovieSignal[];
  /** Per user: held-out liked movies. */
  relevant: Map<string, Set<string>>;
  trainByUser: Map<string, MovieSignal[]>;
}

function split(rand: () => number, signals: MovieSignal[], holdOut: number): Split {
  const byUser = new Map<string, MovieSignal[]>();
  for (const s of signals) (byUser.get(s.userId) ?? byUser.set(s.userId, []).get(s.userId)!).push(s);
  const train: MovieSignal[] = [];
  const relevant = new Map<string, Set<string>>();
  const trainByUser = new Map<string, MovieSignal[]>();
  for (const [userId, list] of byUser) {
    const shuffled = [...list];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const held = list.length >= 5 ? Math.max(1, Math.round(list.length * holdOut)) : 0;
    const kept = shuffled.slice(held);
    train.push(...kept);
    trainByUser.set(userId, kept);
    const liked = shuffled.slice(0, held).filter((s) => (s.stars != null ? s.stars >= 4 : s.watched));
    if (liked.length) relevant.set(userId, new Set(liked.map((s) => s.movieId)));
  }
  return { train, relevant, trainByUser };
}

interface Scores {
  precision: number;
  recall: number;
  hitRate: number;
  coverage: number;
  users: number;
  fromSimilarity: number;
}

function evaluate(data: Split, movieCount: number, limits: RecommenderLimits | null, filter?: (s: MovieSignal) => boolean): Scores {
  const train = filter ? data.train.filter(filter) : data.train;
  const model = buildMovieModel(train, limits ?? RECOMMENDER_LIMITS);
  const byMovie = new Map<string, Neighbour[]>();
  if (limits) for (const n of model.neighbours) (byMovie.get(n.movieId) ?? byMovie.set(n.movieId, []).get(n.movieId)!).push(n);
  let precision = 0;
  let recall = 0;
  let hits = 0;
  let similar = 0;
  let shown = 0;
  const recommended = new Set<string>();
  for (const [userId, relevant] of data.relevant) {
    // Every training signal is excluded from the answer (seen), even those the variant does not learn from.
    const seen = preferencesOf(data.trainByUser.get(userId) ?? [], { ...RECOMMENDER_LIMITS, signalsPerUser: 1000 });
    const learnt = preferencesOf((data.trainByUser.get(userId) ?? []).filter(filter ?? (() => true)), limits ?? RECOMMENDER_LIMITS);
    const picks = recommendMovies(learnt, (id) => byMovie.get(id) ?? [], model.popularity, K + seen.size)
      .filter((r) => !seen.has(r.movieId))
      .slice(0, K);
    const found = picks.filter((r) => relevant.has(r.movieId)).length;
    precision += found / K;
    recall += found / relevant.size;
    if (found) hits += 1;
    similar += picks.filter((r) => r.reason !== 'POPULAR').length;
    shown += picks.length;
    for (const r of picks) recommended.add(r.movieId);
  }
  const users = data.relevant.size;
  return {
    precision: round((100 * precision) / users, 2),
    recall: round((100 * recall) / users, 2),
    hitRate: round((100 * hits) / users, 1),
    coverage: round((100 * recommended.size) / movieCount, 1),
    users,
    fromSimilarity: round((100 * similar) / Math.max(1, shown), 1),
  };
}

export async function movieRecommendations(args: BenchArgs): Promise<void> {
  const userCount = args.number('users', 3000, 50, 50_000);
  const movieCount = args.number('movies', 500, 20, 5_000);
  const seed = args.number('seed', 42, 0, 2 ** 31);
  args.rejectUnknown();
  const rand = prng(seed);
  const { signals } = generate(rand, movieCount, userCount);
  const data = split(prng(seed + 1), signals, 0.2);

  const variants: { name: string; limits: RecommenderLimits | null; filter?: (s: MovieSignal) => boolean }[] = [
    { name: 'popularity (the fallback)', limits: null },
    { name: 'item-item, ratings + bookings (shipped)', limits: RECOMMENDER_LIMITS },
    { name: 'item-item, ratings only', limits: RECOMMENDER_LIMITS, filter: (s) => s.stars != null },
    { name: 'item-item, adjusted cosine only (base 0, scale 1)', limits: { ...RECOMMENDER_LIMITS, ratedBase: 0, ratingScale: 1 } },
    { name: 'item-item, seen only (base 1, scale 0)', limits: { ...RECOMMENDER_LIMITS, ratingScale: 0 } },
    { name: 'item-item, base 1, scale 0.25', limits: { ...RECOMMENDER_LIMITS, ratingScale: 0.25 } },
    { name: 'item-item, base 1, scale 0.5', limits: { ...RECOMMENDER_LIMITS, ratingScale: 0.5 } },
    { name: 'item-item, base 1, scale 2', limits: { ...RECOMMENDER_LIMITS, ratingScale: 2 } },
    { name: 'item-item, no support shrinkage', limits: { ...RECOMMENDER_LIMITS, shrink: 0 } },
    { name: 'item-item, 10 neighbours per movie', limits: { ...RECOMMENDER_LIMITS, neighboursPerMovie: 10 } },
    { name: 'item-item, 100 neighbours per movie', limits: { ...RECOMMENDER_LIMITS, neighboursPerMovie: 100 } },
  ];
  const results: Record<string, unknown>[] = [];
  const rows: (string | number)[][] = [];
  for (const v of variants) {
    const s = evaluate(data, movieCount, v.limits, v.filter);
    results.push({ variant: v.name, ...s });
    rows.push([v.name, s.precision, s.recall, s.hitRate, s.coverage, s.fromSimilarity]);
  }

  // Cost of one rebuild on all the training signals, and of one answer.
  let began = performance.now();
  const model = buildMovieModel(data.train);
  const buildMs = performance.now() - began;
  const byMovie = new Map<string, Neighbour[]>();
  for (const n of model.neighbours) (byMovie.get(n.movieId) ?? byMovie.set(n.movieId, []).get(n.movieId)!).push(n);
  const users = [...data.trainByUser.values()];
  began = performance.now();
  for (const list of users) recommendMovies(preferencesOf(list), (id) => byMovie.get(id) ?? [], model.popularity, 100);
  const answerUs = ((performance.now() - began) * 1000) / users.length;

  console.log(formatTable(['variant', 'precision@10 %', 'recall@10 %', 'hit rate %', 'coverage %', 'from similarity %'], rows));
  console.log(
    `\n${userCount} users × ${movieCount} movies (seed ${seed}): ${signals.length} signals, ${data.train.length} train, ${data.relevant.size} users evaluated.`,
  );
  console.log(
    `rebuild on ${data.train.length} signals: ${buildMs.toFixed(0)} ms, ${model.neighbours.length} neighbour rows; one answer: ${answerUs.toFixed(0)} µs`,
  );
  const file = writeResult('movie-recommendations', {
    machine: describeMachine(),
    parameters: { users: userCount, movies: movieCount, seed, holdOut: 0.2, k: K, limits: RECOMMENDER_LIMITS },
    signals: signals.length,
    trainSignals: data.train.length,
    evaluatedUsers: data.relevant.size,
    results,
    rebuildMs: round(buildMs, 1),
    neighbourRows: model.neighbours.length,
    answerMicroseconds: round(answerUs, 1),
  });
  console.log(`\nwrote ${file}`);
}
