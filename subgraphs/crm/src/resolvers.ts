import { DateTimeScalar, isUuid } from '../../../kit';
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
 * Thin resolvers: translate arguments and delegate to the aggregate modules. Who may call what is
 * declared once, in schema.graphql (`@requiresScopes`, enforced by the kit); the tenant scoping of
 * every read and write is the kit's ORM filter, so `__resolveReference` sees only the request's
 * tenant (FORBIDDEN without one). Reads of related records go through the request's loaders, so a
 * page costs the same statements whatever its size.
 */
export function createResolvers(): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      contact: (_, { id }, ctx) => byId((k) => ctx.loaders.contactById.load(k), id),
      contacts: (_, args, ctx) => contacts.listContacts(ctx.deps, args),
      company: (_, { id }, ctx) => byId((k) => ctx.loaders.companyById.load(k), id),
      companies: (_, args, ctx) => companies.listCompanies(ctx.deps, args),
      lead: (_, { id }, ctx) => byId((k) => ctx.loaders.leadById.load(k), id),
      leads: (_, args, ctx) => leads.listLeads(ctx.deps, args),
      pipeline: (_, { id }, ctx) => byId((k) => ctx.loaders.pipelineById.load(k), id),
      pipelines: (_, __, ctx) => pipelines.pipelines(ctx.deps),
      customFieldDefinitions: (_, { entity }, ctx) => customFields.definitions(ctx.deps, entity),
    },
    Mutation: {
      createContact: (_, { input }, ctx) => contacts.createContact(ctx.deps, input),
      updateContact: (_, { id, input }, ctx) => contacts.updateContact(ctx.deps, id, input),
      deleteContact: (_, { id }, ctx) => contacts.deleteContact(ctx.deps, id),
      importContacts: async (_, { csv, options }, ctx) => {
        const defs = sortDefinitions(await ctx.loaders.definitionsByEntity.load('CONTACT'));
        return importContacts(ctx.deps, csv, options ?? {}, defs);
      },
      createCompany: (_, { input }, ctx) => companies.createCompany(ctx.deps, input),
      updateCompany: (_, { id, input }, ctx) => companies.updateCompany(ctx.deps, id, input),
      deleteCompany: (_, { id }, ctx) => companies.deleteCompany(ctx.deps, id),
      createLead: (_, { input }, ctx) => leads.createLead(ctx.deps, input),
      updateLead: (_, { id, input }, ctx) => leads.updateLead(ctx.deps, id, input),
      moveLead: (_, { id, stageId }, ctx) => leads.moveLead(ctx.deps, id, stageId),
      deleteLead: (_, { id }, ctx) => leads.deleteLead(ctx.deps, id),
      createPipeline: (_, { input }, ctx) => pipelines.createPipeline(ctx.deps, input),
      updatePipeline: (_, { id, name, isDefault }, ctx) => pipelines.updatePipeline(ctx.deps, id, name, isDefault),
      addStage: (_, { pipelineId, input, position }, ctx) => pipelines.addStage(ctx.deps, pipelineId, input, position),
      updateStage: (_, { id, input }, ctx) => pipelines.updateStage(ctx.deps, id, input),
      reorderStages: (_, { pipelineId, stageIds }, ctx) => pipelines.reorderStages(ctx.deps, pipelineId, stageIds),
      deleteStage: (_, { id, moveLeadsTo }, ctx) => pipelines.deleteStage(ctx.deps, id, moveLeadsTo),
      defineCustomField: (_, { input }, ctx) => customFields.defineCustomField(ctx.deps, input),
      updateCustomField: (_, { id, input }, ctx) => customFields.updateCustomField(ctx.deps, id, input),
      deleteCustomField: (_, { id }, ctx) => customFields.deleteCustomField(ctx.deps, id),
    },
    Contact: {
      __resolveReference: (ref, ctx) => byId((k) => ctx.loaders.contactById.load(k), ref.id),
      displayName: (c) => contacts.contactDisplayName(c),
      company: (c, _, ctx) => (c.companyId ? ctx.loaders.companyById.load(c.companyId) : null),
      owner: (c) => (c.ownerUserId ? { id: c.ownerUserId } : null),
      customFields: (c, _, ctx) => customFieldsOf(ctx, 'CONTACT', c.customFields),
      leads: (c, args, ctx) => ctx.loaders.leadsByContact.load(c.id, args, leads.leadOrder(args.orderBy)),
    },
    Company: {
      __resolveReference: (ref, ctx) => byId((k) => ctx.loaders.companyById.load(k), ref.id),
      owner: (c) => (c.ownerUserId ? { id: c.ownerUserId } : null),
      customFields: (c, _, ctx) => customFieldsOf(ctx, 'COMPANY', c.customFields),
      contactCount: (c, _, ctx) => ctx.loaders.contactCountByCompany.load(c.id),
      contacts: (c, args, ctx) => ctx.loaders.contactsByCompany.load(c.id, args, contacts.contactOrder(args.orderBy)),
      leads: (c, args, ctx) => ctx.loaders.leadsByCompany.load(c.id, args, leads.leadOrder(args.orderBy)),
    },
    Lead: {
      __resolveReference: (ref, ctx) => byId((k) => ctx.loaders.leadById.load(k), ref.id),
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
      __resolveReference: (ref, ctx) => byId((k) => ctx.loaders.pipelineById.load(k), ref.id),
      isDefault: (p) => p.defaultMarker === 'default',
      stages: (p, _, ctx) => orderedStages(ctx, p.id),
    },
    Stage: {
      __resolveReference: (ref, ctx) => byId((k) => ctx.loaders.stageById.load(k), ref.id),
      pipeline: async (s, _, ctx) => (await ctx.loaders.pipelineById.load(s.pipelineId))!,
    },
    CustomFieldDefinition: {
      __resolveReference: (ref, ctx) => byId((k) => ctx.loaders.definitionById.load(k), ref.id),
      entity: (d) => d.entity,
    },
    User: {},
  };
}
