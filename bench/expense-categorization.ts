/**
 * expense-categorization: how well finance's per-user naive Bayes (subgraphs/finance/src/categorize.ts)
 * suggests categories, on generated but realistic histories. No database: the model is a pure
 * function of the user's categorised expenses, which is exactly what the subgraph feeds it.
 *
 * Each generated user has habitual shops per category (3 to 6, drawn from a shared pool of real-looking
 * merchant names), writes descriptions the way bank statements and people do ("CARD PAYMENT LIDL 4411
 * BERLIN", "lidl", "Lidl Kreuzberg"), makes typos, sometimes shops somewhere new, files a few ambiguous
 * merchants (Amazon, Rossmann, IKEA) under categories of their own taste, and mislabels some expenses.
 * Amounts are log-normal per category. Expenses are in time order:
 *   split  — a model trained on each user's first 80 %, asked about the last 20 %;
 *   online — every expense of the last 20 % is predicted from everything before it (the subgraph
 *            retrains as the user categorises, so this is what a user sees).
 * Reported per smoothing value: top-1 and top-3 accuracy, the share the model knows a word of, and at
 * the auto-category threshold (0.7) how many expenses are filled in and how many of those are right;
 * beside the baseline of always answering the user's most frequent category. Seeded: `--seed`.
 */
import { CategoryModel, DEFAULT_ALPHA, type LabelledExpense } from '../subgraphs/finance/src/categorize';
import type { BenchArgs } from './lib/args';
import { describeMachine, formatTable, writeResult } from './lib/report';
import { prng } from './lib/stats';

const THRESHOLD = 0.7;

/** Merchants per category, and the median amount in cents with its spread (log-normal sigma). */
const CATALOG: Record<string, { merchants: string[]; median: number; sigma: number; weight: number }> = {
  Groceries: {
    merchants: [
      'Lidl',
      'Aldi Süd',
      'Aldi Nord',
      'Rewe',
      'Edeka',
      'Netto',
      'Penny',
      'Kaufland',
      'Tesco',
      'Carrefour',
      'Whole Foods',
      'Bio Company',
      'Denns BioMarkt',
      'Spar',
      'Migros',
    ],
    median: 2800,
    sigma: 0.6,
    weight: 30,
  },
  Leisure: {
    merchants: [
      'Netflix',
      'Spotify',
      'Cinemaxx',
      'Yorck Kino',
      'Eventim',
      'Steam Games',
      'Bowling Center',
      'Zoo Berlin',
      'Thalia Buchhandlung',
      'Disney Plus',
      'Ticketmaster',
      'Climbing Gym',
      'Museum Island',
      'Biergarten',
    ],
    median: 1800,
    sigma: 0.8,
    weight: 15,
  },
  Electronics: {
    merchants: [
      'MediaMarkt',
      'Saturn',
      'Apple Store',
      'Cyberport',
      'Conrad Electronic',
      'Notebooksbilliger',
      'Best Buy',
      'Samsung Shop',
      'Alternate',
    ],
    median: 12000,
    sigma: 1.0,
    weight: 5,
  },
  Utilities: {
    merchants: [
      'Vattenfall',
      'EON Energie',
      'Berliner Wasserbetriebe',
      'Telekom',
      'Vodafone',
      'O2 Mobilfunk',
      'GASAG',
      'Stadtwerke',
      '1&1 Internet',
      'Rundfunkbeitrag',
    ],
    median: 6000,
    sigma: 0.5,
    weight: 10,
  },
  Clothing: {
    merchants: ['H&M', 'Zara', 'Uniqlo', 'Zalando', 'C&A', 'Primark', 'Deichmann', 'Peek & Cloppenburg', 'About You', 'Snipes', 'TK Maxx'],
    median: 4500,
    sigma: 0.7,
    weight: 8,
  },
  Health: {
    merchants: [
      'Apotheke',
      'Pharmacy',
      'DocMorris',
      'Zahnarzt',
      'Physiotherapie',
      'Optiker Fielmann',
      'Shop Apotheke',
      'Hausarzt Praxis',
      'McFit',
      'Urban Sports Club',
    ],
    median: 2500,
    sigma: 0.8,
    weight: 8,
  },
  Others: {
    merchants: [
      'Post',
      'Deutsche Bahn',
      'BVG Ticket',
      'Uber',
      'Shell Tankstelle',
      'Aral',
      'Bürgeramt',
      'Friseur',
      'Gift for Anna',
      'Donation Red Cross',
      'Parking',
      'Laundry',
    ],
    median: 2200,
    sigma: 0.9,
    weight: 14,
  },
};
/** Merchants people file differently: each user picks one of these categories for each, once. */
const AMBIGUOUS: Record<string, string[]> = {
  Amazon: ['Electronics', 'Others', 'Clothing', 'Leisure'],
  Rossmann: ['Health', 'Groceries', 'Others'],
  'dm Drogerie': ['Health', 'Groceries'],
  IKEA: ['Others', 'Electronics'],
  Decathlon: ['Clothing', 'Leisure', 'Health'],
  PayPal: ['Others', 'Electronics', 'Leisure'],
};
const CITIES = ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Kreuzberg', 'Mitte', 'Prenzlauer Berg'];

