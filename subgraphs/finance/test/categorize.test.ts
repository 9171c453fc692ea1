import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { CategoryModel, descriptionTokens, type LabelledExpense } from '../src/categorize';
import { CategoryRule } from '../src/entities';
import { addExpense } from './helpers';

const SUGGEST = `query($d: String!, $a: Int, $c: String) {
  suggestExpenseCategory(description: $d, amount: $a, currency: $c) {
    category confidence source rule { contains category } alternatives { category confidence }
  }
}`;
const CREATE = `mutation($input: CreateExpenseInput!) {
  createExpense(input: $input) { expense { id category categorySource } errors { field message } }
}`;
const CREATE_RULE = `mutation($input: CreateExpenseCategoryRuleInput!) {
  createExpenseCategoryRule(input: $input) { rule { id contains category minAmount maxAmount currency priority } errors { field message } }
}`;

const history: [string, number, string][] = [
  ['Lidl Berlin Mitte', 2340, 'Groceries'],
  ['LIDL sagt danke', 1890, 'Groceries'],
  ['Aldi Süd Einkauf', 3120, 'Groceries'],
  ['Rewe Markt', 2750, 'Groceries'],
  ['Edeka Center', 4410, 'Groceries'],
  ['Netflix subscription', 1299, 'Leisure'],
  ['Cinema tickets', 2400, 'Leisure'],
  ['Concert tickets Waldbühne', 8900, 'Leisure'],
  ['Electricity bill Vattenfall', 9400, 'Utilities'],
  ['Water bill Berliner Wasserbetriebe', 3100, 'Utilities'],
  ['Internet Telekom', 3999, 'Utilities'],
  ['Pharmacy Apotheke', 1250, 'Health'],
];

