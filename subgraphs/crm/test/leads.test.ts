import { newId, OutboxEvent, type RunningSubgraph } from '../../../kit';
import { errorCodes } from '../../../test/helpers/graphql';
import { as, createCompany, createContact, member, ok, startCrm } from './helpers';

const PIPELINES = '{ pipelines { id name isDefault stages { id name position probability kind } } }';
const CREATE_LEAD = `mutation($input: CreateLeadInput!) {
  createLead(input: $input) {
    lead { id title status value { amount currency } stage { name } pipeline { name } contact { id } company { id name } owner { id } closedAt expectedCloseDate
      stageHistory { fromStageName toStageName fromStage { name } toStage { name } changedBy { id } } }
    errors { field message code }
  }
}`;
const MOVE = `mutation($id: ID!, $stageId: ID!) {
  moveLead(id: $id, stageId: $stageId) {
    lead { status closedAt stage { name } stageHistory { fromStageName toStageName } }
    errors { field code }
  }
}`;
const LEADS = `query($filter: LeadFilter, $orderBy: LeadOrder, $first: Int, $after: String) {
  leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title status value { amount } } } }
}`;

describe('crm: pipelines and leads', () => {
  let crm: RunningSubgraph;
  beforeAll(async () => {
    crm = await startCrm();
  });

  it('gives every tenant a default pipeline on first use, once, even when asked concurrently', async () => {
    const v = member(newId(), 'EMPLOYEE');
    const answers = await Promise.all([as(crm, v, PIPELINES), as(crm, v, PIPELINES), as(crm, v, PIPELINES)]);
    const lists = answers.map((r) => ok(r).pipelines);
    expect(lists[0]).toHaveLength(1);
    expect(lists[1]).toEqual(lists[0]);
    expect(lists[2]).toEqual(lists[0]);
    expect(lists[0][0]).toMatchObject({ name: 'Sales', isDefault: true });
    expect(
      lists[0][0].stages.map((s: { name: string; kind: string; probability: number; position: number }) => [
        s.position,
        s.name,
        s.kind,
        s.probability,
      ]),
    ).toEqual([
      [0, 'New', 'OPEN', 10],
      [1, 'Qualified', 'OPEN', 30],
      [2, 'Proposal', 'OPEN', 60],
      [3, 'Negotiation', 'OPEN', 80],
      [4, 'Won', 'WON', 100],
      [5, 'Lost', 'LOST', 0],
    ]);
    // Another tenant gets its own.
    const other = ok(await as(crm, member(newId(), 'EMPLOYEE'), PIPELINES)).pipelines;
    expect(other[0].id).not.toBe(lists[0][0].id);
  });

  it('creates a lead in the first stage, moves it through stages with history, closing and reopening it', async () => {
    const tenant = newId();
    const owner = member(tenant, 'EMPLOYEE');
    const mover = member(tenant, 'EMPLOYEE');
    const company = await createCompany(crm, owner, { name: 'Deal Co' });
    const contact = await createContact(crm, owner, { firstName: 'Buyer', companyId: company });
    const created = ok(
      await as(crm, owner, CREATE_LEAD, {
        input: { title: 'Big deal', value: { amount: 1_250_000, currency: 'eur' }, contactId: contact, expectedCloseDate: '2027-03-31' },
      }),
    ).createLead;
    expect(created.errors).toEqual([]);
    expect(created.lead).toMatchObject({
      status: 'OPEN',
      value: { amount: 1_250_000, currency: 'EUR' },
      stage: { name: 'New' },
      pipeline: { name: 'Sales' },
      contact: { id: contact },
      company: { id: company, name: 'Deal Co' }, // from the contact
      owner: { id: owner.userId },
      closedAt: null,
      stageHistory: [
        { fromStageName: null, toStageName: 'New', fromStage: null, toStage: { name: 'New' }, changedBy: { id: owner.userId } },
      ],
    });
    const stages = ok(await as(crm, owner, PIPELINES)).pipelines[0].stages;
    const stage = (name: string) => stages.find((s: { name: string }) => s.name === name).id;
    const id = created.lead.id;

    const won = ok(await as(crm, mover, MOVE, { id, stageId: stage('Won') })).moveLead;
    expect(won.lead).toMatchObject({ status: 'WON', stage: { name: 'Won' } });
    expect(won.lead.closedAt).toEqual(expect.any(String));
    const reopened = ok(await as(crm, mover, MOVE, { id, stageId: stage('Proposal') })).moveLead;
    expect(reopened.lead).toMatchObject({ status: 'OPEN', closedAt: null });
    expect(reopened.lead.stageHistory).toEqual([
      { fromStageName: null, toStageName: 'New' },
      { fromStageName: 'New', toStageName: 'Won' },
      { fromStageName: 'Won', toStageName: 'Proposal' },
    ]);
    // Moving to the current stage records nothing.
    expect(ok(await as(crm, mover, MOVE, { id, stageId: stage('Proposal') })).moveLead.lead.stageHistory).toHaveLength(3);
    expect(ok(await as(crm, mover, MOVE, { id, stageId: newId() })).moveLead.errors).toEqual([
      { field: 'stageId', code: 'BAD_USER_INPUT' },
    ]);
    // The owner is told when someone else moves their lead.
    const events = await crm.orm.em.fork().find(OutboxEvent, { type: 'crm.lead.moved', tenantId: tenant });
    expect(events).toHaveLength(2);
    expect(events[0]!.payload).toMatchObject({
      leadId: id,
      toStage: 'Won',
      status: 'WON',
      recipientIds: [owner.userId],
      actorId: mover.userId,
    });
  });

  it('validates leads and keeps them in their tenant', async () => {
    const a = member(newId(), 'EMPLOYEE');
    const b = member(newId(), 'MANAGER');
    const contactB = await createContact(crm, b, { firstName: 'B' });
    const bad = ok(
      await as(crm, a, CREATE_LEAD, {
        input: {
          title: ' ',
          value: { amount: -1, currency: 'EUR' },
          contactId: contactB,
          expectedCloseDate: '2027-02-30',
          stageId: 'nope',
        },
      }),
    ).createLead;
    expect(bad.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'input.contactId',
      'input.expectedCloseDate',
      'input.stageId',
      'input.title',
      'input.value.amount',
    ]);
    const leadA = ok(await as(crm, a, CREATE_LEAD, { input: { title: 'Mine' } })).createLead.lead.id;
    const stagesB = ok(await as(crm, b, PIPELINES)).pipelines[0].stages;
    expect(errorCodes(await as(crm, b, MOVE, { id: leadA, stageId: stagesB[1].id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await as(crm, b, 'mutation($id: ID!) { deleteLead(id: $id) { deletedId } }', { id: leadA }))).toEqual(['NOT_FOUND']);
    // A cannot move its lead into B's stage either.
    expect(ok(await as(crm, a, MOVE, { id: leadA, stageId: stagesB[1].id })).moveLead.errors).toEqual([
      { field: 'stageId', code: 'BAD_USER_INPUT' },
    ]);
    expect(ok(await as(crm, b, LEADS)).leads.totalCount).toBe(0);
    expect(errorCodes(await as(crm, a, 'mutation($id: ID!) { deleteLead(id: $id) { deletedId } }', { id: leadA }))).toEqual(['FORBIDDEN']);
  });

  it('filters, sorts and pages leads', async () => {
    const v = member(newId(), 'EMPLOYEE');
    for (const [title, amount] of [
      ['Alpha', 500],
      ['Bravo', 100],
      ['Charlie', null],
      ['Delta', 300],
    ] as const) {
      ok(await as(crm, v, CREATE_LEAD, { input: { title, value: amount === null ? null : { amount, currency: 'USD' } } }));
    }
    const titles = async (variables: Record<string, unknown>) => {
      const out: string[] = [];
      let after: string | null = null;
      do {
        const page: any = ok(await as(crm, v, LEADS, { ...variables, first: 3, after })).leads;
        out.push(...page.edges.map((e: { node: { title: string } }) => e.node.title));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return out;
    };
    expect(await titles({ orderBy: { field: 'VALUE', direction: 'DESC' } })).toEqual(['Alpha', 'Delta', 'Bravo', 'Charlie']);
    expect(await titles({ orderBy: { field: 'TITLE', direction: 'ASC' } })).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(await titles({})).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
    expect(await titles({ filter: { search: 'del' } })).toEqual(['Delta']);
    expect(await titles({ filter: { status: 'WON' } })).toEqual([]);
  });

  it('lets managers shape pipelines: create, reorder, add, change and delete stages', async () => {
    const tenant = newId();
    const manager = member(tenant, 'MANAGER');
    const employee = member(tenant, 'EMPLOYEE');
    const CREATE = `mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id name isDefault stages { id name kind probability } } errors { field code } } }`;
    const input = { name: 'Partners', stages: [{ name: 'Intro' }, { name: 'Signed', kind: 'WON' }, { name: 'Dropped', kind: 'LOST' }] };
    expect(errorCodes(await as(crm, employee, CREATE, { input }))).toEqual(['FORBIDDEN']);
    const created = ok(await as(crm, manager, CREATE, { input })).createPipeline;
    expect(created.pipeline).toMatchObject({ name: 'Partners', isDefault: false });
    expect(created.pipeline.stages.map((s: { probability: number }) => s.probability)).toEqual([50, 100, 0]);
    const noOpen = ok(
      await as(crm, manager, CREATE, {
        input: {
          name: 'X',
          stages: [
            { name: 'Won', kind: 'WON' },
            { name: 'won', kind: 'LOST' },
          ],
        },
      }),
    ).createPipeline;
    expect(noOpen.errors).toEqual([
      { field: 'input.stages', code: 'BAD_USER_INPUT' },
      { field: 'input.stages', code: 'BAD_USER_INPUT' },
    ]);

    const pid = created.pipeline.id;
    const [intro, signed, dropped] = created.pipeline.stages.map((s: { id: string }) => s.id);
    const STAGES = 'stages { name position kind }';
    const added = ok(
      await as(
        crm,
        manager,
        `mutation($p: ID!) { addStage(pipelineId: $p, input: { name: "Demo", probability: 40 }, position: 1) { pipeline { ${STAGES} } errors { field code } } }`,
        { p: pid },
      ),
    ).addStage;
    expect(added.pipeline.stages.map((s: { name: string }) => s.name)).toEqual(['Intro', 'Demo', 'Signed', 'Dropped']);
    const demo = ok(await as(crm, manager, PIPELINES)).pipelines.find((p: { id: string }) => p.id === pid).stages[1].id;
    const reordered = ok(
      await as(
        crm,
        manager,
        `mutation($p: ID!, $ids: [ID!]!) { reorderStages(pipelineId: $p, stageIds: $ids) { pipeline { ${STAGES} } errors { field } } }`,
        { p: pid, ids: [demo, intro, signed, dropped] },
      ),
    ).reorderStages;
    expect(reordered.pipeline.stages.map((s: { name: string; position: number }) => `${s.position}:${s.name}`)).toEqual([
      '0:Demo',
      '1:Intro',
      '2:Signed',
      '3:Dropped',
    ]);
    expect(
      ok(
        await as(crm, manager, `mutation($p: ID!, $ids: [ID!]!) { reorderStages(pipelineId: $p, stageIds: $ids) { errors { field } } }`, {
          p: pid,
          ids: [demo, intro],
        }),
      ).reorderStages.errors,
    ).toEqual([{ field: 'stageIds' }]);

    // A lead in "Intro"; turning Intro into a LOST stage closes it; deleting Intro needs a target.
    const lead = ok(await as(crm, employee, CREATE_LEAD, { input: { title: 'Partner deal', stageId: intro } })).createLead.lead;
    expect(lead).toMatchObject({ status: 'OPEN', pipeline: { name: 'Partners' } });
    const UPDATE_STAGE = `mutation($id: ID!, $input: UpdateStageInput!) { updateStage(id: $id, input: $input) { errors { field code } } }`;
    expect(
      ok(await as(crm, manager, UPDATE_STAGE, { id: intro, input: { kind: 'LOST', name: 'Intro (lost)' } })).updateStage.errors,
    ).toEqual([]);
    const LEAD = 'query($id: ID!) { lead(id: $id) { status closedAt stage { name } } }';
    expect(ok(await as(crm, manager, LEAD, { id: lead.id })).lead).toMatchObject({ status: 'LOST', stage: { name: 'Intro (lost)' } });
    // Demo is now the only OPEN stage: it cannot stop being OPEN or be deleted.
    expect(ok(await as(crm, manager, UPDATE_STAGE, { id: demo, input: { kind: 'WON' } })).updateStage.errors).toEqual([
      { field: 'input.kind', code: 'BAD_USER_INPUT' },
    ]);
    const DELETE_STAGE = `mutation($id: ID!, $to: ID) { deleteStage(id: $id, moveLeadsTo: $to) { pipeline { ${STAGES} } errors { field code } } }`;
    expect(ok(await as(crm, manager, DELETE_STAGE, { id: demo })).deleteStage.errors).toEqual([{ field: 'id', code: 'BAD_USER_INPUT' }]);
    expect(ok(await as(crm, manager, DELETE_STAGE, { id: intro })).deleteStage.errors).toEqual([
      { field: 'moveLeadsTo', code: 'BAD_USER_INPUT' },
    ]);
    const deleted = ok(await as(crm, manager, DELETE_STAGE, { id: intro, to: demo })).deleteStage;
    expect(deleted.pipeline.stages.map((s: { name: string; position: number }) => `${s.position}:${s.name}`)).toEqual([
      '0:Demo',
      '1:Signed',
      '2:Dropped',
    ]);
    const after = ok(
      await as(
        crm,
        manager,
        `query($id: ID!) { lead(id: $id) { status closedAt stage { name } stageHistory { fromStage { name } fromStageName toStageName } } }`,
        { id: lead.id },
      ),
    ).lead;
    expect(after).toMatchObject({ status: 'OPEN', closedAt: null, stage: { name: 'Demo' } });
    // The history keeps the deleted stage's name.
    expect(after.stageHistory).toEqual([
      { fromStage: null, fromStageName: null, toStageName: 'Intro' },
      { fromStage: null, fromStageName: 'Intro (lost)', toStageName: 'Demo' },
    ]);

    // Making it the default moves the flag.
    const made = ok(
      await as(
        crm,
        manager,
        `mutation($id: ID!) { updatePipeline(id: $id, isDefault: true, name: "Partners") { pipeline { isDefault } errors { field } } }`,
        { id: pid },
      ),
    ).updatePipeline;
    expect(made.pipeline.isDefault).toBe(true);
    const sales = ok(await as(crm, manager, PIPELINES)).pipelines.find((p: { name: string }) => p.name === 'Sales');
    const renamed = ok(
      await as(
        crm,
        manager,
        `mutation($id: ID!) { updatePipeline(id: $id, name: " Direct sales ") { pipeline { name isDefault } errors { field } } }`,
        { id: sales.id },
      ),
    ).updatePipeline;
    expect(renamed).toEqual({ pipeline: { name: 'Direct sales', isDefault: false }, errors: [] });
    const undefault = ok(
      await as(crm, manager, `mutation($id: ID!) { updatePipeline(id: $id, isDefault: false) { errors { field } } }`, { id: pid }),
    ).updatePipeline;
    expect(undefault.errors).toEqual([{ field: 'isDefault' }]);
    ok(await as(crm, manager, `mutation($id: ID!) { updatePipeline(id: $id, name: "Sales") { errors { field } } }`, { id: sales.id }));
    const all = ok(await as(crm, manager, PIPELINES)).pipelines;
    expect(all.map((p: { name: string; isDefault: boolean }) => [p.name, p.isDefault])).toEqual([
      ['Partners', true],
      ['Sales', false],
    ]);
  });
});
