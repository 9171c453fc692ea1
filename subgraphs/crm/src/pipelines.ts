import {
  conflictError,
  fieldError,
  forTenant,
  currentTenantId,
  isUniqueViolation,
  lockRow,
  lockRows,
  notFound,
  recordEvent,
  type Em,
  type TenantViewer,
  type UserError,
  requireTenant,
} from '../../../kit';
import type { CrmDeps } from './context';
import { Lead, Pipeline, Stage, StageChange, type LeadRow, type PipelineRow, type StageKind, type StageRow } from './entities';
import type { CreatePipelineInput, StageInput, UpdateStageInput } from './generated/resolvers';
import { LIMITS, lockTenant, type Result } from './shared';

/** Pipelines and their stages, and how a lead moves between stages (history row and event). */

/** The pipeline every tenant gets the first time it needs one. */
export const DEFAULT_STAGES: { name: string; probability: number; kind: StageKind }[] = [
  { name: 'New', probability: 10, kind: 'OPEN' },
  { name: 'Qualified', probability: 30, kind: 'OPEN' },
  { name: 'Proposal', probability: 60, kind: 'OPEN' },
  { name: 'Negotiation', probability: 80, kind: 'OPEN' },
  { name: 'Won', probability: 100, kind: 'WON' },
  { name: 'Lost', probability: 0, kind: 'LOST' },
];

/** The event recorded when a lead changes stage; its owner (when someone else moved it) is notified. */
export const LEAD_MOVED_EVENT = 'crm.lead.moved';

/**
 * Locks a pipeline's row, then reads its stages at their latest version, until `tx` ends. Every
 * change to a pipeline's stages takes this lock first, so the stage cap, unique stage names, "at
 * least one OPEN stage" and the positions hold when two managers edit the same pipeline at once.
 */
async function lockPipeline(tx: Em, pipelineId: string): Promise<{ pipeline: PipelineRow; stages: StageRow[] }> {
  const pipeline = await lockRow(tx, Pipeline, { id: pipelineId });
  if (!pipeline) throw notFound('Pipeline', pipelineId);
  const stages = await lockRows(tx, Stage, { pipelineId }, { orderBy: { position: 'asc', id: 'asc' } });
  return { pipeline, stages };
}

/**
 * The tenant's default pipeline, created with {@link DEFAULT_STAGES} the first time. Created in a
 * fork of its own, so the caller's pending changes are not flushed with it; when two requests race,
 * the unique `(tenant_id, default_marker)` index keeps one and the loser reads it.
 */