function generateUser(rand: () => number, size: number): LabelledExpense[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const categories = Object.keys(CATALOG);
  const habits = new Map<string, string[]>();
  for (const c of categories) {
    const pool = [...CATALOG[c]!.merchants].sort(() => rand() - 0.5);
    habits.set(c, pool.slice(0, 3 + Math.floor(rand() * 4)));
  }
  const taste = new Map(Object.entries(AMBIGUOUS).map(([m, cs]) => [m, pick(cs)]));
  const totalWeight = categories.reduce((s, c) => s + CATALOG[c]!.weight, 0);
  const out: LabelledExpense[] = [];
  for (let i = 0; i < size; i++) {
    let merchant: string;
    let category: string;
    if (rand() < 0.08) {
      merchant = pick(Object.keys(AMBIGUOUS));
      category = taste.get(merchant)!;
    } else {
      let r = rand() * totalWeight;
      category = categories.find((c) => (r -= CATALOG[c]!.weight) < 0) ?? 'Others';
      // Mostly a habitual shop; sometimes one never used before.
      merchant = rand() < 0.1 ? pick(CATALOG[category]!.merchants) : pick(habits.get(category)!);
    }
    const { median, sigma } = CATALOG[category] ?? CATALOG.Others!;
    const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const amount = Math.max(50, Math.round(median * Math.exp(sigma * normal)));
    const style = rand();
    let description =
      style < 0.3
        ? `CARD PAYMENT ${merchant.toUpperCase()} ${1000 + Math.floor(rand() * 9000)} ${pick(CITIES).toUpperCase()}`
        : style < 0.55
          ? merchant.toLowerCase()
          : style < 0.8
            ? `${merchant} ${pick(CITIES)}`
            : merchant;
    if (rand() < 0.05 && description.length > 4) {
      const at = 1 + Math.floor(rand() * (description.length - 2));
      description = description.slice(0, at) + description.slice(at + 1); // a typo: one letter dropped
    }
    if (rand() < 0.04) category = pick(categories); // filed wrongly, as people do
    out.push({ description, amount, currency: 'EUR', category });
  }
  return out;
}

interface Score {
  n: number;
  top1: number;
  top3: number;
  known: number;
  auto: number;
  autoRight: number;
  baseline: number;
}

