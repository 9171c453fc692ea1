import { Kind, visit, type DocumentNode, type ObjectTypeDefinitionNode } from 'graphql';
import { newId, type RunningSubgraph, type Viewer } from '../../../kit';
import { errorCodes } from '../../../test/helpers/graphql';
import { startOneSubgraph } from '../../../test/helpers/subgraph';
import { crm as definition } from '..';
import { as, createCompany, createContact, member, ok, startCrm } from './helpers';

/** The scopes `@requiresScopes` asks of each Query and Mutation field, as written in the SDL. */
function declaredScopes(doc: DocumentNode): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || !['Query', 'Mutation'].includes(def.name.value)) continue;
    for (const field of (def as ObjectTypeDefinitionNode).fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'requiresScopes');
      const value = directive?.arguments?.[0]?.value;
      const scopes =
        value?.kind === Kind.LIST
          ? value.values.map((inner) => (inner.kind === Kind.LIST ? inner.values.map((v) => (v.kind === Kind.STRING ? v.value : '?')) : []))
          : [];
      out.set(`${def.name.value}.${field.name.value}`, scopes);
    }
  }
  return out;
}

/** The same SDL without any `@requiresScopes` use (its definition stays). */
function withoutScopeDirectives(doc: DocumentNode): DocumentNode {
  return visit(doc, { Directive: (node) => (node.name.value === 'requiresScopes' ? null : undefined) });
}

const MANAGER_OPERATIONS = [
  'Mutation.addStage',
  'Mutation.createPipeline',
  'Mutation.defineCustomField',
  'Mutation.deleteCompany',
  'Mutation.deleteContact',
  'Mutation.deleteCustomField',
  'Mutation.deleteLead',
  'Mutation.deleteStage',
  'Mutation.reorderStages',
  'Mutation.updateCustomField',
  'Mutation.updatePipeline',
  'Mutation.updateStage',
];

/** A MANAGER's tenant with one of everything, and the operations an EMPLOYEE of it will try. */
async function tenantWithRecords(crm: RunningSubgraph) {
  const tenant = newId();
  const manager = member(tenant, 'MANAGER');
  const employee = member(tenant, 'EMPLOYEE');
  const contactId = await createContact(crm, manager, { firstName: 'Kept' });
  const companyId = await createCompany(crm, manager, { name: 'Kept Corp' });
  const lead = ok(
    await as(crm, manager, 'mutation { createLead(input: { title: "Kept deal" }) { lead { id pipeline { id stages { id } } } } }'),
  ).createLead.lead;
  const pipelineId: string = lead.pipeline.id;
  const stageIds: string[] = lead.pipeline.stages.map((s: { id: string }) => s.id);
  const definitionId: string = ok(
    await as(
      crm,
      manager,
      'mutation { defineCustomField(input: { entity: LEAD, key: "source", label: "Source", type: TEXT }) { definition { id } } }',
    ),
  ).defineCustomField.definition.id;
  // In an order where each would succeed after the ones before it (when nothing refuses them).
  const attempts: Record<string, [string, Record<string, unknown>]> = {
    'Mutation.reorderStages': [
      'mutation($id: ID!, $ids: [ID!]!) { reorderStages(pipelineId: $id, stageIds: $ids) { errors { code } } }',
      { id: pipelineId, ids: [...stageIds].reverse() },
    ],
    'Mutation.updateStage': [
      'mutation($id: ID!) { updateStage(id: $id, input: { name: "Sneaky" }) { errors { code } } }',
      { id: stageIds[0] },
    ],
    'Mutation.addStage': [
      'mutation($id: ID!) { addStage(pipelineId: $id, input: { name: "Extra" }) { errors { code } } }',
      { id: pipelineId },
    ],
    'Mutation.deleteStage': [
      'mutation($id: ID!, $to: ID) { deleteStage(id: $id, moveLeadsTo: $to) { errors { code } } }',
      { id: stageIds[0], to: stageIds[1] },
    ],
    'Mutation.updatePipeline': ['mutation($id: ID!) { updatePipeline(id: $id, name: "Sneaky") { errors { code } } }', { id: pipelineId }],
    'Mutation.createPipeline': [
      'mutation { createPipeline(input: { name: "Sneaky", stages: [{ name: "Open" }] }) { errors { code } } }',
      {},
    ],
    'Mutation.updateCustomField': [
      'mutation($id: ID!) { updateCustomField(id: $id, input: { label: "Sneaky" }) { errors { code } } }',
      { id: definitionId },
    ],
    'Mutation.deleteCustomField': ['mutation($id: ID!) { deleteCustomField(id: $id) { deletedId } }', { id: definitionId }],
    'Mutation.defineCustomField': [
      'mutation { defineCustomField(input: { entity: CONTACT, key: "sneaky", label: "S", type: TEXT }) { errors { code } } }',
      {},
    ],
    'Mutation.deleteLead': ['mutation($id: ID!) { deleteLead(id: $id) { deletedId } }', { id: lead.id }],
    'Mutation.deleteContact': ['mutation($id: ID!) { deleteContact(id: $id) { deletedId } }', { id: contactId }],
    'Mutation.deleteCompany': ['mutation($id: ID!) { deleteCompany(id: $id) { deletedId } }', { id: companyId }],
  };
  /** What the tenant holds, as a MANAGER reads it: unchanged after refused attempts. */
  const snapshot = async () =>
    ok(
      await as(
        crm,
        manager,
        `query($c: ID!, $co: ID!, $l: ID!) {
          contact(id: $c) { id } company(id: $co) { id } lead(id: $l) { id }
          pipelines { name stages { id name } } customFieldDefinitions { key label }
        }`,
        { c: contactId, co: companyId, l: lead.id },
      ),
    );
  return { manager, employee, attempts, snapshot };
}

