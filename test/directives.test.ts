import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { type Viewer } from '../kit';
import { enforceAuthDirectives } from '../kit/src/directives';

const schema = enforceAuthDirectives(
  buildSubgraphSchema({
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
      directive @authenticated on FIELD_DEFINITION | OBJECT
      directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT
      type Query {
        open: String
        members: String @authenticated
        admins: String @requiresScopes(scopes: [["admin"], ["auditor", "user"]])
        secret: Secret
      }
      type Secret @authenticated { value: String }
    `),
    resolvers: {
      Query: { open: () => 'o', members: () => 'm', admins: () => 'a', secret: () => ({ value: 's' }) },
    },
  }),
);

const viewer = (roles: string[]): Viewer => ({ userId: 'u1', roles, tenantId: null });
const run = async (query: string, who: Viewer | null) => {
  const result = await graphql({ schema, source: query, contextValue: { viewer: who } });
  return { data: result.data, codes: (result.errors ?? []).map((e) => e.extensions.code) };
};

describe('kit: @authenticated and @requiresScopes are enforced by every subgraph', () => {
  it('lets anyone read unmarked fields', async () => {
    expect(await run('{ open }', null)).toEqual({ data: { open: 'o' }, codes: [] });
  });

  it('answers UNAUTHENTICATED without a viewer on @authenticated fields and types', async () => {
    expect((await run('{ members }', null)).codes).toEqual(['UNAUTHENTICATED']);
    expect((await run('{ secret { value } }', null)).codes).toEqual(['UNAUTHENTICATED']);
    expect(await run('{ members secret { value } }', viewer(['user']))).toEqual({
      data: { members: 'm', secret: { value: 's' } },
      codes: [],
    });
  });

  it('checks scope alternatives (any set) of conjunctions (all in the set)', async () => {
    expect((await run('{ admins }', null)).codes).toEqual(['UNAUTHENTICATED']);
    expect((await run('{ admins }', viewer(['user']))).codes).toEqual(['FORBIDDEN']);
    expect((await run('{ admins }', viewer(['auditor']))).codes).toEqual(['FORBIDDEN']);
    expect((await run('{ admins }', viewer(['auditor', 'user']))).data).toEqual({ admins: 'a' });
    expect((await run('{ admins }', viewer(['admin']))).data).toEqual({ admins: 'a' });
  });
});
