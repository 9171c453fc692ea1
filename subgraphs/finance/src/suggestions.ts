import { raw } from '@mikro-orm/core';
import {
  badInput,
  checkPageArgs,
  fieldError,
  notFound,
  paginate,
  requireViewer,
  type Connection,
  type Em,
  type PageArgs,
  type UserError,
} from '../../../kit';
import { CategoryModel, foldText, type CategoryScore } from './categorize';
import type { FinanceDeps } from './context';
import { CategoryRule, Expense, type CategoryRuleRow, type CategorySource } from './entities';
import { amountProblem, normaliseCurrency } from './money';
import type { FinanceService } from './service';

/** Rules per user. */
export const MAX_RULES = 100;
/** The newest categorised expenses a model learns from. */
export const TRAINING_WINDOW = 2_000;
/** Users whose trained model a replica keeps (least recently used out). */
const MODEL_CACHE_SIZE = 500;

/** What `suggestExpenseCategory` answers, and what a new expense without a category gets. */
export interface SuggestionView {
  category: string;
  confidence: number;
  source: CategorySource;
  rule: CategoryRuleRow | null;
  alternatives: CategoryScore[];
}

export interface RuleInput {
  contains: string;
  category: string;
  minAmount?: number | null;
  maxAmount?: number | null;
  currency?: string | null;
  priority?: number | null;
}

const CONTROL = /\p{Cc}/u;

/**
 * Category suggestions for new expenses: the user's rules first, then a naive Bayes model trained on
 * the expenses whose category the user chose (`categorySource` USER), then Others. The model is
 * trained from the database on demand and cached per user until their categorised history changes
 * (count and newest change of those rows), so every replica answers from the same history and
 * "retraining as they categorise" needs no background job.
 */
export class CategorySuggestions {
  private readonly models = new Map<string, { fingerprint: string; model: CategoryModel }>();

  constructor(private readonly finance: FinanceService) {}

  // ------------------------------------------------------------------------------------------------
  // Rules
  // ------------------------------------------------------------------------------------------------

  async listRules(deps: FinanceDeps, args: PageArgs): Promise<Connection<CategoryRuleRow>> {
    checkPageArgs(args);
    const ownerId = requireViewer(deps.viewer).userId;
    return paginate(deps.em, CategoryRule, { ownerId }, args, { priority: 'desc', createdAt: 'asc', id: 'asc' });
  }

  async createRule(deps: FinanceDeps, input: RuleInput): Promise<{ rule: CategoryRuleRow | null; errors: UserError[] }> {
    const { em } = deps;
    const ownerId = requireViewer(deps.viewer).userId;
    const errors: UserError[] = [];
    const contains = input.contains.trim().replace(/\s+/g, ' ');
    if (!contains || contains.length > 100 || CONTROL.test(contains)) {
      errors.push(fieldError('input.contains', 'contains must be 1 to 100 characters of text (no control characters).'));
    }
    for (const field of ['minAmount', 'maxAmount'] as const) {
      const value = input[field];
      const problem = value == null ? null : amountProblem(value);
      if (problem) errors.push(fieldError(`input.${field}`, `${field} ${problem}`));
    }
    if (input.minAmount != null && input.maxAmount != null && input.minAmount > input.maxAmount) {
      errors.push(fieldError('input.maxAmount', 'maxAmount must not be less than minAmount.'));
    }
    const currency = input.currency == null ? null : normaliseCurrency(input.currency);
    if (input.currency != null && !currency) {
      errors.push(fieldError('input.currency', 'currency must be a three-letter ISO 4217 code such as EUR or USD.'));
    }
    if ((input.minAmount != null || input.maxAmount != null) && input.currency == null) {
      errors.push(fieldError('input.currency', 'An amount bound needs a currency: amounts are minor units of one currency.'));
    }
    const priority = input.priority ?? 0;
    if (!Number.isInteger(priority) || priority < -1000 || priority > 1000) {
      errors.push(fieldError('input.priority', 'priority must be a whole number from -1000 to 1000.'));
    }
    const category = input.category.trim() ? await this.finance.resolveCategory(em, ownerId, input.category) : null;
    if (!category) {
      errors.push(
        fieldError('input.category', `Unknown category "${input.category.slice(0, 40)}": use a built-in one or create it first.`),
      );
    }
    if (errors.length) return { rule: null, errors };
    if ((await em.count(CategoryRule, { ownerId })) >= MAX_RULES) {
      return { rule: null, errors: [fieldError(null, `At most ${MAX_RULES} rules: delete one first.`)] };
    }
    const rule = em.create(CategoryRule, {
      ownerId,
      matchText: contains,
      category: category!,
      minAmount: input.minAmount ?? null,
      maxAmount: input.maxAmount ?? null,
      currency,
      priority,
    });
    await em.flush();
    return { rule, errors: [] };
  }

