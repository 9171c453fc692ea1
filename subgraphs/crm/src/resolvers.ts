import { DateTimeScalar, requireTenant, type TenantRole } from '../../../kit';
import type { CrmContext } from './context';
import { sortDefinitions, viewCustomFields } from './custom-fields';
import type { CustomFieldEntity, CustomFieldValues, StageRow } from './entities';
import type { Resolvers } from './generated/resolvers';
import * as companies from './companies';
import * as contacts from './contacts';
import * as customFields from './custom-fields';
import { importContacts } from './import';
import * as leads from './leads';
import * as pipelines from './pipelines';
import { isUuid } from './text';

/** The viewer acting in its tenant with at least `role` (UNAUTHENTICATED / FORBIDDEN otherwise). */
const member = (ctx: CrmContext, role: TenantRole = 'EMPLOYEE') => requireTenant(ctx.viewer, role);

/** Loads by id through a loader; ids that are not UUIDs cannot exist, so they cost no query. */
function byId<T>(load: (id: string) => Promise<T | null>, id: string): Promise<T | null> {
  return isUuid(id) ? load(id.toLowerCase()) : Promise.resolve(null);
}

async function customFieldsOf(ctx: CrmContext, entity: CustomFieldEntity, values: CustomFieldValues) {
  return viewCustomFields(await ctx.loaders.definitionsByEntity.load(entity), values);
}

