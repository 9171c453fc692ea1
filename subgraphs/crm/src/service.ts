import { type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import {
  badInput,
  isUniqueViolation,
  conflictError,
  currentTenantId,
  fieldError,
  forTenant,
  notFound,
  paginate,
  recordEvent,
  type Connection,
  type Em,
  type PageArgs,
  type TenantViewer,
  type UserError,
} from '../../../kit';
import { applyCustomFields, MAX_DEFINITIONS_PER_ENTITY, MAX_OPTIONS, sortDefinitions } from './custom-fields';
import {
  Company,
  Contact,
  CustomFieldDefinition,
  Lead,
  Pipeline,
  Stage,
  StageChange,
  type CompanyRow,
  type ContactRow,
  type CustomFieldDefinitionRow,
  type CustomFieldEntity,
  type LeadRow,
  type PipelineRow,
  type StageKind,
  type StageRow,
} from './entities';
import type {
  CompanyFilter,
  CompanyOrder,
  ContactFilter,
  ContactOrder,
  CreateCompanyInput,
  CreateContactInput,
  CreateLeadInput,
  CreatePipelineInput,
  DefineCustomFieldInput,
  LeadFilter,
  LeadOrder,
  StageInput,
  UpdateCompanyInput,
  UpdateContactInput,
  UpdateCustomFieldInput,
  UpdateLeadInput,
  UpdateStageInput,
} from './generated/resolvers';
import { cleanDomain, cleanEmail, cleanTag, isIsoDate, isUuid, MAX_TAGS, searchCondition, searchText, sortKey, tagCondition, tagKey } from './text';

export type Result<K extends string, T> = ({ [P in K]: T } & { errors: [] }) | ({ [P in K]: null } & { errors: UserError[] });
export type DeleteResult = { deletedId: string; errors: [] } | { deletedId: null; errors: UserError[] };

/** Turns a field name into the path reported in errors (`input.email`, or a CSV column name). */
export type PathOf = (field: string) => string;
const inputPath: PathOf = (field) => `input.${field}`;

export const LIMITS = {
  name: 100,
  companyName: 200,
  title: 120,
  leadTitle: 200,
  phone: 40,
  industry: 100,
  description: 5000,
  employees: 10_000_000,
  pipelines: 20,
  stages: 30,
  stageName: 60,
  pipelineName: 100,
  label: 100,
  option: 100,
} as const;

const PHONE = /^\+?[0-9 ().\/-]*[0-9][0-9 ().\/-]*(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;
const CUSTOM_KEY = /^[a-z][a-z0-9_]{0,39}$/;
const CURRENCY = /^[A-Z]{3}$/;
const MAX_AMOUNT = 2_147_483_647;

/** Keys a CONTACT custom field may not take, because CSV imports read these headers as built-in columns. */
export const RESERVED_CONTACT_KEYS = new Set([
  'first_name', 'firstname', 'last_name', 'lastname', 'name', 'full_name', 'fullname', 'email', 'email_address',
  'phone', 'phone_number', 'mobile', 'title', 'job_title', 'company', 'company_name', 'company_domain', 'domain',
  'website', 'tags', 'tag', 'owner', 'owner_user_id', 'id',
]);

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
 * Reads an optional text input: `undefined` when not given, `null` when null or blank, else trimmed;
 * pushes an error when longer than `max`.
 */
function optionalText(errors: UserError[], path: string, value: string | null | undefined, max: number, label: string): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const text = value.trim();
  if (!text) return null;
  if (text.length > max) {
    errors.push(fieldError(path, `${label} must be at most ${max.toLocaleString('en')} characters.`));
    return undefined;
  }
  return text;
}

function cleanTags(errors: UserError[], path: string, tags: string[] | null | undefined): string[] | undefined {
  if (tags === undefined) return undefined;
  if (tags === null) return [];
  const out: string[] = [];
  for (const tag of tags) {
    const clean = cleanTag(tag);
    if (!clean) {
      errors.push(fieldError(path, `Tag "${tag.slice(0, 50)}" must be 1 to 40 letters, digits, spaces, _ or -.`));
      return undefined;
    }
    if (!out.includes(clean)) out.push(clean);
  }
  if (out.length > MAX_TAGS) {
    errors.push(fieldError(path, `At most ${MAX_TAGS} tags.`));
    return undefined;
  }
  return out;
}

function userId(errors: UserError[], path: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const id = value.trim().toLowerCase();
  if (!id) return null;
  if (!isUuid(id)) {
    errors.push(fieldError(path, 'Must be the id of a user.'));
    return undefined;
  }
  return id;
}

// ---------------------------------------------------------------------------------------------------
// Contacts: validation and derived columns (shared with the CSV import)
// ---------------------------------------------------------------------------------------------------

export interface ContactFields {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  title?: string | null;
  ownerUserId?: string | null;
  tags?: string[];
}

/** Checks the plain fields of a contact input (no references); only the given ones appear in `fields`. */
export function checkContactFields(
  input: { firstName?: string | null; lastName?: string | null; email?: string | null; phone?: string | null; title?: string | null; ownerUserId?: string | null; tags?: string[] | null },
  path: PathOf,
): { fields: ContactFields; errors: UserError[] } {
  const errors: UserError[] = [];
  const fields: ContactFields = {};
  const set = <K extends keyof ContactFields>(key: K, value: ContactFields[K] | undefined) => {
    if (value !== undefined) fields[key] = value;
  };
  set('firstName', optionalText(errors, path('firstName'), input.firstName, LIMITS.name, 'First name'));
  set('lastName', optionalText(errors, path('lastName'), input.lastName, LIMITS.name, 'Last name'));
  set('title', optionalText(errors, path('title'), input.title, LIMITS.title, 'Title'));
  const phone = optionalText(errors, path('phone'), input.phone, LIMITS.phone, 'Phone');
  if (phone && !PHONE.test(phone)) errors.push(fieldError(path('phone'), 'Phone may hold digits, spaces, + ( ) . / - and an extension.'));
  else set('phone', phone);
  if (input.email !== undefined) {
    if (input.email === null || !input.email.trim()) fields.email = null;
    else {
      const email = cleanEmail(input.email);
      if (!email) errors.push(fieldError(path('email'), 'Email is not a valid address.'));
      else fields.email = email;
    }
  }
  set('ownerUserId', userId(errors, path('ownerUserId'), input.ownerUserId));
  set('tags', cleanTags(errors, path('tags'), input.tags));
  return { fields, errors };
}

export function contactDisplayName(c: Pick<ContactRow, 'firstName' | 'lastName' | 'email'>): string {
  const name = [c.firstName, c.lastName].filter(Boolean).join(' ');
  return name || c.email || '';
}

/** Recomputes a contact's derived columns; `companyName` is its company's, whose words it can be found by. */
export function indexContact(c: ContactRow, companyName: string | null): void {
  c.sortKey = sortKey(contactDisplayName(c), 254);
  c.tagKey = tagKey(c.tags);
  c.searchText = searchText([c.firstName, c.lastName, c.email, c.title, companyName], c.phone);
}

export function indexCompany(c: CompanyRow): void {
  c.sortKey = sortKey(c.name, 200);
  c.tagKey = tagKey(c.tags);
  c.searchText = searchText([c.name, c.domain, c.industry], c.phone);
}

function indexLead(l: LeadRow): void {
  l.sortKey = sortKey(l.title, 200);
  l.sortAmount = l.amount ?? 0;
  l.searchText = searchText([l.title]);
}

const CONTACT_ORDER = { NAME: 'sortKey', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;
const COMPANY_ORDER = { NAME: 'sortKey', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;
const LEAD_ORDER = { TITLE: 'sortKey', VALUE: 'sortAmount', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** A total order: the chosen column, then the id in the same direction, so cursors never skip or repeat. */
function order<T>(column: string, direction: 'ASC' | 'DESC'): QueryOrderMap<T> {
  const dir = direction === 'ASC' ? 'asc' : 'desc';
  return { [column]: dir, id: dir } as QueryOrderMap<T>;
}

function createdRange(where: Record<string, unknown>, after?: Date | null, before?: Date | null): void {
  if (!after && !before) return;
  where.createdAt = { ...(after ? { $gte: after } : {}), ...(before ? { $lt: before } : {}) };
}

export type ListArgs<F, O> = PageArgs & { filter?: F | null; orderBy?: O | null };

/**
 * One page in the chosen ordering. The kit's cursors name their ordering, so a cursor of one ordering
 * passed with another is refused (BAD_USER_INPUT on `after`) instead of comparing the wrong columns.
 */
function orderedPage<T extends object>(
  em: Em,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  o: { direction: 'ASC' | 'DESC' },
  column: string,
): Promise<Connection<T>> {
  return paginate(em, entity, where, args, order<T>(column, o.direction));
}

/**
 * The CRM's rules, without GraphQL. Every method takes the request's entity manager, which the kit
 * has scoped to the viewer's tenant, and the viewer already checked for the role the operation needs.
 */
export class CrmService {
  // ------------------------------------------------------------------------------------------------
  // Custom field definitions
  // ------------------------------------------------------------------------------------------------

  async definitions(em: Em, entity?: CustomFieldEntity | null): Promise<CustomFieldDefinitionRow[]> {
    return sortDefinitions(await em.find(CustomFieldDefinition, entity ? { entity } : {}));
  }

  private checkOptions(errors: UserError[], options: string[]): string[] | undefined {
    const clean = options.map((o) => o.trim());
    if (clean.length < 1 || clean.length > MAX_OPTIONS) {
      errors.push(fieldError('input.options', `A SELECT field needs 1 to ${MAX_OPTIONS} options.`));
      return undefined;
    }
    if (clean.some((o) => o.length < 1 || o.length > LIMITS.option)) {
      errors.push(fieldError('input.options', `Each option must be 1 to ${LIMITS.option} characters.`));
      return undefined;
    }
    if (new Set(clean.map((o) => o.toLowerCase())).size !== clean.length) {
      errors.push(fieldError('input.options', 'Options must differ (case-insensitively).'));
      return undefined;
    }
    return clean;
  }

  async defineCustomField(em: Em, input: DefineCustomFieldInput): Promise<Result<'definition', CustomFieldDefinitionRow>> {
    const errors: UserError[] = [];
    const key = input.key.trim();
    if (!CUSTOM_KEY.test(key)) errors.push(fieldError('input.key', 'Key must be a lower-case letter then letters, digits or _, at most 40 characters.'));
    else if (input.entity === 'CONTACT' && RESERVED_CONTACT_KEYS.has(key)) {
      errors.push(fieldError('input.key', `"${key}" is a built-in contact column; pick another key.`));
    }
    const label = input.label.trim();
    if (label.length < 1 || label.length > LIMITS.label) errors.push(fieldError('input.label', `Label must be 1 to ${LIMITS.label} characters.`));
    let options: string[] = [];
    if (input.type === 'SELECT') options = this.checkOptions(errors, input.options ?? []) ?? [];
    else if (input.options?.length) errors.push(fieldError('input.options', 'Only SELECT fields have options.'));
    if (errors.length) return { definition: null, errors };
    if ((await em.count(CustomFieldDefinition, { entity: input.entity })) >= MAX_DEFINITIONS_PER_ENTITY) {
      return { definition: null, errors: [fieldError('input.entity', `At most ${MAX_DEFINITIONS_PER_ENTITY} custom fields per kind of record.`)] };
    }
    if (await em.findOne(CustomFieldDefinition, { entity: input.entity, key })) {
      return { definition: null, errors: [conflictError('input.key', `A ${input.entity} custom field "${key}" exists already.`)] };
    }
    const definition = em.create(CustomFieldDefinition, { entity: input.entity, key, label, type: input.type, options });
    try {
      await em.flush();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { definition: null, errors: [conflictError('input.key', `A ${input.entity} custom field "${key}" exists already.`)] };
    }
    return { definition, errors: [] };
  }

  async updateCustomField(em: Em, id: string, input: UpdateCustomFieldInput): Promise<Result<'definition', CustomFieldDefinitionRow>> {
    const definition = await em.findOne(CustomFieldDefinition, { id });
    if (!definition) throw notFound('Custom field', id);
    const errors: UserError[] = [];
    let label: string | undefined;
    if (input.label != null) {
      label = input.label.trim();
      if (label.length < 1 || label.length > LIMITS.label) errors.push(fieldError('input.label', `Label must be 1 to ${LIMITS.label} characters.`));
    }
    let options: string[] | undefined;
    if (input.options != null) {
      if (definition.type !== 'SELECT') errors.push(fieldError('input.options', 'Only SELECT fields have options.'));
      else options = this.checkOptions(errors, input.options);
    }
    if (errors.length) return { definition: null, errors };
    if (label !== undefined) definition.label = label;
    if (options !== undefined) definition.options = options;
    await em.flush();
    return { definition, errors: [] };
  }

  async deleteCustomField(em: Em, id: string): Promise<DeleteResult> {
    const definition = await em.findOne(CustomFieldDefinition, { id });
    if (!definition) throw notFound('Custom field', id);
    await em.remove(definition).flush();
    return { deletedId: id, errors: [] };
  }

  // ------------------------------------------------------------------------------------------------
  // Companies
  // ------------------------------------------------------------------------------------------------

  private checkCompany(input: CreateCompanyInput | UpdateCompanyInput, creating: boolean) {
    const errors: UserError[] = [];
    const fields: Partial<Pick<CompanyRow, 'name' | 'domain' | 'industry' | 'employees' | 'phone' | 'description' | 'tags' | 'ownerUserId'>> = {};
    if (creating || input.name !== undefined) {
      const name = input.name?.trim() ?? '';
      if (!name) errors.push(fieldError('input.name', 'Name is required.'));
      else if (name.length > LIMITS.companyName) errors.push(fieldError('input.name', `Name must be at most ${LIMITS.companyName} characters.`));
      else fields.name = name;
    }
    if (input.domain !== undefined) {
      if (input.domain === null || !input.domain.trim()) fields.domain = null;
      else {
        const domain = cleanDomain(input.domain);
        if (!domain) errors.push(fieldError('input.domain', 'Domain must be a host name such as acme.com.'));
        else fields.domain = domain;
      }
    }
    const industry = optionalText(errors, 'input.industry', input.industry, LIMITS.industry, 'Industry');
    if (industry !== undefined) fields.industry = industry;
    const phone = optionalText(errors, 'input.phone', input.phone, LIMITS.phone, 'Phone');
    if (phone && !PHONE.test(phone)) errors.push(fieldError('input.phone', 'Phone may hold digits, spaces, + ( ) . / - and an extension.'));
    else if (phone !== undefined) fields.phone = phone;
    const description = optionalText(errors, 'input.description', input.description, LIMITS.description, 'Description');
    if (description !== undefined) fields.description = description;
    if (input.employees !== undefined) {
      if (input.employees !== null && (input.employees < 0 || input.employees > LIMITS.employees)) {
        errors.push(fieldError('input.employees', `Employees must be 0 to ${LIMITS.employees.toLocaleString('en')}.`));
      } else fields.employees = input.employees;
    }
    const tags = cleanTags(errors, 'input.tags', input.tags);
    if (tags !== undefined) fields.tags = tags;
    const owner = userId(errors, 'input.ownerUserId', input.ownerUserId);
    if (owner !== undefined) fields.ownerUserId = owner;
    return { fields, errors };
  }

  private async domainTaken(em: Em, domain: string | null | undefined, exceptId?: string): Promise<UserError | null> {
    if (!domain) return null;
    const other = await em.findOne(Company, { domain, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    return other ? conflictError('input.domain', `Another company (${other.name}) has the domain ${domain}.`) : null;
  }

  async createCompany(em: Em, input: CreateCompanyInput): Promise<Result<'company', CompanyRow>> {
    const { fields, errors } = this.checkCompany(input, true);
    const custom = applyCustomFields(await this.definitions(em, 'COMPANY'), {}, input.customFields, 'input.customFields');
    errors.push(...custom.errors);
    if (errors.length) return { company: null, errors };
    const taken = await this.domainTaken(em, fields.domain);
    if (taken) return { company: null, errors: [taken] };
    const company = em.create(Company, {
      name: fields.name!,
      domain: fields.domain ?? null,
      industry: fields.industry ?? null,
      employees: fields.employees ?? null,
      phone: fields.phone ?? null,
      description: fields.description ?? null,
      ownerUserId: fields.ownerUserId ?? null,
      tags: fields.tags ?? [],
      customFields: custom.values,
      sortKey: '',
      tagKey: '',
      searchText: '',
    });
    indexCompany(company);
    return this.flushCompany(em, company);
  }

  private async flushCompany(em: Em, company: CompanyRow): Promise<Result<'company', CompanyRow>> {
    try {
      await em.flush();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { company: null, errors: [conflictError('input.domain', `Another company has the domain ${company.domain}.`)] };
    }
    return { company, errors: [] };
  }

  async updateCompany(em: Em, id: string, input: UpdateCompanyInput): Promise<Result<'company', CompanyRow>> {
    const company = await em.findOne(Company, { id });
    if (!company) throw notFound('Company', id);
    const { fields, errors } = this.checkCompany(input, false);
    const custom = applyCustomFields(await this.definitions(em, 'COMPANY'), company.customFields, input.customFields, 'input.customFields');
    errors.push(...custom.errors);
    if (errors.length) return { company: null, errors };
    const taken = await this.domainTaken(em, fields.domain, id);
    if (taken) return { company: null, errors: [taken] };
    const renamed = fields.name !== undefined && fields.name !== company.name;
    Object.assign(company, fields);
    company.customFields = custom.values;
    indexCompany(company);
    // Contacts are found by their company's name: keep their search words current.
    if (renamed) await this.reindexContactsOf(em, company.id, company.name);
    return this.flushCompany(em, company);
  }

  private async reindexContactsOf(em: Em, companyId: string, companyName: string | null): Promise<void> {
    const contacts = await em.find(Contact, { companyId });
    for (const contact of contacts) {
      if (companyName === null) contact.companyId = null;
      indexContact(contact, companyName);
    }
  }

  /** Deletes a company; its contacts and leads lose the link (in the same transaction). */
  async deleteCompany(em: Em, id: string): Promise<DeleteResult> {
    const company = await em.findOne(Company, { id });
    if (!company) throw notFound('Company', id);
    await em.transactional(async (tx) => {
      await this.reindexContactsOf(tx, id, null);
      await tx.nativeUpdate(Lead, { companyId: id }, { companyId: null });
      tx.remove(await tx.findOneOrFail(Company, { id }));
    });
    return { deletedId: id, errors: [] };
  }

  listCompanies(em: Em, args: ListArgs<CompanyFilter, CompanyOrder>): Promise<Connection<CompanyRow>> {
    const where: Record<string, unknown> = {};
    const and: object[] = [];
    const filter = args.filter ?? {};
    if (filter.search != null) and.push(searchCondition(em, filter.search));
    if (filter.tag != null) and.push(tagCondition(filter.tag));
    if (filter.industry != null) where.industry = filter.industry.trim();
    if (filter.ownerUserId != null) where.ownerUserId = filter.ownerUserId.toLowerCase();
    createdRange(where, filter.createdAfter, filter.createdBefore);
    if (and.length) where.$and = and;
    const o = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
    return orderedPage(em, Company, where as FilterQuery<CompanyRow>, args, o, COMPANY_ORDER[o.field]);
  }

  // ------------------------------------------------------------------------------------------------
  // Contacts
  // ------------------------------------------------------------------------------------------------

  private async emailTaken(em: Em, email: string | null | undefined, exceptId?: string): Promise<UserError | null> {
    if (!email) return null;
    const other = await em.findOne(Contact, { email, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    return other ? conflictError('input.email', `Another contact (${contactDisplayName(other)}) has the email ${email}.`) : null;
  }

  /** The company named by `companyId`, in this tenant; an error when there is none. */
  private async companyRef(em: Em, companyId: string | null | undefined, path: string): Promise<{ company?: CompanyRow | null; error?: UserError }> {
    if (companyId === undefined) return {};
    if (companyId === null || !companyId.trim()) return { company: null };
    const company = isUuid(companyId) ? await em.findOne(Company, { id: companyId.toLowerCase() }) : null;
    return company ? { company } : { error: fieldError(path, 'There is no such company.') };
  }

  private async contactRef(em: Em, contactId: string | null | undefined, path: string): Promise<{ contact?: ContactRow | null; error?: UserError }> {
    if (contactId === undefined) return {};
    if (contactId === null || !contactId.trim()) return { contact: null };
    const contact = isUuid(contactId) ? await em.findOne(Contact, { id: contactId.toLowerCase() }) : null;
    return contact ? { contact } : { error: fieldError(path, 'There is no such contact.') };
  }

  async createContact(em: Em, input: CreateContactInput): Promise<Result<'contact', ContactRow>> {
    const { fields, errors } = checkContactFields(input, inputPath);
    if (!errors.length && !fields.firstName && !fields.lastName && !fields.email) {
      errors.push(fieldError('input.firstName', 'A contact needs a first name, a last name or an email.'));
    }
    const ref = await this.companyRef(em, input.companyId, 'input.companyId');
    if (ref.error) errors.push(ref.error);
    const custom = applyCustomFields(await this.definitions(em, 'CONTACT'), {}, input.customFields, 'input.customFields');
    errors.push(...custom.errors);
    if (errors.length) return { contact: null, errors };
    const taken = await this.emailTaken(em, fields.email);
    if (taken) return { contact: null, errors: [taken] };
    const contact = em.create(Contact, {
      firstName: fields.firstName ?? null,
      lastName: fields.lastName ?? null,
      email: fields.email ?? null,
      phone: fields.phone ?? null,
      title: fields.title ?? null,
      companyId: ref.company?.id ?? null,
      ownerUserId: fields.ownerUserId ?? null,
      tags: fields.tags ?? [],
      customFields: custom.values,
      sortKey: '',
      tagKey: '',
      searchText: '',
    });
    indexContact(contact, ref.company?.name ?? null);
    return this.flushContact(em, contact);
  }

  private async flushContact(em: Em, contact: ContactRow): Promise<Result<'contact', ContactRow>> {
    try {
      await em.flush();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { contact: null, errors: [conflictError('input.email', `Another contact has the email ${contact.email}.`)] };
    }
    return { contact, errors: [] };
  }

  async updateContact(em: Em, id: string, input: UpdateContactInput): Promise<Result<'contact', ContactRow>> {
    const contact = await em.findOne(Contact, { id });
    if (!contact) throw notFound('Contact', id);
    const { fields, errors } = checkContactFields(input, inputPath);
    const ref = await this.companyRef(em, input.companyId, 'input.companyId');
    if (ref.error) errors.push(ref.error);
    const custom = applyCustomFields(await this.definitions(em, 'CONTACT'), contact.customFields, input.customFields, 'input.customFields');
    errors.push(...custom.errors);
    if (errors.length) return { contact: null, errors };
    const next = { ...contact, ...fields };
    if (!next.firstName && !next.lastName && !next.email) {
      return { contact: null, errors: [fieldError('input.firstName', 'A contact needs a first name, a last name or an email.')] };
    }
    const taken = await this.emailTaken(em, fields.email, id);
    if (taken) return { contact: null, errors: [taken] };
    Object.assign(contact, fields);
    if (ref.company !== undefined) contact.companyId = ref.company?.id ?? null;
    contact.customFields = custom.values;
    const company = ref.company !== undefined ? ref.company : contact.companyId ? await em.findOne(Company, { id: contact.companyId }) : null;
    indexContact(contact, company?.name ?? null);
    return this.flushContact(em, contact);
  }

  /** Deletes a contact; its leads lose the link (in the same transaction). */
  async deleteContact(em: Em, id: string): Promise<DeleteResult> {
    const contact = await em.findOne(Contact, { id });
    if (!contact) throw notFound('Contact', id);
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(Lead, { contactId: id }, { contactId: null });
      tx.remove(await tx.findOneOrFail(Contact, { id }));
    });
    return { deletedId: id, errors: [] };
  }

  listContacts(em: Em, args: ListArgs<ContactFilter, ContactOrder>, base: FilterQuery<ContactRow> = {}): Promise<Connection<ContactRow>> {
    const where: Record<string, unknown> = { ...(base as object) };
    const and: object[] = [];
    const filter = args.filter ?? {};
    if (filter.search != null) and.push(searchCondition(em, filter.search));
    if (filter.tag != null) and.push(tagCondition(filter.tag));
    if (filter.companyId != null) where.companyId = filter.companyId.toLowerCase();
    if (filter.ownerUserId != null) where.ownerUserId = filter.ownerUserId.toLowerCase();
    if (filter.hasEmail != null) where.email = filter.hasEmail ? { $ne: null } : null;
    createdRange(where, filter.createdAfter, filter.createdBefore);
    if (and.length) where.$and = and;
    const o = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
    return orderedPage(em, Contact, where as FilterQuery<ContactRow>, args, o, CONTACT_ORDER[o.field]);
  }

  // ------------------------------------------------------------------------------------------------
  // Pipelines and stages
  // ------------------------------------------------------------------------------------------------

  /**
   * The tenant's default pipeline, created with {@link DEFAULT_STAGES} the first time. Created in a
   * fork of its own, so the caller's pending changes are not flushed with it; when two requests race,
   * the unique `(tenant_id, default_marker)` index keeps one and the loser reads it.
   */
  async defaultPipeline(em: Em): Promise<PipelineRow> {
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

  async pipelines(em: Em): Promise<PipelineRow[]> {
    await this.defaultPipeline(em);
    const all = await em.find(Pipeline, {}, { orderBy: { id: 'asc' } });
    return [...all.filter((p) => p.defaultMarker), ...all.filter((p) => !p.defaultMarker)];
  }

  async stagesOf(em: Em, pipelineId: string): Promise<StageRow[]> {
    return em.find(Stage, { pipelineId }, { orderBy: { position: 'asc', id: 'asc' } });
  }

  private checkStage(errors: UserError[], path: string, input: StageInput | UpdateStageInput, creating: boolean): Partial<Pick<StageRow, 'name' | 'probability' | 'kind'>> {
    const out: Partial<Pick<StageRow, 'name' | 'probability' | 'kind'>> = {};
    if (creating || input.name != null) {
      const name = input.name?.trim() ?? '';
      if (name.length < 1 || name.length > LIMITS.stageName) errors.push(fieldError(`${path}.name`, `Stage name must be 1 to ${LIMITS.stageName} characters.`));
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

  async createPipeline(em: Em, input: CreatePipelineInput): Promise<Result<'pipeline', PipelineRow>> {
    const errors: UserError[] = [];
    const name = input.name.trim();
    if (name.length < 1 || name.length > LIMITS.pipelineName) errors.push(fieldError('input.name', `Name must be 1 to ${LIMITS.pipelineName} characters.`));
    if (input.stages.length < 1 || input.stages.length > LIMITS.stages) {
      errors.push(fieldError('input.stages', `A pipeline has 1 to ${LIMITS.stages} stages.`));
    }
    const stages = input.stages.slice(0, LIMITS.stages).map((s, i) => this.checkStage(errors, `input.stages[${i}]`, s, true));
    if (!errors.length) {
      const names = stages.map((s) => s.name!.toLowerCase());
      if (new Set(names).size !== names.length) errors.push(fieldError('input.stages', 'Stage names must differ (case-insensitively).'));
      if (!stages.some((s) => s.kind === 'OPEN')) errors.push(fieldError('input.stages', 'A pipeline needs at least one OPEN stage.'));
    }
    if (errors.length) return { pipeline: null, errors };
    await this.defaultPipeline(em);
    if ((await em.count(Pipeline, {})) >= LIMITS.pipelines) {
      return { pipeline: null, errors: [fieldError(null, `A tenant has at most ${LIMITS.pipelines} pipelines.`)] };
    }
    const pipeline = await em.transactional(async (tx) => {
      if (input.isDefault) await tx.nativeUpdate(Pipeline, { defaultMarker: 'default' }, { defaultMarker: null });
      const created = tx.create(Pipeline, { name, defaultMarker: input.isDefault ? 'default' : null });
      stages.forEach((s, position) => tx.create(Stage, { pipelineId: created.id, position, name: s.name!, probability: s.probability!, kind: s.kind! }));
      return created;
    });
    return { pipeline, errors: [] };
  }

  async updatePipeline(em: Em, id: string, name: string | null | undefined, isDefault: boolean | null | undefined): Promise<Result<'pipeline', PipelineRow>> {
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
      // One transaction: the old default gives the marker up before this one takes it (unique index).
      await em.transactional(async (tx) => {
        await tx.nativeUpdate(Pipeline, { defaultMarker: 'default' }, { defaultMarker: null });
        (await tx.findOneOrFail(Pipeline, { id })).defaultMarker = 'default';
      });
    }
    await em.flush();
    return { pipeline, errors: [] };
  }

  private async stageNameTaken(em: Em, pipelineId: string, name: string, exceptId?: string): Promise<boolean> {
    const stages = await this.stagesOf(em, pipelineId);
    return stages.some((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase());
  }

  async addStage(em: Em, pipelineId: string, input: StageInput, position: number | null | undefined): Promise<Result<'pipeline', PipelineRow>> {
    const pipeline = await em.findOne(Pipeline, { id: pipelineId });
    if (!pipeline) throw notFound('Pipeline', pipelineId);
    const errors: UserError[] = [];
    const stage = this.checkStage(errors, 'input', input, true);
    const stages = await this.stagesOf(em, pipelineId);
    if (stages.length >= LIMITS.stages) errors.push(fieldError(null, `A pipeline has at most ${LIMITS.stages} stages.`));
    const at = position ?? stages.length;
    if (!Number.isInteger(at) || at < 0 || at > stages.length) errors.push(fieldError('position', `Position must be 0 to ${stages.length}.`));
    if (!errors.length && (await this.stageNameTaken(em, pipelineId, stage.name!))) {
      errors.push(conflictError('input.name', `This pipeline has a stage "${stage.name}" already.`));
    }
    if (errors.length) return { pipeline: null, errors };
    stages.forEach((s, i) => (s.position = i < at ? i : i + 1));
    em.create(Stage, { pipelineId, position: at, name: stage.name!, probability: stage.probability!, kind: stage.kind! });
    await em.flush();
    return { pipeline, errors: [] };
  }

  async updateStage(em: Em, id: string, input: UpdateStageInput): Promise<Result<'pipeline', PipelineRow>> {
    const stage = await em.findOne(Stage, { id });
    if (!stage) throw notFound('Stage', id);
    const errors: UserError[] = [];
    const patch = this.checkStage(errors, 'input', input, false);
    if (!errors.length && patch.name && (await this.stageNameTaken(em, stage.pipelineId, patch.name, id))) {
      errors.push(conflictError('input.name', `This pipeline has a stage "${patch.name}" already.`));
    }
    if (!errors.length && patch.kind && patch.kind !== 'OPEN' && stage.kind === 'OPEN') {
      const open = (await this.stagesOf(em, stage.pipelineId)).filter((s) => s.kind === 'OPEN');
      if (open.length === 1) errors.push(fieldError('input.kind', 'A pipeline needs at least one OPEN stage.'));
    }
    if (errors.length) return { pipeline: null, errors };
    const kindChanged = patch.kind !== undefined && patch.kind !== stage.kind;
    Object.assign(stage, patch);
    await em.transactional(async (tx) => {
      if (kindChanged) {
        // The leads in this stage follow its new meaning.
        await tx.nativeUpdate(Lead, { stageId: id }, { status: stage.kind });
        if (stage.kind === 'OPEN') await tx.nativeUpdate(Lead, { stageId: id }, { closedAt: null });
        else await tx.nativeUpdate(Lead, { stageId: id, closedAt: null }, { closedAt: new Date() });
      }
    });
    await em.flush();
    return { pipeline: await em.findOneOrFail(Pipeline, { id: stage.pipelineId }), errors: [] };
  }

  async reorderStages(em: Em, pipelineId: string, stageIds: string[]): Promise<Result<'pipeline', PipelineRow>> {
    const pipeline = await em.findOne(Pipeline, { id: pipelineId });
    if (!pipeline) throw notFound('Pipeline', pipelineId);
    const stages = await this.stagesOf(em, pipelineId);
    const ids = stageIds.map((s) => s.toLowerCase());
    const same = ids.length === stages.length && new Set(ids).size === ids.length && stages.every((s) => ids.includes(s.id));
    if (!same) return { pipeline: null, errors: [fieldError('stageIds', "stageIds must list every stage of the pipeline exactly once.")] };
    for (const s of stages) s.position = ids.indexOf(s.id);
    await em.flush();
    return { pipeline, errors: [] };
  }

  async deleteStage(em: Em, viewer: TenantViewer, id: string, moveLeadsTo: string | null | undefined): Promise<Result<'pipeline', PipelineRow>> {
    const stage = await em.findOne(Stage, { id });
    if (!stage) throw notFound('Stage', id);
    const stages = await this.stagesOf(em, stage.pipelineId);
    if (stage.kind === 'OPEN' && stages.filter((s) => s.kind === 'OPEN').length === 1) {
      return { pipeline: null, errors: [fieldError('id', 'A pipeline needs at least one OPEN stage.')] };
    }
    const leads = await em.find(Lead, { stageId: id });
    let target: StageRow | undefined;
    if (leads.length) {
      target = stages.find((s) => s.id === moveLeadsTo?.toLowerCase() && s.id !== id);
      if (!target) {
        return { pipeline: null, errors: [fieldError('moveLeadsTo', `${leads.length} lead(s) are in this stage: name another stage of the same pipeline to move them to.`)] };
      }
    }
    await em.transactional(async (tx) => {
      for (const lead of leads) this.applyMove(tx, viewer, lead, stage, target!);
      tx.remove(stage);
      stages.filter((s) => s.id !== id).forEach((s, i) => (s.position = i));
    });
    return { pipeline: await em.findOneOrFail(Pipeline, { id: stage.pipelineId }), errors: [] };
  }

  // ------------------------------------------------------------------------------------------------
  // Leads
  // ------------------------------------------------------------------------------------------------

  private checkLead(input: CreateLeadInput | UpdateLeadInput, creating: boolean) {
    const errors: UserError[] = [];
    const fields: Partial<Pick<LeadRow, 'title' | 'amount' | 'currency' | 'ownerUserId' | 'expectedCloseDate'>> = {};
    if (creating || input.title !== undefined) {
      const title = input.title?.trim() ?? '';
      if (!title) errors.push(fieldError('input.title', 'Title is required.'));
      else if (title.length > LIMITS.leadTitle) errors.push(fieldError('input.title', `Title must be at most ${LIMITS.leadTitle} characters.`));
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
      if (date !== null && !isIsoDate(date)) errors.push(fieldError('input.expectedCloseDate', 'Expected close date must be a date written YYYY-MM-DD.'));
      else fields.expectedCloseDate = date;
    }
    return { fields, errors };
  }

  async createLead(em: Em, viewer: TenantViewer, input: CreateLeadInput): Promise<Result<'lead', LeadRow>> {
    const { fields, errors } = this.checkLead(input, true);
    const company = await this.companyRef(em, input.companyId, 'input.companyId');
    const contact = await this.contactRef(em, input.contactId, 'input.contactId');
    for (const e of [company.error, contact.error]) if (e) errors.push(e);
    let stage: StageRow | null = null;
    if (input.stageId != null) {
      stage = isUuid(input.stageId) ? await em.findOne(Stage, { id: input.stageId.toLowerCase() }) : null;
      if (!stage) errors.push(fieldError('input.stageId', 'There is no such stage.'));
    }
    const custom = applyCustomFields(await this.definitions(em, 'LEAD'), {}, input.customFields, 'input.customFields');
    errors.push(...custom.errors);
    if (errors.length) return { lead: null, errors };
    if (!stage) {
      const pipeline = await this.defaultPipeline(em);
      const stages = await this.stagesOf(em, pipeline.id);
      stage = stages.find((s) => s.kind === 'OPEN') ?? stages[0];
    }
    const lead = em.create(Lead, {
      title: fields.title!,
      amount: fields.amount ?? null,
      currency: fields.currency ?? null,
      sortAmount: 0,
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      status: stage.kind,
      contactId: contact.contact?.id ?? null,
      // A lead with a contact and no company is with the contact's company.
      companyId: company.company?.id ?? contact.contact?.companyId ?? null,
      ownerUserId: fields.ownerUserId === undefined ? viewer.userId : fields.ownerUserId,
      expectedCloseDate: fields.expectedCloseDate ?? null,
      closedAt: stage.kind === 'OPEN' ? null : new Date(),
      customFields: custom.values,
      sortKey: '',
      searchText: '',
    });
    indexLead(lead);
    em.create(StageChange, { leadId: lead.id, fromStageId: null, fromStageName: null, toStageId: stage.id, toStageName: stage.name, changedByUserId: viewer.userId });
    await em.flush();
    return { lead, errors: [] };
  }

  async updateLead(em: Em, id: string, input: UpdateLeadInput): Promise<Result<'lead', LeadRow>> {
    const lead = await em.findOne(Lead, { id });
    if (!lead) throw notFound('Lead', id);
    const { fields, errors } = this.checkLead(input, false);
    const company = await this.companyRef(em, input.companyId, 'input.companyId');
    const contact = await this.contactRef(em, input.contactId, 'input.contactId');
    for (const e of [company.error, contact.error]) if (e) errors.push(e);
    const custom = applyCustomFields(await this.definitions(em, 'LEAD'), lead.customFields, input.customFields, 'input.customFields');
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

  /** Puts a lead in `to`, with its status, closing time and a history row; records the move event. */
  private applyMove(em: Em, viewer: TenantViewer, lead: LeadRow, from: StageRow | null, to: StageRow): void {
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

  async moveLead(em: Em, viewer: TenantViewer, id: string, stageId: string): Promise<Result<'lead', LeadRow>> {
    const lead = await em.findOne(Lead, { id });
    if (!lead) throw notFound('Lead', id);
    const to = isUuid(stageId) ? await em.findOne(Stage, { id: stageId.toLowerCase() }) : null;
    if (!to) return { lead: null, errors: [fieldError('stageId', 'There is no such stage.')] };
    if (to.id === lead.stageId) return { lead, errors: [] };
    const from = await em.findOne(Stage, { id: lead.stageId });
    this.applyMove(em, viewer, lead, from, to);
    await em.flush();
    return { lead, errors: [] };
  }

  async deleteLead(em: Em, id: string): Promise<DeleteResult> {
    const lead = await em.findOne(Lead, { id });
    if (!lead) throw notFound('Lead', id);
    await em.transactional(async (tx) => {
      await tx.nativeDelete(StageChange, { leadId: id });
      tx.remove(await tx.findOneOrFail(Lead, { id }));
    });
    return { deletedId: id, errors: [] };
  }

  listLeads(em: Em, args: ListArgs<LeadFilter, LeadOrder>, base: FilterQuery<LeadRow> = {}): Promise<Connection<LeadRow>> {
    const where: Record<string, unknown> = { ...(base as object) };
    const filter = args.filter ?? {};
    if (filter.search != null) where.$and = [searchCondition(em, filter.search)];
    for (const key of ['pipelineId', 'stageId', 'contactId', 'companyId', 'ownerUserId'] as const) {
      const value = filter[key];
      if (value != null) where[key] = value.toLowerCase();
    }
    if (filter.status) where.status = filter.status;
    createdRange(where, filter.createdAfter, filter.createdBefore);
    const o = args.orderBy ?? { field: 'CREATED_AT', direction: 'DESC' };
    return orderedPage(em, Lead, where as FilterQuery<LeadRow>, args, o, LEAD_ORDER[o.field]);
  }
}