describe('finance: smart expense categorization', () => {
  describe('the model (pure)', () => {
    it('folds case and accents, drops numbers and payment boilerplate', () => {
      expect(descriptionTokens('CARD PAYMENT Café Müller 0042 ref 99')).toEqual(['w:cafe', 'w:muller']);
    });

    it('learns from labelled expenses and ranks the right category first on held-out ones', () => {
      const train: LabelledExpense[] = history.map(([description, amount, category]) => ({
        description,
        amount,
        currency: 'EUR',
        category,
      }));
      const model = CategoryModel.train(train);
      const heldOut: [string, number, string][] = [
        ['Lidl Kreuzberg', 2100, 'Groceries'],
        ['aldi nord', 2900, 'Groceries'],
        ['Netflix', 1299, 'Leisure'],
        ['Vattenfall Abschlag', 9400, 'Utilities'],
        ['Telekom Mobilfunk', 2999, 'Utilities'],
        ['Apotheke Hauptbahnhof', 890, 'Health'],
      ];
      for (const [description, amount, expected] of heldOut) {
        const [best] = model.predict(description, amount, 'EUR');
        expect({ description, category: best!.category }).toEqual({ description, category: expected });
      }
      const ranked = model.predict('Lidl', 2000, 'EUR');
      expect(ranked.reduce((sum, s) => sum + s.probability, 0)).toBeCloseTo(1, 6);
      expect(model.knows('Lidl Kreuzberg')).toBe(true);
      expect(model.knows('Spotify 4411')).toBe(false);
    });
  });

  describe('through the router', () => {
    let stack: TestStack;
    let alice: TestUser;
    let bob: TestUser;
    const suggest = async (user: TestUser, d: string, a?: number) =>
      (await gql(stack.url, SUGGEST, { d, a, c: a ? 'EUR' : undefined }, { token: user.token })).body.data.suggestExpenseCategory;
    const create = async (user: TestUser, description: string, amount: number, category?: string) => {
      const res = await gql(stack.url, CREATE, { input: { description, amount, currency: 'EUR', category } }, { token: user.token });
      expect(res.body.data.createExpense.errors).toEqual([]);
      return res.body.data.createExpense.expense as { id: string; category: string; categorySource: string };
    };

    beforeAll(async () => {
      stack = await startTestStack({ only: ['identity', 'finance'], env: { FINANCE_RECURRING_SWEEP_MS: '0' } });
      [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
    });

    it('suggests from the user own history only, retrains as they categorise, and fills the category of new expenses', async () => {
      // No history yet: Others, from nobody.
      expect(await suggest(alice, 'Lidl Kreuzberg', 2100)).toEqual({
        category: 'Others',
        confidence: 0,
        source: 'DEFAULT',
        rule: null,
        alternatives: [],
      });
      expect(await create(alice, 'Lidl Kreuzberg', 2100)).toMatchObject({ category: 'Others', categorySource: 'DEFAULT' });
      for (const [description, amount, category] of history) await addExpense(stack.url, alice, { description, amount, category });

      const lidl = await suggest(alice, 'LIDL Kreuzberg 4411', 2100);
      expect(lidl).toMatchObject({ category: 'Groceries', source: 'MODEL', rule: null });
      expect(lidl.confidence).toBeGreaterThanOrEqual(0.7);
      expect(lidl.alternatives[0]).toEqual({ category: 'Groceries', confidence: lidl.confidence });
      // A new expense without a category takes the confident suggestion.
      expect(await create(alice, 'Aldi Nord', 2900)).toMatchObject({ category: 'Groceries', categorySource: 'MODEL' });
      // Unknown words: no suggestion, whatever the prior says.
      expect(await suggest(alice, 'Spotify premium', 999)).toMatchObject({ category: 'Others', source: 'DEFAULT' });
      // The user categorises one: the next suggestion knows it (the model is retrained from the new history).
      const spotify = await create(alice, 'Spotify premium', 999);
      expect(spotify).toMatchObject({ category: 'Others', categorySource: 'DEFAULT' });
      const fix = await gql(
        stack.url,
        'mutation($id: ID!) { updateExpense(id: $id, input: { category: "Leisure" }) { expense { category categorySource } } }',
        { id: spotify.id },
        { token: alice.token },
      );
      expect(fix.body.data.updateExpense.expense).toEqual({ category: 'Leisure', categorySource: 'USER' });
      expect(await suggest(alice, 'Spotify family', 1499)).toMatchObject({ category: 'Leisure', source: 'MODEL' });

      // Bob's history is his own: alice's model tells him nothing.
      expect(await suggest(bob, 'Lidl Kreuzberg', 2100)).toMatchObject({ category: 'Others', source: 'DEFAULT' });
    });

    it('applies the user rules before the model, with amount bounds and priority, and refuses bad input changing nothing', async () => {
      const rule = async (user: TestUser, input: object) => (await gql(stack.url, CREATE_RULE, { input }, { token: user.token })).body.data;
      const own = await gql(
        stack.url,
        'mutation { createExpenseCategory(name: "Household") { category { id } } }',
        {},
        { token: alice.token },
      );
      const householdId = own.body.data.createExpenseCategory.category.id as string;
      expect(
        (await rule(alice, { contains: 'lidl', category: 'household', maxAmount: 1000, currency: 'eur' })).createExpenseCategoryRule,
      ).toEqual({
        rule: expect.objectContaining({ contains: 'lidl', category: 'Household', maxAmount: 1000, currency: 'EUR', priority: 0 }),
        errors: [],
      });
      await rule(alice, { contains: 'Café', category: 'Leisure', priority: 5 });
      // Small Lidl amounts follow the rule; larger ones fall through to the model.
      expect(await suggest(alice, 'LIDL Kreuzberg', 800)).toMatchObject({
        category: 'Household',
        confidence: 1,
        source: 'RULE',
        rule: { contains: 'lidl', category: 'Household' },
      });
      expect(await suggest(alice, 'LIDL Kreuzberg', 2100)).toMatchObject({ category: 'Groceries', source: 'MODEL' });
      expect(await create(alice, 'cafe central', 450)).toMatchObject({ category: 'Leisure', categorySource: 'RULE' });
      // Bob's suggestions ignore alice's rules.
      expect(await suggest(bob, 'Lidl', 800)).toMatchObject({ source: 'DEFAULT' });

      const rules = () =>
        stack.subgraphs
          .find((s) => s.name === 'finance')!
          .orm.em.fork()
          .count(CategoryRule, {});
      const before = await rules();
      const bad = [
        [{ contains: 'x', category: 'Nope' }, 'input.category'],
        [{ contains: '  ', category: 'Leisure' }, 'input.contains'],
        [{ contains: 'x', category: 'Leisure', minAmount: 500, maxAmount: 100, currency: 'EUR' }, 'input.maxAmount'],
        [{ contains: 'x', category: 'Leisure', minAmount: 500 }, 'input.currency'],
        [{ contains: 'x', category: 'Leisure', priority: 5000 }, 'input.priority'],
      ] as const;
      for (const [input, field] of bad) {
        const res = (await rule(alice, input)).createExpenseCategoryRule;
        expect({ field, rule: res.rule, fields: res.errors.map((e: { field: string }) => e.field) }).toEqual({
          field,
          rule: null,
          fields: [field],
        });
      }
      expect(await rules()).toBe(before);
      for (const vars of [{ d: '' }, { d: 'x'.repeat(201) }, { d: 'ok', a: -5, c: 'EUR' }, { d: 'ok', c: 'EURO' }]) {
        expect(errorCodes(await gql(stack.url, SUGGEST, vars, { token: alice.token }))).toEqual(['BAD_USER_INPUT']);
      }
      expect(errorCodes(await gql(stack.url, SUGGEST, { d: 'Lidl' }))).toEqual(['UNAUTHENTICATED']);

      // Someone else's rule is not found; deleting a category deletes its rules.
      const list = await gql(
        stack.url,
        '{ expenseCategoryRules { totalCount edges { node { id category } } } }',
        {},
        { token: alice.token },
      );
      expect(list.body.data.expenseCategoryRules.totalCount).toBe(2);
      const [first] = list.body.data.expenseCategoryRules.edges;
      expect(first.node.category).toBe('Leisure'); // priority 5 is tried first
      const steal = await gql(
        stack.url,
        'mutation($id: ID!) { deleteExpenseCategoryRule(id: $id) { deletedId } }',
        { id: first.node.id },
        {
          token: bob.token,
        },
      );
      expect(errorCodes(steal)).toEqual(['NOT_FOUND']);
      await gql(
        stack.url,
        'mutation($id: ID!) { deleteExpenseCategory(id: $id) { deletedId } }',
        { id: householdId },
        { token: alice.token },
      );
      const after = await gql(stack.url, '{ expenseCategoryRules { totalCount } }', {}, { token: alice.token });
      expect(after.body.data.expenseCategoryRules.totalCount).toBe(1);
    });

    it('limits suggestions per user as the schema declares (@rateLimit: 120 a minute, sliding window)', async () => {
      const carol = await signUpUser(stack.url, 'carol');
      // Distinct variables: the router merges identical in-flight requests, which would spend once for many.
      let n = 0;
      const ask = (user: TestUser) => gql(stack.url, SUGGEST, { d: `Lidl ${n++}` }, { token: user.token });
      const answers = [];
      for (let i = 0; i < 130; i += 26) answers.push(...(await Promise.all(Array.from({ length: 26 }, () => ask(carol)))));
      const codes = answers.map((r) => errorCodes(r)[0] ?? 'OK');
      const allowed = codes.filter((c) => c === 'OK').length;
      // 120 a minute; a minute boundary during the burst lets the sliding estimate admit one or two more.
      expect(allowed).toBeGreaterThanOrEqual(120);
      expect(allowed).toBeLessThanOrEqual(122);
      expect(codes.filter((c) => c !== 'OK').every((c) => c === 'RATE_LIMITED')).toBe(true);
      const refused = answers.find((r) => errorCodes(r)[0] === 'RATE_LIMITED')!;
      expect(refused.body.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(errorCodes(await ask(bob))).toEqual([]); // per user
    });

    afterAll(() => stack?.stop());
  });
});