export async function defaultPipeline(em: Em): Promise<PipelineRow> {
  const existing = await em.findOne(Pipeline, { defaultMarker: 'default' });
  if (existing) return existing;
  const tenantId = currentTenantId(em);
  if (!tenantId) throw new Error('defaultPipeline needs a tenant-scoped entity manager');
  const fork = forTenant(em, tenantId);
  try {
    await fork.transactional(async (tx) => {
      const pipeline = tx.create(Pipeline, { name: 'Sales', defaultMarker: 'default' });
      DEFAULT_STAGES.forEach((s, position) => tx.create(Stage, { pipelineId: pipeline.id, position, ...s }));
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return em.findOneOrFail(Pipeline, { defaultMarker: 'default' });
}

export async function pipelines(deps: CrmDeps): Promise<PipelineRow[]> {
  const { em } = deps;
  await defaultPipeline(em);
  const all = await em.find(Pipeline, {}, { orderBy: { id: 'asc' } });
  return [...all.filter((p) => p.defaultMarker), ...all.filter((p) => !p.defaultMarker)];
}

export async function stagesOf(em: Em, pipelineId: string): Promise<StageRow[]> {
  return em.find(Stage, { pipelineId }, { orderBy: { position: 'asc', id: 'asc' } });
}

function checkStage(
  errors: UserError[],
  path: string,
  input: StageInput | UpdateStageInput,
  creating: boolean,
): Partial<Pick<StageRow, 'name' | 'probability' | 'kind'>> {
  const out: Partial<Pick<StageRow, 'name' | 'probability' | 'kind'>> = {};
  if (creating || input.name != null) {
    const name = input.name?.trim() ?? '';
    if (name.length < 1 || name.length > LIMITS.stageName)
      errors.push(fieldError(`${path}.name`, `Stage name must be 1 to ${LIMITS.stageName} characters.`));
    else out.name = name;
  }
  if (input.kind != null) out.kind = input.kind;
  else if (creating) out.kind = 'OPEN';
  if (input.probability != null) {
    if (!Number.isInteger(input.probability) || input.probability < 0 || input.probability > 100) {
      errors.push(fieldError(`${path}.probability`, 'Probability must be 0 to 100.'));
    } else out.probability = input.probability;
  } else if (creating) out.probability = out.kind === 'WON' ? 100 : out.kind === 'LOST' ? 0 : 50;
  return out;
}

export async function createPipeline(deps: CrmDeps, input: CreatePipelineInput): Promise<Result<'pipeline', PipelineRow>> {
  const { em } = deps;
  const errors: UserError[] = [];
  const name = input.name.trim();
  if (name.length < 1 || name.length > LIMITS.pipelineName)
    errors.push(fieldError('input.name', `Name must be 1 to ${LIMITS.pipelineName} characters.`));
  if (input.stages.length < 1 || input.stages.length > LIMITS.stages) {
    errors.push(fieldError('input.stages', `A pipeline has 1 to ${LIMITS.stages} stages.`));
  }
  const stages = input.stages.slice(0, LIMITS.stages).map((s, i) => checkStage(errors, `input.stages[${i}]`, s, true));
  if (!errors.length) {
    const names = stages.map((s) => s.name!.toLowerCase());
    if (new Set(names).size !== names.length) errors.push(fieldError('input.stages', 'Stage names must differ (case-insensitively).'));
    if (!stages.some((s) => s.kind === 'OPEN')) errors.push(fieldError('input.stages', 'A pipeline needs at least one OPEN stage.'));
  }
  if (errors.length) return { pipeline: null, errors };
  await defaultPipeline(em);
  return em.transactional(async (tx) => {
    await lockTenant(tx);
    if ((await tx.count(Pipeline, {})) >= LIMITS.pipelines) {
      return { pipeline: null, errors: [fieldError(null, `A tenant has at most ${LIMITS.pipelines} pipelines.`)] };
    }
    if (input.isDefault) await tx.nativeUpdate(Pipeline, { defaultMarker: 'default' }, { defaultMarker: null });
    const created = tx.create(Pipeline, { name, defaultMarker: input.isDefault ? 'default' : null });
    stages.forEach((s, position) =>
      tx.create(Stage, { pipelineId: created.id, position, name: s.name!, probability: s.probability!, kind: s.kind! }),
    );
    return { pipeline: created, errors: [] };
  });
}

export async function updatePipeline(
  deps: CrmDeps,
  id: string,
  name: string | null | undefined,
  isDefault: boolean | null | undefined,
): Promise<Result<'pipeline', PipelineRow>> {
  const { em } = deps;
  const pipeline = await em.findOne(Pipeline, { id });
  if (!pipeline) throw notFound('Pipeline', id);
  if (name != null) {
    const clean = name.trim();
    if (clean.length < 1 || clean.length > LIMITS.pipelineName) {
      return { pipeline: null, errors: [fieldError('name', `Name must be 1 to ${LIMITS.pipelineName} characters.`)] };
    }
    pipeline.name = clean;
  }
  if (isDefault === false && pipeline.defaultMarker) {
    return { pipeline: null, errors: [fieldError('isDefault', 'Make another pipeline the default instead.')] };
  }
  if (isDefault && !pipeline.defaultMarker) {
    // One transaction: the old default gives the marker up before this one takes it (unique index);
    // the tenant lock puts concurrent switches (and createPipeline's) one after the other.
    await em.transactional(async (tx) => {
      await lockTenant(tx);
      await tx.nativeUpdate(Pipeline, { defaultMarker: 'default' }, { defaultMarker: null });
      (await tx.findOneOrFail(Pipeline, { id })).defaultMarker = 'default';
    });
  }
  await em.flush();
  return { pipeline, errors: [] };
}

function stageNameTaken(stages: StageRow[], name: string, exceptId?: string): boolean {
  return stages.some((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase());
}

/** The pipeline a stage belongs to, read before its lock is taken; NOT_FOUND when there is no such stage. */
async function pipelineIdOf(em: Em, stageId: string): Promise<string> {
  const stage = await em.findOne(Stage, { id: stageId });
  if (!stage) throw notFound('Stage', stageId);
  return stage.pipelineId;
}

export async function addStage(
  deps: CrmDeps,
  pipelineId: string,
  input: StageInput,
  position: number | null | undefined,
): Promise<Result<'pipeline', PipelineRow>> {
  const { em } = deps;
  return em.transactional(async (tx) => {
    const { pipeline, stages } = await lockPipeline(tx, pipelineId);
    const errors: UserError[] = [];
    const stage = checkStage(errors, 'input', input, true);
    if (stages.length >= LIMITS.stages) errors.push(fieldError(null, `A pipeline has at most ${LIMITS.stages} stages.`));
    const at = position ?? stages.length;
    if (!Number.isInteger(at) || at < 0 || at > stages.length)
      errors.push(fieldError('position', `Position must be 0 to ${stages.length}.`));
    if (!errors.length && stageNameTaken(stages, stage.name!)) {
      errors.push(conflictError('input.name', `This pipeline has a stage "${stage.name}" already.`));
    }
    if (errors.length) return { pipeline: null, errors };
    stages.forEach((s, i) => (s.position = i < at ? i : i + 1));
    tx.create(Stage, { pipelineId, position: at, name: stage.name!, probability: stage.probability!, kind: stage.kind! });
    return { pipeline, errors: [] };
  });
}

export async function updateStage(deps: CrmDeps, id: string, input: UpdateStageInput): Promise<Result<'pipeline', PipelineRow>> {
  const { em } = deps;
  const pipelineId = await pipelineIdOf(em, id);
  return em.transactional(async (tx) => {
    const { pipeline, stages } = await lockPipeline(tx, pipelineId);
    const stage = stages.find((s) => s.id === id);
    if (!stage) throw notFound('Stage', id);
    const errors: UserError[] = [];
    const patch = checkStage(errors, 'input', input, false);
    if (!errors.length && patch.name && stageNameTaken(stages, patch.name, id)) {
      errors.push(conflictError('input.name', `This pipeline has a stage "${patch.name}" already.`));
    }
    if (
      !errors.length &&
      patch.kind &&
      patch.kind !== 'OPEN' &&
      stage.kind === 'OPEN' &&
      stages.filter((s) => s.kind === 'OPEN').length === 1
    ) {
      errors.push(fieldError('input.kind', 'A pipeline needs at least one OPEN stage.'));
    }
    if (errors.length) return { pipeline: null, errors };
    const kindChanged = patch.kind !== undefined && patch.kind !== stage.kind;
    Object.assign(stage, patch);
    if (kindChanged) {
      // The leads in this stage follow its new meaning.
      await tx.nativeUpdate(Lead, { stageId: id }, { status: stage.kind });
      if (stage.kind === 'OPEN') await tx.nativeUpdate(Lead, { stageId: id }, { closedAt: null });
      else await tx.nativeUpdate(Lead, { stageId: id, closedAt: null }, { closedAt: new Date() });
    }
    return { pipeline, errors: [] };
  });
}

export async function reorderStages(deps: CrmDeps, pipelineId: string, stageIds: string[]): Promise<Result<'pipeline', PipelineRow>> {
  const { em } = deps;
  return em.transactional(async (tx) => {
    const { pipeline, stages } = await lockPipeline(tx, pipelineId);
    const ids = stageIds.map((s) => s.toLowerCase());
    const same = ids.length === stages.length && new Set(ids).size === ids.length && stages.every((s) => ids.includes(s.id));
    if (!same) return { pipeline: null, errors: [fieldError('stageIds', 'stageIds must list every stage of the pipeline exactly once.')] };
    for (const s of stages) s.position = ids.indexOf(s.id);
    return { pipeline, errors: [] };
  });
}

export async function deleteStage(
  deps: CrmDeps,
  id: string,
  moveLeadsTo: string | null | undefined,
): Promise<Result<'pipeline', PipelineRow>> {
  const { em } = deps;
  const viewer = requireTenant(deps.viewer);
  const pipelineId = await pipelineIdOf(em, id);
  return em.transactional(async (tx) => {
    const { pipeline, stages } = await lockPipeline(tx, pipelineId);
    const stage = stages.find((s) => s.id === id);
    if (!stage) throw notFound('Stage', id);
    if (stage.kind === 'OPEN' && stages.filter((s) => s.kind === 'OPEN').length === 1) {
      return { pipeline: null, errors: [fieldError('id', 'A pipeline needs at least one OPEN stage.')] };
    }
    // Locked too: a lead that moveLead or createLead puts in this stage meanwhile is either seen here or refused there.
    const leads = await lockRows(tx, Lead, { stageId: id });
    let target: StageRow | undefined;
    if (leads.length) {
      target = stages.find((s) => s.id === moveLeadsTo?.toLowerCase() && s.id !== id);
      if (!target) {
        return {
          pipeline: null,
          errors: [
            fieldError(
              'moveLeadsTo',
              `${leads.length} lead(s) are in this stage: name another stage of the same pipeline to move them to.`,
            ),
          ],
        };
      }
    }
    for (const lead of leads) applyMove(tx, viewer, lead, stage, target!);
    tx.remove(stage);
    stages.filter((s) => s.id !== id).forEach((s, i) => (s.position = i));
    return { pipeline, errors: [] };
  });
}

/** Puts a lead in `to`, with its status, closing time and a history row; records the move event. */
export function applyMove(em: Em, viewer: TenantViewer, lead: LeadRow, from: StageRow | null, to: StageRow): void {
  const wasClosed = lead.status !== 'OPEN';
  lead.stageId = to.id;
  lead.pipelineId = to.pipelineId;
  lead.status = to.kind;
  if (to.kind === 'OPEN') lead.closedAt = null;
  else if (!wasClosed || !lead.closedAt) lead.closedAt = new Date();
  em.create(StageChange, {
    leadId: lead.id,
    fromStageId: from?.id ?? null,
    fromStageName: from?.name ?? null,
    toStageId: to.id,
    toStageName: to.name,
    changedByUserId: viewer.userId,
  });
  const recipients = lead.ownerUserId && lead.ownerUserId !== viewer.userId ? [lead.ownerUserId] : [];
  recordEvent(
    em,
    LEAD_MOVED_EVENT,
    {
      leadId: lead.id,
      title: `Lead moved to ${to.name}`,
      body: lead.title,
      fromStage: from?.name ?? null,
      toStage: to.name,
      status: to.kind,
      actorId: viewer.userId,
      recipientIds: recipients,
    },
    { tenantId: viewer.tenantId },
  );
}
