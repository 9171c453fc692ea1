import { DateTimeScalar, requireTenant } from '../../../kit';
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

/**
 * The viewer as a {@link TenantViewer}, for services that record who acted. Not an authorization check:
 * schema.graphql's `@requiresScopes` (enforced by the kit before any resolver runs) has already
 * required a member of the request's tenant; this only narrows the type.
 */
const actor = (ctx: CrmContext) => requireTenant(ctx.viewer);

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
      contacts: (_, args, ctx) => contacts.listContacts(ctx.em, args),
      company: (_, { id }, ctx) => byId((k) => ctx.loaders.companyById.load(k), id),
      companies: (_, args, ctx) => companies.listCompanies(ctx.em, args),
      lead: (_, { id }, ctx) => byId((k) => ctx.loaders.leadById.load(k), id),
      leads: (_, args, ctx) => leads.listLeads(ctx.em, args),
      pipeline: (_, { id }, ctx) => byId((k) => ctx.loaders.pipelineById.load(k), id),
      pipelines: (_, __, ctx) => pipelines.pipelines(ctx.em),
      customFieldDefinitions: (_, { entity }, ctx) => customFields.definitions(ctx.em, entity),
    },
    Mutation: {
      createContact: (_, { input }, ctx) => contacts.createContact(ctx.em, input),
      updateContact: (_, { id, input }, ctx) => contacts.updateContact(ctx.em, id, input),
      deleteContact: (_, { id }, ctx) => contacts.deleteContact(ctx.em, id),
      importContacts: async (_, { csv, options }, ctx) => {
        const defs = sortDefinitions(await ctx.loaders.definitionsByEntity.load('CONTACT'));
        return importContacts(ctx.em, actor(ctx), csv, options ?? {}, defs);
      },
      createCompany: (_, { input }, ctx) => companies.createCompany(ctx.em, input),
      updateCompany: (_, { id, input }, ctx) => companies.updateCompany(ctx.em, id, input),
      deleteCompany: (_, { id }, ctx) => companies.deleteCompany(ctx.em, id),
      createLead: (_, { input }, ctx) => leads.createLead(ctx.em, actor(ctx), input),
      updateLead: (_, { id, input }, ctx) => leads.updateLead(ctx.em, id, input),
      moveLead: (_, { id, stageId }, ctx) => leads.moveLead(ctx.em, actor(ctx), id, stageId),
      deleteLead: (_, { id }, ctx) => leads.deleteLead(ctx.em, id),
      createPipeline: (_, { input }, ctx) => pipelines.createPipeline(ctx.em, input),
      updatePipeline: (_, { id, name, isDefault }, ctx) => pipelines.updatePipeline(ctx.em, id, name, isDefault),
      addStage: (_, { pipelineId, input, position }, ctx) => pipelines.addStage(ctx.em, pipelineId, input, position),
      updateStage: (_, { id, input }, ctx) => pipelines.updateStage(ctx.em, id, input),
      reorderStages: (_, { pipelineId, stageIds }, ctx) => pipelines.reorderStages(ctx.em, pipelineId, stageIds),
      deleteStage: (_, { id, moveLeadsTo }, ctx) => pipelines.deleteStage(ctx.em, actor(ctx), id, moveLeadsTo),
      defineCustomField: (_, { input }, ctx) => customFields.defineCustomField(ctx.em, input),
      updateCustomField: (_, { id, input }, ctx) => customFields.updateCustomField(ctx.em, id, input),
      deleteCustomField: (_, { id }, ctx) => customFields.deleteCustomField(ctx.em, id),
    },
    Contact: {
      __resolveReference: (ref, ctx) => byId((k) => ctx.loaders.contactById.load(k), ref.id),
      displayName: (c) => contacts.contactDisplayName(c),
      company: (c, _, ctx) => (c.companyId ? ctx.loaders.companyById.load(c.companyId) : null),
      owner: (c) => (c.ownerUserId ? { id: c.ownerUserId } : null),
      customFields: (c, _, ctx) => customFieldsOf(ctx, 'CONTACT', c.customFields),
      leads: (c, args, ctx) => leads.listLeads(ctx.em, args, { contactId: c.id }, 'Contact.leads'),
    },
    Company: {
      __resolveReference: (ref, ctx) => byId((k) => ctx.loaders.companyById.load(k), ref.id),
      owner: (c) => (c.ownerUserId ? { id: c.ownerUserId } : null),
      customFields: (c, _, ctx) => customFieldsOf(ctx, 'COMPANY', c.customFields),
      contactCount: (c, _, ctx) => ctx.loaders.contactCountByCompany.load(c.id),
      contacts: (c, args, ctx) => contacts.listContacts(ctx.em, { ...args, filter: null }, { companyId: c.id }, 'Company.contacts'),
      leads: (c, args, ctx) => leads.listLeads(ctx.em, args, { companyId: c.id }, 'Company.leads'),
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

