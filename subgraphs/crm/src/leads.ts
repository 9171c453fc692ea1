import { type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import {
  fieldError,
  lockRow,
  notFound,
  paginate,
  totalOrder,
  type Connection,
  type UserError,
  requireTenant,
  isIsoDate,
  isUuid,
  searchCondition,
  searchText,
  sortKey,
} from '../../../kit';
import type { CrmDeps } from './context';
import { applyCustomFields, definitions } from './custom-fields';
import { Lead, Stage, StageChange, type LeadRow, type StageRow } from './entities';
import type { CreateLeadInput, LeadFilter, LeadOrder, UpdateLeadInput } from './generated/resolvers';
import { applyMove, defaultPipeline, stagesOf } from './pipelines';
import { companyRef, contactRef, createdRange, LIMITS, userId, type DeleteResult, type ListArgs, type Result } from './shared';

/** Leads: deals moving through a pipeline's stages. */

const CURRENCY = /^[A-Z]{3}$/;
const MAX_AMOUNT = 2_147_483_647;

function indexLead(l: LeadRow): void {
  l.sortKey = sortKey(l.title, 200);
  l.sortAmount = l.amount ?? 0;
  l.searchText = searchText([l.title]);
}

const LEAD_ORDER = { TITLE: 'sortKey', VALUE: 'sortAmount', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** The total order of a lead list (default CREATED_AT DESC); ties broken by id. */
export function leadOrder(o: LeadOrder | null | undefined): QueryOrderMap<LeadRow> {
  const chosen = o ?? { field: 'CREATED_AT', direction: 'DESC' };
  return totalOrder<LeadRow>(LEAD_ORDER[chosen.field], chosen.direction);
}

function checkLead(input: CreateLeadInput | UpdateLeadInput, creating: boolean) {
  const errors: UserError[] = [];
  const fields: Partial<Pick<LeadRow, 'title' | 'amount' | 'currency' | 'ownerUserId' | 'expectedCloseDate'>> = {};
  if (creating || input.title !== undefined) {
    const title = input.title?.trim() ?? '';
    if (!title) errors.push(fieldError('input.title', 'Title is required.'));
    else if (title.length > LIMITS.leadTitle)
      errors.push(fieldError('input.title', `Title must be at most ${LIMITS.leadTitle} characters.`));
    else fields.title = title;
  }
  if (input.value !== undefined) {
    if (input.value === null) {
      fields.amount = null;
      fields.currency = null;
    } else {
      const currency = input.value.currency.trim().toUpperCase();
      if (!Number.isInteger(input.value.amount) || input.value.amount < 0 || input.value.amount > MAX_AMOUNT) {
        errors.push(fieldError('input.value.amount', 'Amount must be 0 to 2,147,483,647 minor units.'));
      } else if (!CURRENCY.test(currency)) {
        errors.push(fieldError('input.value.currency', 'Currency must be an ISO 4217 code such as EUR.'));
      } else {
        fields.amount = input.value.amount;
        fields.currency = currency;
      }
    }
  }
  const owner = userId(errors, 'input.ownerUserId', input.ownerUserId);
  if (owner !== undefined) fields.ownerUserId = owner;
  if (input.expectedCloseDate !== undefined) {
    const date = input.expectedCloseDate?.trim() || null;
    if (date !== null && !isIsoDate(date))
      errors.push(fieldError('input.expectedCloseDate', 'Expected close date must be a date written YYYY-MM-DD.'));
    else fields.expectedCloseDate = date;
  }
  return { fields, errors };
}

export async function createLead(deps: CrmDeps, input: CreateLeadInput): Promise<Result<'lead', LeadRow>> {
  const { em } = deps;
  const viewer = requireTenant(deps.viewer);
  const { fields, errors } = checkLead(input, true);
  const company = await companyRef(em, input.companyId, 'input.companyId');
  const contact = await contactRef(em, input.contactId, 'input.contactId');
  for (const e of [company.error, contact.error]) if (e) errors.push(e);
  let stage: StageRow | null = null;
  if (input.stageId != null) {
    stage = isUuid(input.stageId) ? await em.findOne(Stage, { id: input.stageId.toLowerCase() }) : null;
    if (!stage) errors.push(fieldError('input.stageId', 'There is no such stage.'));
  }
  const custom = applyCustomFields(await definitions(deps, 'LEAD'), {}, input.customFields, 'input.customFields');
  errors.push(...custom.errors);
  if (errors.length) return { lead: null, errors };
  if (!stage) {
    const pipeline = await defaultPipeline(em);
    const stages = await stagesOf(em, pipeline.id);
    stage = stages.find((s) => s.kind === 'OPEN') ?? stages[0] ?? null;
  }
  const chosen = stage;
  if (!chosen) return { lead: null, errors: [fieldError('input.stageId', 'The default pipeline has no stage.')] };
  return em.transactional(async (tx) => {
    // A shared lock on the stage, which deleteStage and updateStage take exclusively: the lead never
    // lands in a stage deleted meanwhile, and its status is the stage's kind as committed.
    const into = await lockRow(tx, Stage, { id: chosen.id }, { shared: true });
    if (!into) return { lead: null, errors: [fieldError('input.stageId', 'There is no such stage.')] };
    const lead = tx.create(Lead, {
      title: fields.title!,
      amount: fields.amount ?? null,
      currency: fields.currency ?? null,
      sortAmount: 0,
      pipelineId: into.pipelineId,
      stageId: into.id,
      status: into.kind,
      contactId: contact.contact?.id ?? null,
      // A lead with a contact and no company is with the contact's company.
      companyId: company.company?.id ?? contact.contact?.companyId ?? null,
      ownerUserId: fields.ownerUserId === undefined ? viewer.userId : fields.ownerUserId,
      expectedCloseDate: fields.expectedCloseDate ?? null,
      closedAt: into.kind === 'OPEN' ? null : new Date(),
      customFields: custom.values,
      sortKey: '',
      searchText: '',
    });
    indexLead(lead);
    tx.create(StageChange, {
      leadId: lead.id,
      fromStageId: null,
      fromStageName: null,
      toStageId: into.id,
      toStageName: into.name,
      changedByUserId: viewer.userId,
    });
    return { lead, errors: [] };
  });
}

export async function updateLead(deps: CrmDeps, id: string, input: UpdateLeadInput): Promise<Result<'lead', LeadRow>> {
  const { em } = deps;
  const lead = await em.findOne(Lead, { id });
  if (!lead) throw notFound('Lead', id);
  const { fields, errors } = checkLead(input, false);
  const company = await companyRef(em, input.companyId, 'input.companyId');
  const contact = await contactRef(em, input.contactId, 'input.contactId');
  for (const e of [company.error, contact.error]) if (e) errors.push(e);
  const custom = applyCustomFields(await definitions(deps, 'LEAD'), lead.customFields, input.customFields, 'input.customFields');
  errors.push(...custom.errors);
  if (errors.length) return { lead: null, errors };
  Object.assign(lead, fields);
  if (company.company !== undefined) lead.companyId = company.company?.id ?? null;
  if (contact.contact !== undefined) lead.contactId = contact.contact?.id ?? null;
  lead.customFields = custom.values;
  indexLead(lead);
  await em.flush();
  return { lead, errors: [] };
}

export async function moveLead(deps: CrmDeps, id: string, stageId: string): Promise<Result<'lead', LeadRow>> {
  const { em } = deps;
  const viewer = requireTenant(deps.viewer);
  return em.transactional(async (tx) => {
    // The stage (shared, as in createLead), then the lead: the order deleteStage locks them in.
    const to = isUuid(stageId) ? await lockRow(tx, Stage, { id: stageId.toLowerCase() }, { shared: true }) : null;
    const lead = await lockRow(tx, Lead, { id });
    if (!lead) throw notFound('Lead', id);
    if (!to) return { lead: null, errors: [fieldError('stageId', 'There is no such stage.')] };
    if (to.id === lead.stageId) return { lead, errors: [] };
    const from = await tx.findOne(Stage, { id: lead.stageId });
    applyMove(tx, viewer, lead, from, to);
    return { lead, errors: [] };
  });
}

export async function deleteLead(deps: CrmDeps, id: string): Promise<DeleteResult> {
  const { em } = deps;
  const lead = await em.findOne(Lead, { id });
  if (!lead) throw notFound('Lead', id);
  await em.transactional(async (tx) => {
    await tx.nativeDelete(StageChange, { leadId: id });
    tx.remove(await tx.findOneOrFail(Lead, { id }));
  });
  return { deletedId: id, errors: [] };
}

/** The tenant's leads (`Query.leads`), filtered and sorted; cursors are of this list only (a parent's leads go through the loaders). */
export function listLeads(deps: CrmDeps, args: ListArgs<LeadFilter, LeadOrder>): Promise<Connection<LeadRow>> {
  const { em } = deps;
  const where: Record<string, unknown> = {};
  const filter = args.filter ?? {};
  if (filter.search != null) where.$and = [searchCondition(em, filter.search)];
  for (const key of ['pipelineId', 'stageId', 'contactId', 'companyId', 'ownerUserId'] as const) {
    const value = filter[key];
    if (value != null) where[key] = value.toLowerCase();
  }
  if (filter.status) where.status = filter.status;
  createdRange(where, filter.createdAfter, filter.createdBefore);
  return paginate(em, Lead, where as FilterQuery<LeadRow>, args, leadOrder(args.orderBy), { list: 'Query.leads' });
}