describe('crm: authorization is declared once, in the schema', () => {
  let crm: RunningSubgraph;
  beforeAll(async () => {
    crm = await startCrm();
  });

  it('declares who may call every operation: tenant:manager for deletes and settings, tenant:employee for the rest', () => {
    const scopes = declaredScopes(definition.typeDefs);
    expect(scopes.size).toBeGreaterThan(20);
    const manager = [...scopes].filter(([, s]) => JSON.stringify(s) === '[["tenant:manager"]]').map(([name]) => name);
    const employee = [...scopes].filter(([, s]) => JSON.stringify(s) === '[["tenant:employee"]]').map(([name]) => name);
    expect(manager.sort()).toEqual(MANAGER_OPERATIONS);
    expect(manager.length + employee.length).toBe(scopes.size);
  });

  it('refuses every MANAGER operation to an EMPLOYEE with FORBIDDEN, and changes nothing', async () => {
    const { employee, attempts, snapshot } = await tenantWithRecords(crm);
    expect(Object.keys(attempts).sort()).toEqual(MANAGER_OPERATIONS);
    const before = await snapshot();
    for (const [name, [query, variables]] of Object.entries(attempts)) {
      expect({ name, codes: errorCodes(await as(crm, employee, query, variables)) }).toEqual({ name, codes: ['FORBIDDEN'] });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers UNAUTHENTICATED without a viewer and FORBIDDEN (saying why) without a tenant', async () => {
    const noTenant: Viewer = member(null);
    for (const query of [
      '{ contacts { totalCount } }',
      '{ pipelines { id } }',
      'mutation { createCompany(input: { name: "X" }) { errors { code } } }',
    ]) {
      expect(errorCodes(await as(crm, null, query))).toEqual(['UNAUTHENTICATED']);
      const res = await as(crm, noTenant, query);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.body.errors?.[0]?.message).toMatch(/x-hubgraph-tenant/);
    }
  });

  it('has no second check: with the directives stripped from the SDL, the same EMPLOYEE attempts all go through', async () => {
    // The positive control of the test above: the FORBIDDEN came from the schema, not from resolvers.
    const unguarded = await startOneSubgraph({ ...definition, typeDefs: withoutScopeDirectives(definition.typeDefs) });
    expect(declaredScopes(withoutScopeDirectives(definition.typeDefs)).get('Mutation.deleteContact')).toEqual([]);
    const { employee, attempts } = await tenantWithRecords(unguarded);
    for (const [name, [query, variables]] of Object.entries(attempts)) {
      const res = await as(unguarded, employee, query, variables);
      expect({ name, errors: res.body.errors ?? [] }).toEqual({ name, errors: [] });
      const payload = Object.values(res.body.data as Record<string, { errors?: unknown[]; deletedId?: string }>)[0];
      expect({ name, userErrors: payload!.errors ?? [] }).toEqual({ name, userErrors: [] });
    }
  });
});
