import { forTenant, newId, type RunningSubgraph, type Viewer } from '../../../kit';
import type { GraphQLResponse } from '../../../test/helpers/graphql';
import { MAX_DEFINITIONS_PER_ENTITY } from '../src/custom-fields';
import { CustomFieldDefinition, Lead, Pipeline, Stage } from '../src/entities';
import { LIMITS } from '../src/shared';
import { as, member, ok, startCrm } from './helpers';

const CREATE_PIPELINE =
  'mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id stages { id } } errors { field code } } }';
const ADD_STAGE = 'mutation($p: ID!, $input: StageInput!) { addStage(pipelineId: $p, input: $input) { errors { field code } } }';
const UPDATE_STAGE = 'mutation($id: ID!, $input: UpdateStageInput!) { updateStage(id: $id, input: $input) { errors { field code } } }';
const DELETE_STAGE = 'mutation($id: ID!, $to: ID) { deleteStage(id: $id, moveLeadsTo: $to) { errors { field code } } }';
const DEFINE = 'mutation($input: DefineCustomFieldInput!) { defineCustomField(input: $input) { errors { field code } } }';
const CREATE_LEAD = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { field code } } }';
const MOVE_LEAD = 'mutation($id: ID!, $stageId: ID!) { moveLead(id: $id, stageId: $stageId) { errors { field code } } }';

const ROUNDS = 4;

/** The payload's errors; a GraphQL error (500, NOT_FOUND, …) fails the test with the response. */
function payloadErrors(res: GraphQLResponse): { field: string | null; code: string }[] {
  const data = ok(res);
  return (Object.values(data)[0] as { errors: { field: string | null; code: string }[] }).errors;
}

const wins = (results: GraphQLResponse[]) => results.filter((res) => payloadErrors(res).length === 0).length;

/*
 * Check-then-act races in crm (issue 10, item 6): caps and "unique per pipeline" rules are checked
 * by reading, then written, so each is fired many times at once against a real crm subgraph (SQLite,
 * or MariaDB with MYSQL_URL, where requests run in parallel on a pool), then the rows are counted.
 */