async function orderedStages(ctx: CrmContext, pipelineId: string): Promise<StageRow[]> {
  const stages = await ctx.loaders.stagesByPipeline.load(pipelineId);
  return [...stages].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/**
 * Thin resolvers: check the viewer's tenant role, translate arguments, call the service. Reads of
 * related records go through the request's loaders, so a page costs the same statements whatever
 * its size; `__resolveReference` does too, and sees only the request's tenant.
 */
export function createResolvers(): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      contact: (_, { id }, ctx) => (member(ctx), byId((k) => ctx.loaders.contactById.load(k), id)),
      contacts: (_, args, ctx) => (member(ctx), contacts.listContacts(ctx.em, args)),
      company: (_, { id }, ctx) => (member(ctx), byId((k) => ctx.loaders.companyById.load(k), id)),
      companies: (_, args, ctx) => (member(ctx), companies.listCompanies(ctx.em, args)),
      lead: (_, { id }, ctx) => (member(ctx), byId((k) => ctx.loaders.leadById.load(k), id)),
      leads: (_, args, ctx) => (member(ctx), leads.listLeads(ctx.em, args)),
      pipeline: (_, { id }, ctx) => (member(ctx), byId((k) => ctx.loaders.pipelineById.load(k), id)),
      pipelines: (_, __, ctx) => (member(ctx), pipelines.pipelines(ctx.em)),
      customFieldDefinitions: (_, { entity }, ctx) => (member(ctx), customFields.definitions(ctx.em, entity)),
    },
    Mutation: {
      createContact: (_, { input }, ctx) => (member(ctx), contacts.createContact(ctx.em, input)),
      updateContact: (_, { id, input }, ctx) => (member(ctx), contacts.updateContact(ctx.em, id, input)),
      deleteContact: (_, { id }, ctx) => (member(ctx, 'MANAGER'), contacts.deleteContact(ctx.em, id)),
      importContacts: async (_, { csv, options }, ctx) => {
        member(ctx);
        if (options?.onDuplicate === 'UPDATE' && !options.dryRun) {
          // Overwriting existing contacts in bulk is a manager's call; skipping them is anyone's.
          member(ctx, 'MANAGER');
        }
        const defs = sortDefinitions(await ctx.loaders.definitionsByEntity.load('CONTACT'));
        return importContacts(ctx.em, csv, options ?? {}, defs);
      },
      createCompany: (_, { input }, ctx) => (member(ctx), companies.createCompany(ctx.em, input)),
      updateCompany: (_, { id, input }, ctx) => (member(ctx), companies.updateCompany(ctx.em, id, input)),
      deleteCompany: (_, { id }, ctx) => (member(ctx, 'MANAGER'), companies.deleteCompany(ctx.em, id)),
      createLead: (_, { input }, ctx) => leads.createLead(ctx.em, member(ctx), input),
      updateLead: (_, { id, input }, ctx) => (member(ctx), leads.updateLead(ctx.em, id, input)),
      moveLead: (_, { id, stageId }, ctx) => leads.moveLead(ctx.em, member(ctx), id, stageId),
      deleteLead: (_, { id }, ctx) => (member(ctx, 'MANAGER'), leads.deleteLead(ctx.em, id)),
      createPipeline: (_, { input }, ctx) => (member(ctx, 'MANAGER'), pipelines.createPipeline(ctx.em, input)),
      updatePipeline: (_, { id, name, isDefault }, ctx) => (member(ctx, 'MANAGER'), pipelines.updatePipeline(ctx.em, id, name, isDefault)),
      addStage: (_, { pipelineId, input, position }, ctx) => (member(ctx, 'MANAGER'), pipelines.addStage(ctx.em, pipelineId, input, position)),
      updateStage: (_, { id, input }, ctx) => (member(ctx, 'MANAGER'), pipelines.updateStage(ctx.em, id, input)),
      reorderStages: (_, { pipelineId, stageIds }, ctx) => (member(ctx, 'MANAGER'), pipelines.reorderStages(ctx.em, pipelineId, stageIds)),
      deleteStage: (_, { id, moveLeadsTo }, ctx) => pipelines.deleteStage(ctx.em, member(ctx, 'MANAGER'), id, moveLeadsTo),
      defineCustomField: (_, { input }, ctx) => (member(ctx, 'MANAGER'), customFields.defineCustomField(ctx.em, input)),
      updateCustomField: (_, { id, input }, ctx) => (member(ctx, 'MANAGER'), customFields.updateCustomField(ctx.em, id, input)),
      deleteCustomField: (_, { id }, ctx) => (member(ctx, 'MANAGER'), customFields.deleteCustomField(ctx.em, id)),
    },
    Contact: {
      __resolveReference: (ref, ctx) => (member(ctx), byId((k) => ctx.loaders.contactById.load(k), ref.id)),
      displayName: (c) => contacts.contactDisplayName(c),
      company: (c, _, ctx) => (c.companyId ? ctx.loaders.companyById.load(c.companyId) : null),
      owner: (c) => (c.ownerUserId ? { id: c.ownerUserId } : null),
      customFields: (c, _, ctx) => customFieldsOf(ctx, 'CONTACT', c.customFields),
      leads: (c, args, ctx) => leads.listLeads(ctx.em, args, { contactId: c.id }),
    },
    Company: {
      __resolveReference: (ref, ctx) => (member(ctx), byId((k) => ctx.loaders.companyById.load(k), ref.id)),
      owner: (c) => (c.ownerUserId ? { id: c.ownerUserId } : null),
      customFields: (c, _, ctx) => customFieldsOf(ctx, 'COMPANY', c.customFields),
      contactCount: (c, _, ctx) => ctx.loaders.contactCountByCompany.load(c.id),
      contacts: (c, args, ctx) => contacts.listContacts(ctx.em, { ...args, filter: null }, { companyId: c.id }),
      leads: (c, args, ctx) => leads.listLeads(ctx.em, args, { companyId: c.id }),
    },
    Lead: {
      __resolveReference: (ref, ctx) => (member(ctx), byId((k) => ctx.loaders.leadById.load(k), ref.id)),
      value: (l) => (l.amount != null && l.currency ? { amount: l.amount, currency: l.currency } : null),
      stage: async (l, _, ctx) => (await ctx.loaders.stageById.load(l.stageId))!,
      pipeline: async (l, _, ctx) => (await ctx.loaders.pipelineById.load(l.pipelineId))!,
      contact: (l, _, ctx) => (l.contactId ? ctx.loaders.contactById.load(l.contactId) : null),
      company: (l, _, ctx) => (l.companyId ? ctx.loaders.companyById.load(l.companyId) : null),
      owner: (l) => (l.ownerUserId ? { id: l.ownerUserId } : null),
      customFields: (l, _, ctx) => customFieldsOf(ctx, 'LEAD', l.customFields),
      stageHistory: async (l, _, ctx) => {
        const rows = await ctx.loaders.historyByLead.load(l.id);
        return [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
      },
    },
    StageChange: {
      fromStage: (s, _, ctx) => (s.fromStageId ? ctx.loaders.stageById.load(s.fromStageId) : null),
      toStage: (s, _, ctx) => ctx.loaders.stageById.load(s.toStageId),
      changedBy: (s) => ({ id: s.changedByUserId }),
      changedAt: (s) => s.createdAt,
    },
    Pipeline: {
      __resolveReference: (ref, ctx) => (member(ctx), byId((k) => ctx.loaders.pipelineById.load(k), ref.id)),
      isDefault: (p) => p.defaultMarker === 'default',
      stages: (p, _, ctx) => orderedStages(ctx, p.id),
    },
    Stage: {
      __resolveReference: (ref, ctx) => (member(ctx), byId((k) => ctx.loaders.stageById.load(k), ref.id)),
      pipeline: async (s, _, ctx) => (await ctx.loaders.pipelineById.load(s.pipelineId))!,
    },
    CustomFieldDefinition: {
      __resolveReference: (ref, ctx) => (member(ctx), byId((k) => ctx.loaders.definitionById.load(k), ref.id)),
      entity: (d) => d.entity,
    },
    User: {},
  };
}

