import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { FakeProvider } from '../../../test/helpers/fake-provider';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const CHECK =
  'query($t: String!, $l: String) { checkNoteText(text: $t, language: $l) { checker language matches { offset length message replacements rule } } }';

/** A LanguageTool /v2/check answer, in its documented shape. */
function languageToolAnswer(text: string) {
  const at = text.indexOf('teh');
  return {
    software: { name: 'LanguageTool', version: '6.5', apiVersion: 1 },
    language: { name: 'English (US)', code: 'en-US', detectedLanguage: { name: 'English (US)', code: 'en-US' } },
    matches: [
      {
        message: 'Possible spelling mistake found.',
        shortMessage: 'Spelling mistake',
        replacements: [{ value: 'the' }, { value: 'tea' }],
        offset: at,
        length: 3,
        context: { text, offset: at, length: 3 },
        sentence: text,
        type: { typeName: 'UnknownWord' },
        rule: {
          id: 'MORFOLOGIK_RULE_EN_US',
          description: 'Possible spelling mistake',
          issueType: 'misspelling',
          category: { id: 'TYPOS', name: 'Possible Typo' },
        },
      },
    ],
  };
}

describe('notes grammar check through a LanguageTool server', () => {
  let provider: FakeProvider;
  let stack: TestStack;
  let user: TestUser;

  beforeAll(async () => {
    provider = await FakeProvider.start();
    stack = await startTestStack({
      only: ['identity', 'notes'],
      env: { NOTES_LANGUAGETOOL_URL: provider.url, NOTES_LANGUAGETOOL_TIMEOUT_MS: '300' },
    });
    user = await signUpUser(stack.url, 'writer');
  });
  afterAll(() => provider.stop());

  it('posts the text and language form-encoded to /v2/check and returns its matches', async () => {
    provider.route('POST /v2/check', (req) => {
      const form = new URLSearchParams(req.body);
      return { status: 200, body: languageToolAnswer(form.get('text') ?? '') };
    });
    const text = 'I saw teh cat & the dog.';
    const res = await gql(stack.url, CHECK, { t: text, l: 'en-US' }, { token: user.token });
    expect(res.body.data.checkNoteText).toEqual({
      checker: 'languagetool',
      language: 'en-US',
      matches: [
        { offset: 6, length: 3, message: 'Possible spelling mistake found.', replacements: ['the', 'tea'], rule: 'MORFOLOGIK_RULE_EN_US' },
      ],
    });
    const [sent] = provider.received('POST /v2/check');
    expect(sent!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(sent!.body))).toEqual({ text, language: 'en-US' });
  });

  it('checks the input before asking the server', async () => {
    const before = provider.received('POST /v2/check').length;
    const res = await gql(stack.url, CHECK, { t: 'x'.repeat(20_001) }, { token: user.token });
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(errorCodes(await gql(stack.url, CHECK, { t: 'x' }))).toContain('UNAUTHENTICATED');
    expect(provider.received('POST /v2/check')).toHaveLength(before);
  });

  it('is SERVICE_UNAVAILABLE when the server answers nonsense', async () => {
    provider.route('POST /v2/check', { status: 200, body: { matches: [{ offset: 'three' }] } });
    const res = await gql(stack.url, CHECK, { t: 'text' }, { token: user.token });
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(res.body.errors![0]!.message).toMatch(/languagetool/);
  });

  it('is SERVICE_UNAVAILABLE when the server is down or too slow', async () => {
    provider.route('POST /v2/check', { status: 503, body: 'down' });
    const down = await gql(stack.url, CHECK, { t: 'text' }, { token: user.token });
    expect(down.body.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(down.body.data.checkNoteText).toBeNull();
    provider.route('POST /v2/check', { status: 200, body: languageToolAnswer('teh'), delayMs: 1_000 });
    const slow = await gql(stack.url, CHECK, { t: 'teh' }, { token: user.token });
    expect(slow.body.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('is SERVICE_UNAVAILABLE when nothing listens at the configured address', async () => {
    await provider.stop();
    const res = await gql(stack.url, CHECK, { t: 'text' }, { token: user.token });
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});