function evaluate(users: LabelledExpense[][], alpha: number, mode: 'split' | 'online'): Score {
  const s: Score = { n: 0, top1: 0, top3: 0, known: 0, auto: 0, autoRight: 0, baseline: 0 };
  for (const history of users) {
    const cut = Math.floor(history.length * 0.8);
    let model = CategoryModel.train(history.slice(0, cut), alpha);
    for (let i = cut; i < history.length; i++) {
      if (mode === 'online' && i > cut) model = CategoryModel.train(history.slice(0, i), alpha);
      const e = history[i]!;
      const counts = new Map<string, number>();
      for (const h of history.slice(0, mode === 'online' ? i : cut)) counts.set(h.category, (counts.get(h.category) ?? 0) + 1);
      const majority = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      s.n++;
      if (majority === e.category) s.baseline++;
      if (!model.knows(e.description)) continue; // the subgraph answers Others (DEFAULT) here
      s.known++;
      const ranked = model.predict(e.description, e.amount, e.currency);
      if (ranked[0]!.category === e.category) s.top1++;
      if (ranked.slice(0, 3).some((r) => r.category === e.category)) s.top3++;
      if (ranked[0]!.probability >= THRESHOLD) {
        s.auto++;
        if (ranked[0]!.category === e.category) s.autoRight++;
      }
    }
  }
  return s;
}

export async function expenseCategorization(args: BenchArgs): Promise<void> {
  const userCount = args.number('users', 200, 1, 10_000);
  const size = args.number('expenses', 300, 20, 5_000);
  const seed = args.number('seed', 42, 0, 2 ** 31);
  args.rejectUnknown();
  const rand = prng(seed);
  const users = Array.from({ length: userCount }, () => generateUser(rand, size));
  const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : 0);
  const rows: (string | number)[][] = [];
  const results: Record<string, unknown>[] = [];
  for (const mode of ['split', 'online'] as const) {
    for (const alpha of [0.05, DEFAULT_ALPHA, 0.5, 1]) {
      if (mode === 'online' && alpha !== DEFAULT_ALPHA) continue; // online retrains per expense: one alpha is enough
      const s = evaluate(users, alpha, mode);
      const row = {
        mode,
        alpha,
        expenses: s.n,
        top1: pct(s.top1, s.n),
        top3: pct(s.top3, s.n),
        known: pct(s.known, s.n),
        autoFilled: pct(s.auto, s.n),
        autoPrecision: pct(s.autoRight, s.auto),
        baseline: pct(s.baseline, s.n),
      };
      results.push(row);
      rows.push([mode, alpha, s.n, row.top1, row.top3, row.known, row.autoFilled, row.autoPrecision, row.baseline]);
    }
  }
  // Cost: training on the largest window the subgraph uses, and one prediction.
  const big = generateUser(prng(seed + 1), 2_000);
  let began = performance.now();
  for (let i = 0; i < 20; i++) CategoryModel.train(big);
  const trainMs = (performance.now() - began) / 20;
  const model = CategoryModel.train(big);
  began = performance.now();
  for (let i = 0; i < 20_000; i++) model.predict(big[i % big.length]!.description, big[i % big.length]!.amount, 'EUR');
  const predictUs = ((performance.now() - began) * 1000) / 20_000;

  console.log(
    formatTable(
      ['mode', 'alpha', 'expenses', 'top-1 %', 'top-3 %', 'known %', `filled ≥ ${THRESHOLD} %`, 'filled right %', 'majority %'],
      rows,
    ),
  );
  console.log(
    `\n${userCount} users × ${size} expenses (seed ${seed}). top-1/top-3 count an unknown description as wrong (the subgraph answers Others).`,
  );
  console.log(`training on 2,000 expenses: ${trainMs.toFixed(1)} ms; one suggestion: ${predictUs.toFixed(1)} µs`);
  const file = writeResult('expense-categorization', {
    machine: describeMachine(),
    parameters: { users: userCount, expenses: size, seed, threshold: THRESHOLD, defaultAlpha: DEFAULT_ALPHA },
    results,
    trainMsFor2000: trainMs,
    predictMicroseconds: predictUs,
  });
  console.log(`\nwrote ${file}`);
}
