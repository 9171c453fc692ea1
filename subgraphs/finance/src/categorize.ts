/**
 * Smart expense categorization (learning path, "AI-powered features"): a multinomial naive Bayes
 * classifier trained on one user's own categorised expenses. Nothing is downloaded and nothing is
 * shared between users: the features are the words of the description and the order of magnitude of
 * the amount in its currency. Pure functions, no database: `suggestions.ts` feeds it.
 */

/** One expense the user categorised themselves: a training example. */
export interface LabelledExpense {
  description: string;
  /** Minor units. */
  amount: number;
  currency: string;
  category: string;
}

/** A category and the model's probability for it. */
export interface CategoryScore {
  category: string;
  probability: number;
}

/** Words that say nothing about what was bought (payment-statement boilerplate and function words). */
const STOP_WORDS = new Set([
  'the',
  'and',
  'for',
  'from',
  'with',
  'card',
  'payment',
  'paid',
  'purchase',
  'pos',
  'debit',
  'visa',
  'mastercard',
  'contactless',
  'ref',
  'der',
  'die',
  'das',
  'und',
  'de',
  'la',
  'le',
  'el',
]);

/** Lower case with accents folded ("Café" → "cafe"): how descriptions and rule texts are compared. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The description's features: lower-case words of letters (accents folded, so "Café" = "cafe"), two
 * to 30 characters, without stop words or numbers (receipt and card numbers change every time).
 */
export function descriptionTokens(description: string): string[] {
  const words = foldText(description).match(/\p{L}[\p{L}'&]*/gu) ?? [];
  const out: string[] = [];
  for (const word of words) {
    const w = word.replace(/'s$/, '').replace(/'/g, '');
    if (w.length < 2 || w.length > 30 || STOP_WORDS.has(w)) continue;
    out.push(`w:${w}`);
  }
  return out;
}

/** The amount's feature: its currency and order of magnitude in halves of a power of two (3.50 € and 4 € share one). */
export function amountToken(amount: number, currency: string): string {
  const bucket = amount > 0 ? Math.floor(2 * Math.log2(amount)) : 0;
  return `a:${currency.toUpperCase()}:${bucket}`;
}

/** Additive smoothing: every feature counts 0.1 more than seen in every category (1 would drown one-word evidence in short texts). */
export const DEFAULT_ALPHA = 0.1;

/**
 * A trained model. `predict` returns the categories ranked by posterior probability; `known` says
 * whether any word of a description was ever seen, because a guess from the prior and the amount
 * alone is no suggestion.
 */
export class CategoryModel {
  private constructor(
    private readonly categories: string[],
    private readonly logPrior: number[],
    /** Per category: feature → count. */
    private readonly counts: Map<string, number>[],
    /** Per category: the total count of its features. */
    private readonly totals: number[],
    private readonly vocabularySize: number,
    private readonly alpha: number,
    readonly examples: number,
  ) {}

  static train(examples: readonly LabelledExpense[], alpha = DEFAULT_ALPHA): CategoryModel {
    const index = new Map<string, number>();
    const docs: number[] = [];
    const counts: Map<string, number>[] = [];
    const totals: number[] = [];
    const vocabulary = new Set<string>();
    for (const example of examples) {
      let c = index.get(example.category);
      if (c === undefined) {
        c = index.size;
        index.set(example.category, c);
        docs.push(0);
        counts.push(new Map());
        totals.push(0);
      }
      docs[c]! += 1; // c < index.size: pushed above
      const features = [...descriptionTokens(example.description), amountToken(example.amount, example.currency)];
      for (const f of features) {
        counts[c]!.set(f, (counts[c]!.get(f) ?? 0) + 1);
        vocabulary.add(f);
      }
      totals[c]! += features.length;
    }
    const n = examples.length;
    const categories = [...index.keys()];
    return new CategoryModel(
      categories,
      docs.map((d) => Math.log(d / n)),
      counts,
      totals,
      vocabulary.size,
      alpha,
      n,
    );
  }

  /** Whether any word of `description` occurs in the training data. */
  knows(description: string): boolean {
    return descriptionTokens(description).some((t) => this.counts.some((m) => m.has(t)));
  }

  /** Every category the model knows, most probable first (probabilities sum to 1). */
  predict(description: string, amount: number | null, currency: string | null): CategoryScore[] {
    if (!this.categories.length) return [];
    const features = descriptionTokens(description);
    if (amount != null && currency) features.push(amountToken(amount, currency));
    const v = this.vocabularySize + 1;
    const scores = this.categories.map((_, c) => {
      let score = this.logPrior[c]!;
      const counts = this.counts[c]!;
      const denominator = Math.log(this.totals[c]! + this.alpha * v);
      for (const f of features) score += Math.log((counts.get(f) ?? 0) + this.alpha) - denominator;
      return score;
    });
    const max = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    return this.categories
      .map((category, c) => ({ category, probability: exp[c]! / sum }))
      .sort((a, b) => b.probability - a.probability || a.category.localeCompare(b.category));
  }
}