  async deleteRule(deps: FinanceDeps, id: string): Promise<string> {
    const ownerId = requireViewer(deps.viewer).userId;
    const deleted = await deps.em.nativeDelete(CategoryRule, { id, ownerId });
    if (!deleted) throw notFound('ExpenseCategoryRule', id);
    return id;
  }

  // ------------------------------------------------------------------------------------------------
  // Suggestions
  // ------------------------------------------------------------------------------------------------

  /** `suggestExpenseCategory`: checks its arguments (BAD_USER_INPUT), then {@link suggestFor}. */
  async suggest(deps: FinanceDeps, description: string, amount: number | null | undefined, currency: string | null | undefined) {
    const ownerId = requireViewer(deps.viewer).userId;
    const text = description.trim();
    if (!text || text.length > 200) throw badInput('description must be 1 to 200 characters.', 'description');
    if (amount != null) {
      const problem = amountProblem(amount);
      if (problem) throw badInput(`amount ${problem}`, 'amount');
    }
    const code = currency == null ? null : normaliseCurrency(currency);
    if (currency != null && !code) throw badInput('currency must be a three-letter ISO 4217 code such as EUR or USD.', 'currency');
    return this.suggestFor(deps.em, ownerId, text, amount ?? null, code);
  }

  /**
   * The category for an expense of `ownerId` (arguments already valid): the first matching rule
   * (confidence 1), else the model's most probable category when a word of the description is known
   * to it, else Others with confidence 0. Only categories the user can still use are offered.
   */
  async suggestFor(em: Em, ownerId: string, description: string, amount: number | null, currency: string | null): Promise<SuggestionView> {
    const rule = await this.matchingRule(em, ownerId, description, amount, currency);
    if (rule) return { category: rule.category, confidence: 1, source: 'RULE', rule, alternatives: [] };
    const model = await this.modelFor(em, ownerId);
    if (model?.knows(description)) {
      const usable = new Set(await this.finance.usableCategories(em, ownerId));
      const ranked = model.predict(description, amount, currency).filter((s) => usable.has(s.category));
      const total = ranked.reduce((sum, s) => sum + s.probability, 0);
      const alternatives = ranked.slice(0, 3).map((s) => ({ category: s.category, probability: total ? s.probability / total : 0 }));
      const best = alternatives[0];
      if (best) return { category: best.category, confidence: best.probability, source: 'MODEL', rule: null, alternatives };
    }
    return { category: 'Others', confidence: 0, source: 'DEFAULT', rule: null, alternatives: [] };
  }

  private async matchingRule(
    em: Em,
    ownerId: string,
    description: string,
    amount: number | null,
    currency: string | null,
  ): Promise<CategoryRuleRow | null> {
    const rules = await em.find(
      CategoryRule,
      { ownerId },
      { orderBy: { priority: 'desc', createdAt: 'asc', id: 'asc' }, limit: MAX_RULES },
    );
    const text = foldText(description);
    return (
      rules.find(
        (r) =>
          text.includes(foldText(r.matchText)) &&
          (r.currency == null || r.currency === currency) &&
          (r.minAmount == null || (amount != null && amount >= r.minAmount)) &&
          (r.maxAmount == null || (amount != null && amount <= r.maxAmount)),
      ) ?? null
    );
  }

  /** The user's model, trained again only when their categorised history changed; null without any history. */
  private async modelFor(em: Em, ownerId: string): Promise<CategoryModel | null> {
    const where = { ownerId, categorySource: 'USER' as const };
    const [stats] = (await em
      .createQueryBuilder(Expense, 'e')
      .select([raw('count(*) as n'), raw('max(e.updated_at) as changed')])
      .where(where)
      .execute('all')) as unknown as { n: unknown; changed: unknown }[];
    const count = Number(stats?.n ?? 0);
    if (!count) return null;
    const fingerprint = `${count}|${String(stats?.changed instanceof Date ? stats.changed.getTime() : stats?.changed)}`;
    const cached = this.models.get(ownerId);
    if (cached) {
      this.models.delete(ownerId); // re-inserted below: most recently used last
      if (cached.fingerprint === fingerprint) {
        this.models.set(ownerId, cached);
        return cached.model;
      }
    }
    const rows = await em.fork().find(Expense, where, {
      fields: ['description', 'amount', 'currency', 'category'],
      orderBy: { updatedAt: 'desc', id: 'desc' },
      limit: TRAINING_WINDOW,
    });
    const model = CategoryModel.train(rows);
    this.models.set(ownerId, { fingerprint, model });
    if (this.models.size > MODEL_CACHE_SIZE) this.models.delete(this.models.keys().next().value!);
    return model;
  }
}
