import { buildSchema, graphql, parse, subscribe, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { checkTextInputs, textProblem } from '../src/input';

describe('kit input: textProblem', () => {
  it.each([
    ['plain text', 'hello'],
    ['newlines and tabs', 'a\nb\tc\r\n'],
    ['a surrogate pair (emoji)', 'ok \ud83d\ude00'],
    ['other control characters', '\u0001\u001f\u007f'],
    ['the empty string', ''],
    ['U+FFFD itself', '\ufffd'],
  ])('accepts %s', (_label, text) => {
    expect(textProblem(text)).toBeNull();
  });

  it.each([
    ['a NUL', 'a\u0000b', /NUL/],
    ['only a NUL', '\u0000', /NUL/],
    ['a lone high surrogate', 'half \ud83d pair', /unpaired/],
    ['a lone high surrogate at the end', 'end \ud83d', /unpaired/],
    ['a lone low surrogate', '\ude00 start', /unpaired/],
    ['two high surrogates', '\ud83d\ud83d\ude00', /unpaired/],
  ])('refuses %s', (_label, text, message) => {
    expect(textProblem(text)).toMatch(message);
  });
});

describe('kit input: checkTextInputs', () => {
  let calls = 0;
  const countResolver = () => (calls++, 1);
  const schema: GraphQLSchema = checkTextInputs(
    (() => {
      const s = buildSchema(`
        scalar JSON
        enum Kind { A B }
        input Tree { label: String, children: [Tree!], kind: Kind }
        input NewTask { title: String!, tags: [String!], meta: JSON, count: Int, tree: Tree }
        type Task { id: ID!, title: String, echo(text: String): String }
        type Query { task(id: ID!): Task, tasks(ids: [ID!]!): [Task!]!, count(n: Int, kind: Kind): Int }
        type Mutation { createTask(input: NewTask!): Task }
        type Subscription { taskChanged(id: ID!): Task }
      `);
      const fields = (name: string) => (s.getType(name) as GraphQLObjectType).getFields();
      const task = (id: string) => ({ id, title: 't' });
      fields('Query').task!.resolve = (_s, { id }) => (calls++, task(id));
      fields('Query').tasks!.resolve = (_s, { ids }) => (calls++, ids.map(task));
      fields('Query').count!.resolve = countResolver;
      fields('Mutation').createTask!.resolve = () => (calls++, task('new'));
      fields('Task').echo!.resolve = (_s, { text }) => text;
      fields('Subscription').taskChanged!.subscribe = async function* () {
        calls++;
        yield { taskChanged: task('1') };
      };
      return s;
    })(),
  );

  const run = async (source: string, variableValues: Record<string, unknown> = {}) => {
    calls = 0;
    const result = await graphql({ schema, source, variableValues });
    return { result, calls };
  };

  it('lets well-formed text through to the resolver', async () => {
    const { result, calls } = await run('mutation($i: NewTask!) { createTask(input: $i) { id } }', {
      i: { title: 'ok \ud83d\ude00', tags: ['a', 'b'], meta: { deep: ['x'] }, tree: { label: 'root', children: [{ label: 'leaf' }] } },
    });
    expect(result.errors).toBeUndefined();
    expect(calls).toBe(1);
  });

  it.each([
    ['an ID argument', 'query($v: ID!) { task(id: $v) { id } }', 'a\u0000b', 'id'],
    ['a list of IDs', 'query($v: [ID!]!) { tasks(ids: $v) { id } }', ['ok', 'a\u0000b'], 'ids[1]'],
    ['a nested input field', 'mutation($v: String!) { createTask(input: { title: $v }) { id } }', 'a\u0000b', 'input.title'],
    [
      'a list in an input',
      'mutation($v: [String!]) { createTask(input: { title: "t", tags: $v }) { id } }',
      ['x', 'half \ud83d'],
      'input.tags[1]',
    ],
    [
      'a custom JSON scalar',
      'mutation($v: JSON) { createTask(input: { title: "t", meta: $v }) { id } }',
      { a: [{ b: 'x\u0000' }] },
      'input.meta.a[0].b',
    ],
    [
      'a recursive input',
      'mutation($v: Tree) { createTask(input: { title: "t", tree: $v }) { id } }',
      { label: 'r', children: [{ label: 'c', children: [{ label: '\ude00' }] }] },
      'input.tree.children[0].children[0].label',
    ],
  ])('refuses a NUL or lone surrogate in %s before the resolver runs, naming %s', async (_label, source, v, field) => {
    const { result, calls } = await run(source, { v });
    expect(calls).toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]!.message.startsWith(`${field} `)).toBe(true);
  });

  it('checks literals too, and arguments of non-root fields', async () => {
    const literal = await run('{ task(id: "a\\u0000b") { id } }');
    expect(literal.calls).toBe(0);
    expect(literal.result.errors?.[0]!.extensions.field).toBe('id');
    const nested = await run('query($v: String) { task(id: "1") { echo(text: $v) } }', { v: 'x\u0000' });
    expect(nested.result.errors?.[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('leaves fields without text arguments unwrapped', () => {
    // count(n: Int, kind: Kind) cannot hold text: its resolver is the one the schema was given.
    expect(schema.getQueryType()!.getFields().count!.resolve).toBe(countResolver);
  });

  it('checks a subscription’s arguments when it subscribes', async () => {
    calls = 0;
    const refused = await subscribe({
      schema,
      document: parse('subscription($v: ID!) { taskChanged(id: $v) { id } }'),
      variableValues: { v: '\u0000' },
    });
    expect('errors' in refused && refused.errors?.[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(calls).toBe(0);
    const accepted = await subscribe({ schema, document: parse('subscription { taskChanged(id: "1") { id } }') });
    expect(Symbol.asyncIterator in accepted).toBe(true);
  });
});
