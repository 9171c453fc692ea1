import { baseProperties, defineTenantEntity, p, type InferEntity } from '../../../kit';

export const CUSTOM_FIELD_ENTITIES = ['CONTACT', 'COMPANY', 'LEAD'] as const;
export const CUSTOM_FIELD_TYPES = ['TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'SELECT'] as const;
export const STAGE_KINDS = ['OPEN', 'WON', 'LOST'] as const;
export const LEAD_STATUSES = STAGE_KINDS;

export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
export type StageKind = (typeof STAGE_KINDS)[number];
/** A stored custom field value: typed (number, boolean) where the type has a JSON form, else a string. */
export type CustomFieldValues = Record<string, string | number | boolean>;

/*
 * Every entity is tenant-owned (defineTenantEntity): the ORM scopes reads, fills tenantId in and refuses
 * cross-tenant writes. Each has two derived columns kept by the aggregate modules (companies.ts, contacts.ts, leads.ts):
 * - `sortKey`: the display name in lower case without accents, so NAME sorts alike on SQLite and MySQL;
 * - `searchText`: the searchable words, normalised and separated by single spaces with a leading
 *   space (" ada lovelace ada example com"), so `like '% word%'` is a word-prefix match on SQLite, and a
 *   FULLTEXT index on MySQL answers `match … against ('+word*' in boolean mode)`.
 * `tagKey` holds the tags as `|tag|tag|` for an exact, portable tag filter.
 */

/** An organisation. `domain` is unique per tenant when set. */
export const Company = defineTenantEntity({
  name: 'Company',
  tableName: 'companies',
  properties: {
    ...baseProperties(),
    name: p.string().length(200),
    /** Lower-case name without accents or surrounding spaces: sorting and find-by-name in imports. */
    sortKey: p.string().length(200),
    domain: p.string().length(253).nullable(),
    industry: p.string().length(100).nullable(),
    employees: p.integer().nullable(),
    phone: p.string().length(40).nullable(),
    description: p.text().nullable(),
    ownerUserId: p.string().length(36).nullable(),
    tags: p.json<string[]>(),
    tagKey: p.string().length(1000),
    customFields: p.json<CustomFieldValues>(),
    searchText: p.text(),
  },
  uniques: [{ properties: ['tenantId', 'domain'] }],
  indexes: [
    { properties: ['tenantId', 'sortKey'] },
    { properties: ['tenantId', 'createdAt'] },
    { properties: ['searchText'], type: 'fulltext' },
  ],
});
export type CompanyRow = InferEntity<typeof Company>;

/** A person. `email` (lower case) is unique per tenant when set. */
export const Contact = defineTenantEntity({
  name: 'Contact',
  tableName: 'contacts',
  properties: {
    ...baseProperties(),
    firstName: p.string().length(100).nullable(),
    lastName: p.string().length(100).nullable(),
    sortKey: p.string().length(254),
    email: p.string().length(254).nullable(),
    phone: p.string().length(40).nullable(),
    title: p.string().length(120).nullable(),
    companyId: p.string().length(36).nullable(),
    ownerUserId: p.string().length(36).nullable(),
    tags: p.json<string[]>(),
    tagKey: p.string().length(1000),
    customFields: p.json<CustomFieldValues>(),
    searchText: p.text(),
  },
  uniques: [{ properties: ['tenantId', 'email'] }],
  indexes: [
    { properties: ['tenantId', 'sortKey'] },
    { properties: ['tenantId', 'createdAt'] },
    { properties: ['tenantId', 'companyId'] },
    { properties: ['tenantId', 'ownerUserId'] },
    { properties: ['searchText'], type: 'fulltext' },
  ],
});
export type ContactRow = InferEntity<typeof Contact>;

/** A tenant-defined field of contacts, companies or leads. */
export const CustomFieldDefinition = defineTenantEntity({
  name: 'CustomFieldDefinition',
  tableName: 'custom_field_definitions',
  properties: {
    ...baseProperties(),
    entity: p.enum([...CUSTOM_FIELD_ENTITIES]),
    key: p.string().length(40),
    label: p.string().length(100),
    type: p.enum([...CUSTOM_FIELD_TYPES]),
    options: p.json<string[]>(),
  },
  uniques: [{ properties: ['tenantId', 'entity', 'key'] }],
});
export type CustomFieldDefinitionRow = InferEntity<typeof CustomFieldDefinition>;

/**
 * A sales pipeline. `defaultMarker` is 'default' on the tenant's default pipeline and null elsewhere,
 * so a unique index lets only one exist even when two requests create it lazily at once.
 */
export const Pipeline = defineTenantEntity({
  name: 'Pipeline',
  tableName: 'pipelines',
  properties: {
    ...baseProperties(),
    name: p.string().length(100),
    defaultMarker: p.string().length(10).nullable(),
  },
  uniques: [{ properties: ['tenantId', 'defaultMarker'] }],
});
export type PipelineRow = InferEntity<typeof Pipeline>;

/** One ordered step of a pipeline. */
export const Stage = defineTenantEntity({
  name: 'Stage',
  tableName: 'pipeline_stages',
  properties: {
    ...baseProperties(),
    pipelineId: p.string().length(36),
    name: p.string().length(60),
    position: p.integer(),
    probability: p.integer(),
    kind: p.enum([...STAGE_KINDS]),
  },
  indexes: [{ properties: ['tenantId', 'pipelineId', 'position'] }],
});
export type StageRow = InferEntity<typeof Stage>;

/** A deal. `status` mirrors the kind of its stage; `pipelineId` is its stage's pipeline. */
export const Lead = defineTenantEntity({
  name: 'Lead',
  tableName: 'leads',
  properties: {
    ...baseProperties(),
    title: p.string().length(200),
    sortKey: p.string().length(200),
    amount: p.integer().nullable(),
    currency: p.string().length(3).nullable(),
    /** `amount`, or 0 without a value: a non-null sort column keeps cursors simple. */
    sortAmount: p.integer(),
    pipelineId: p.string().length(36),
    stageId: p.string().length(36),
    status: p.enum([...LEAD_STATUSES]),
    contactId: p.string().length(36).nullable(),
    companyId: p.string().length(36).nullable(),
    ownerUserId: p.string().length(36).nullable(),
    expectedCloseDate: p.string().length(10).nullable(),
    closedAt: p.datetime(3).nullable(),
    customFields: p.json<CustomFieldValues>(),
    searchText: p.text(),
  },
  indexes: [
    { properties: ['tenantId', 'createdAt'] },
    { properties: ['tenantId', 'stageId'] },
    { properties: ['tenantId', 'pipelineId'] },
    { properties: ['tenantId', 'contactId'] },
    { properties: ['tenantId', 'companyId'] },
    { properties: ['searchText'], type: 'fulltext' },
  ],
});
export type LeadRow = InferEntity<typeof Lead>;

/** One move of a lead between stages; the first row of a lead is its creation (no `fromStageId`). */
export const StageChange = defineTenantEntity({
  name: 'StageChange',
  tableName: 'lead_stage_changes',
  properties: {
    ...baseProperties(),
    leadId: p.string().length(36),
    fromStageId: p.string().length(36).nullable(),
    fromStageName: p.string().length(60).nullable(),
    toStageId: p.string().length(36),
    /** Stage names at the time, so history reads well after a stage is renamed or deleted. */
    toStageName: p.string().length(60),
    changedByUserId: p.string().length(36),
  },
  indexes: [{ properties: ['tenantId', 'leadId', 'createdAt'] }],
});
export type StageChangeRow = InferEntity<typeof StageChange>;

/**
 * One row per tenant, keyed by the tenant id, that changes bounded per tenant take turns on (the
 * pipeline and custom-field caps): a row lock needs a row, and crm keeps no tenant table. Created by
 * the first change that needs it (see `lockTenant` in shared.ts).
 */
export const TenantLock = defineTenantEntity({
  name: 'TenantLock',
  tableName: 'tenant_locks',
  properties: {
    ...baseProperties(),
  },
});
export type TenantLockRow = InferEntity<typeof TenantLock>;

export const entities = [Company, Contact, CustomFieldDefinition, Pipeline, Stage, Lead, StageChange, TenantLock];