describe('crm: concurrent changes keep caps and stage rules', () => {
  let crm: RunningSubgraph;
  beforeAll(async () => {
    crm = await startCrm();
  });

  const rows = (tenantId: string) => forTenant(crm.orm.em, tenantId);
  const newPipeline = async (v: Viewer, stages: Record<string, unknown>[]): Promise<{ id: string; stages: string[] }> => {
    const created = ok(await as(crm, v, CREATE_PIPELINE, { input: { name: `P ${newId()}`, stages } })).createPipeline;
    expect(created.errors).toEqual([]);
    return { id: created.pipeline.id, stages: created.pipeline.stages.map((s: { id: string }) => s.id) };
  };

  it(`never lets a tenant have more than ${LIMITS.pipelines} pipelines`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const v = member(newId());
      const results = await Promise.all(
        Array.from({ length: LIMITS.pipelines + 5 }, (_, i) =>
          as(crm, v, CREATE_PIPELINE, { input: { name: `P${i}`, stages: [{ name: 'Open' }] } }),
        ),
      );
      // The default pipeline is made on first use and counts.
      expect({ round, pipelines: await rows(v.tenantId!).count(Pipeline, {}) }).toEqual({ round, pipelines: LIMITS.pipelines });
      expect({ round, wins: wins(results) }).toEqual({ round, wins: LIMITS.pipelines - 1 });
    }
  });

  it(`never lets a tenant define more than ${MAX_DEFINITIONS_PER_ENTITY} custom fields of a kind, nor one key twice`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const v = member(newId());
      const define = (key: string) => as(crm, v, DEFINE, { input: { entity: 'LEAD', key, label: key, type: 'TEXT' } });
      const results = await Promise.all([
        ...Array.from({ length: MAX_DEFINITIONS_PER_ENTITY + 8 }, (_, i) => define(`f${i}`)),
        ...Array.from({ length: 4 }, () => define('f0')),
      ]);
      const count = await rows(v.tenantId!).count(CustomFieldDefinition, { entity: 'LEAD' });
      expect({ round, count }).toEqual({ round, count: MAX_DEFINITIONS_PER_ENTITY });
      expect({ round, wins: wins(results) }).toEqual({ round, wins: MAX_DEFINITIONS_PER_ENTITY });
    }
  });

  it(`never lets a pipeline have more than ${LIMITS.stages} stages, two stages of one name, or gaps in positions`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const v = member(newId());
      const pipeline = await newPipeline(v, [{ name: 'First' }]);
      const add = (name: string) => as(crm, v, ADD_STAGE, { p: pipeline.id, input: { name } });
      const results = await Promise.all([
        ...Array.from({ length: LIMITS.stages + 5 }, (_, i) => add(`Stage ${i}`)),
        ...['first', 'FIRST', 'First '].map(add),
      ]);
      const stages = await rows(v.tenantId!).find(Stage, { pipelineId: pipeline.id }, { orderBy: { position: 'asc' } });
      expect({ round, stages: stages.length }).toEqual({ round, stages: LIMITS.stages });
      expect(new Set(stages.map((s) => s.name.toLowerCase())).size).toBe(stages.length);
      expect(stages.map((s) => s.position)).toEqual(stages.map((_, i) => i));
      expect({ round, wins: wins(results) }).toEqual({ round, wins: LIMITS.stages - 1 });
    }
  });

  it('never gives two stages of a pipeline one name when they are renamed at once', async () => {
    for (let round = 0; round < ROUNDS * 2; round++) {
      const v = member(newId());
      const pipeline = await newPipeline(v, [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }]);
      const results = await Promise.all(
        pipeline.stages.map((id, i) => as(crm, v, UPDATE_STAGE, { id, input: { name: i % 2 ? 'Demo' : 'DEMO' } })),
      );
      expect({ round, wins: wins(results) }).toEqual({ round, wins: 1 });
      const names = (await rows(v.tenantId!).find(Stage, { pipelineId: pipeline.id })).map((s) => s.name.toLowerCase());
      expect(names.filter((n) => n === 'demo')).toHaveLength(1);
    }
  });

  it('never leaves a pipeline without an OPEN stage when its open stages are deleted or closed at once', async () => {
    for (let round = 0; round < ROUNDS * 2; round++) {
      const v = member(newId());
      const pipeline = await newPipeline(v, [{ name: 'A' }, { name: 'B' }, { name: 'Won', kind: 'WON' }]);
      const [a, b] = pipeline.stages;
      const results = await Promise.all(
        round % 2
          ? [as(crm, v, DELETE_STAGE, { id: a }), as(crm, v, DELETE_STAGE, { id: b })]
          : [as(crm, v, UPDATE_STAGE, { id: a, input: { kind: 'WON' } }), as(crm, v, DELETE_STAGE, { id: b })],
      );
      expect({ round, wins: wins(results) }).toEqual({ round, wins: 1 });
      expect(await rows(v.tenantId!).count(Stage, { pipelineId: pipeline.id, kind: 'OPEN' })).toBe(1);
    }
  });

  it('never leaves a lead in a deleted stage, nor with a status its stage does not have', async () => {
    for (let round = 0; round < ROUNDS * 2; round++) {
      const v = member(newId());
      const pipeline = await newPipeline(v, [{ name: 'A' }, { name: 'B' }, { name: 'C' }]);
      const [a, b, c] = pipeline.stages;
      const seeded = ok(await as(crm, v, CREATE_LEAD, { input: { title: 'Seed', stageId: b } })).createLead.lead.id;
      await Promise.all([
        as(crm, v, DELETE_STAGE, { id: a, to: c }),
        as(crm, v, UPDATE_STAGE, { id: c, input: { kind: 'LOST' } }),
        ...Array.from({ length: 4 }, (_, i) => as(crm, v, CREATE_LEAD, { input: { title: `L${i}`, stageId: a } })),
        as(crm, v, MOVE_LEAD, { id: seeded, stageId: a }),
      ]).then((results) => results.forEach(payloadErrors));
      const em = rows(v.tenantId!);
      const stages = new Map((await em.find(Stage, { pipelineId: pipeline.id })).map((s) => [s.id, s.kind]));
      for (const lead of await em.find(Lead, { pipelineId: pipeline.id })) {
        expect({ round, lead: lead.title, stage: stages.has(lead.stageId), status: lead.status }).toEqual({
          round,
          lead: lead.title,
          stage: true,
          status: stages.get(lead.stageId),
        });
      }
    }
  });
});
