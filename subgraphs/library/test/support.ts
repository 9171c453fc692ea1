import { gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import type { TestStack } from '../../../test/helpers/stack';

export const GRANT = 'mutation($u: ID!, $r: String!) { grantRole(userId: $u, role: $r) { errors { field code } } }';
const LOGIN = 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }';

/** The seeded admin's token (identity's demo data: SEED_DEMO_DATA=true). */
export async function adminToken(stack: TestStack): Promise<string> {
  const res = await gql(stack.url, LOGIN, { i: { email: 'admin@hubgraph.dev', password: 'hubgraph-demo' } });
  return res.body.data.logIn.accessToken;
}

/** A fresh user granted `librarian` by the admin, logged in again so the token carries the role. */
export async function librarian(stack: TestStack, admin: string): Promise<TestUser> {
  const user = await signUpUser(stack.url, 'librarian');
  const res = await gql(stack.url, GRANT, { u: user.id, r: 'librarian' }, { token: admin });
  if (res.body.data?.grantRole?.errors?.length !== 0) throw new Error(`grant failed: ${JSON.stringify(res.body)}`);
  return { ...user, token: await logInUser(stack.url, user.email) };
}

/** A valid ISBN-13 with a 978 prefix from any 9 digits (so each test makes its own). */
export function isbn13(nine: string): string {
  const first12 = `978${nine}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return first12 + String((10 - (sum % 10)) % 10);
}

let counter = 0;
/** Nine digits not used before in this process. */
export function freshDigits(): string {
  counter += 1;
  return String((Date.now() % 100_000) * 10_000 + counter)
    .padStart(9, '0')
    .slice(-9);
}

/** A word no other test uses, for searches that must see only this test's works. */
export function uniqueWord(prefix: string): string {
  counter += 1;
  const letters = (Date.now() * 1000 + counter).toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!);
  return `${prefix}${letters}`;
}

export class Catalogue {
  constructor(
    private readonly stack: TestStack,
    private readonly token: string,
  ) {}

  private async call(query: string, variables: Record<string, unknown>, key: string): Promise<any> {
    const res = await gql(this.stack.url, query, variables, { token: this.token });
    const payload = res.body.data?.[key];
    if (!payload || payload.errors?.length) throw new Error(`${key} failed: ${JSON.stringify(res.body)}`);
    return payload;
  }

  async author(name: string): Promise<string> {
    const p = await this.call(
      'mutation($i: CreateAuthorInput!) { createAuthor(input: $i) { author { id } errors { field } } }',
      { i: { name } },
      'createAuthor',
    );
    return p.author.id;
  }

  async work(input: {
    title: string;
    authorIds: string[];
    subjects?: string[];
    firstPublishedYear?: number;
    language?: string;
  }): Promise<string> {
    const p = await this.call(
      'mutation($i: CreateWorkInput!) { createWork(input: $i) { work { id } errors { field } } }',
      { i: input },
      'createWork',
    );
    return p.work.id;
  }

  async edition(workId: string, isbn: string): Promise<string> {
    const p = await this.call(
      'mutation($i: AddEditionInput!) { addEdition(input: $i) { edition { id } errors { field } } }',
      { i: { workId, isbn } },
      'addEdition',
    );
    return p.edition.id;
  }

  async copy(workId: string, barcode: string): Promise<{ id: string; status: string }> {
    const p = await this.call(
      'mutation($i: AddCopyInput!) { addCopy(input: $i) { copy { id status } errors { field } } }',
      { i: { workId, barcode, location: 'Main / Test' } },
      'addCopy',
    );
    return p.copy;
  }

  /** A work with one author and `copies` copies; returns their ids. */
  async book(title: string, copies = 1, extra: { subjects?: string[]; firstPublishedYear?: number; language?: string } = {}) {
    const authorId = await this.author(`Author of ${title}`);
    const workId = await this.work({ title, authorIds: [authorId], ...extra });
    const copyIds: string[] = [];
    for (let i = 0; i < copies; i++) copyIds.push((await this.copy(workId, `T-${freshDigits()}`)).id);
    return { authorId, workId, copyIds };
  }
}
