import { type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import {
  conflictError,
  fieldError,
  isUniqueViolation,
  notFound,
  paginate,
  totalOrder,
  type Connection,
  type Em,
  type UserError,
  searchCondition,
  sortKey,
  tagCondition,
  tagKey,
} from '../../../kit';
import type { CrmDeps } from './context';
import { applyCustomFields, definitions } from './custom-fields';
import { reindexContactsOf } from './contacts';
import { Company, Lead, type CompanyRow } from './entities';
import type { CompanyFilter, CompanyOrder, CreateCompanyInput, UpdateCompanyInput } from './generated/resolvers';
import { cleanTags, createdRange, LIMITS, optionalText, PHONE, userId, type DeleteResult, type ListArgs, type Result } from './shared';
import { cleanDomain, searchTextWithPhone } from './text';

/** Companies: the organisations a tenant does business with. */

export function indexCompany(c: CompanyRow): void {
  c.sortKey = sortKey(c.name, 200);
  c.tagKey = tagKey(c.tags);
  c.searchText = searchTextWithPhone([c.name, c.domain, c.industry], c.phone);
}

const COMPANY_ORDER = { NAME: 'sortKey', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** The total order of a company list (default NAME ASC); ties broken by id. */
export function companyOrder(o: CompanyOrder | null | undefined): QueryOrderMap<CompanyRow> {
  const chosen = o ?? { field: 'NAME', direction: 'ASC' };
  return totalOrder<CompanyRow>(COMPANY_ORDER[chosen.field], chosen.direction);
}

function checkCompany(input: CreateCompanyInput | UpdateCompanyInput, creating: boolean) {
  const errors: UserError[] = [];
  const fields: Partial<Pick<CompanyRow, 'name' | 'domain' | 'industry' | 'employees' | 'phone' | 'description' | 'tags' | 'ownerUserId'>> =
    {};
  if (creating || input.name !== undefined) {
    const name = input.name?.trim() ?? '';
    if (!name) errors.push(fieldError('input.name', 'Name is required.'));
    else if (name.length > LIMITS.companyName)
      errors.push(fieldError('input.name', `Name must be at most ${LIMITS.companyName} characters.`));
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

async function domainTaken(em: Em, domain: string | null | undefined, exceptId?: string): Promise<UserError | null> {
  if (!domain) return null;
  const other = await em.findOne(Company, { domain, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  return other ? conflictError('input.domain', `Another company (${other.name}) has the domain ${domain}.`) : null;
}

export async function createCompany(deps: CrmDeps, input: CreateCompanyInput): Promise<Result<'company', CompanyRow>> {
  const { em } = deps;
  const { fields, errors } = checkCompany(input, true);
  const custom = applyCustomFields(await definitions(deps, 'COMPANY'), {}, input.customFields, 'input.customFields');
  errors.push(...custom.errors);
  if (errors.length) return { company: null, errors };
  const taken = await domainTaken(em, fields.domain);
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
  return flushCompany(em, company);
}

async function flushCompany(em: Em, company: CompanyRow): Promise<Result<'company', CompanyRow>> {
  try {
    await em.flush();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { company: null, errors: [conflictError('input.domain', `Another company has the domain ${company.domain}.`)] };
  }
  return { company, errors: [] };
}

export async function updateCompany(deps: CrmDeps, id: string, input: UpdateCompanyInput): Promise<Result<'company', CompanyRow>> {
  const { em } = deps;
  const company = await em.findOne(Company, { id });
  if (!company) throw notFound('Company', id);
  const { fields, errors } = checkCompany(input, false);
  const custom = applyCustomFields(await definitions(deps, 'COMPANY'), company.customFields, input.customFields, 'input.customFields');
  errors.push(...custom.errors);
  if (errors.length) return { company: null, errors };
  const taken = await domainTaken(em, fields.domain, id);
  if (taken) return { company: null, errors: [taken] };
  const renamed = fields.name !== undefined && fields.name !== company.name;
  Object.assign(company, fields);
  company.customFields = custom.values;
  indexCompany(company);
  // Contacts are found by their company's name: keep their search words current.
  if (renamed) await reindexContactsOf(em, company.id, company.name);
  return flushCompany(em, company);
}

/** Deletes a company; its contacts and leads lose the link (in the same transaction). */
export async function deleteCompany(deps: CrmDeps, id: string): Promise<DeleteResult> {
  const { em } = deps;
  const company = await em.findOne(Company, { id });
  if (!company) throw notFound('Company', id);
  await em.transactional(async (tx) => {
    await reindexContactsOf(tx, id, null);
    await tx.nativeUpdate(Lead, { companyId: id }, { companyId: null });
    tx.remove(await tx.findOneOrFail(Company, { id }));
  });
  return { deletedId: id, errors: [] };
}

/** The tenant's companies (`Query.companies`), filtered and sorted; cursors are of this list only. */
export function listCompanies(deps: CrmDeps, args: ListArgs<CompanyFilter, CompanyOrder>): Promise<Connection<CompanyRow>> {
  const { em } = deps;
  const where: Record<string, unknown> = {};
  const and: object[] = [];
  const filter = args.filter ?? {};
  if (filter.search != null) and.push(searchCondition(em, filter.search));
  if (filter.tag != null) and.push(tagCondition(filter.tag));
  if (filter.industry != null) where.industry = filter.industry.trim();
  if (filter.ownerUserId != null) where.ownerUserId = filter.ownerUserId.toLowerCase();
  createdRange(where, filter.createdAfter, filter.createdBefore);
  if (and.length) where.$and = and;
  return paginate(em, Company, where as FilterQuery<CompanyRow>, args, companyOrder(args.orderBy), { list: 'Query.companies' });
}
