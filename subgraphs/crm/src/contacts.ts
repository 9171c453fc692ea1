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
import { Company, Contact, Lead, type ContactRow } from './entities';
import type { ContactFilter, ContactOrder, CreateContactInput, UpdateContactInput } from './generated/resolvers';
import {
  cleanTags,
  companyRef,
  createdRange,
  LIMITS,
  optionalText,
  PHONE,
  userId,
  type DeleteResult,
  type ListArgs,
  type PathOf,
  type Result,
  inputPath,
} from './shared';
import { cleanEmail, searchTextWithPhone } from './text';

/** Contacts: the people a tenant is in touch with. Their field checks and derived columns are shared with the CSV import. */

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
  input: {
    firstName?: string | null;
    lastName?: string | null;
    email?: string | null;
    phone?: string | null;
    title?: string | null;
    ownerUserId?: string | null;
    tags?: string[] | null;
  },
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
  c.searchText = searchTextWithPhone([c.firstName, c.lastName, c.email, c.title, companyName], c.phone);
}

const CONTACT_ORDER = { NAME: 'sortKey', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** The total order of a contact list (default NAME ASC); ties broken by id. */
export function contactOrder(o: ContactOrder | null | undefined): QueryOrderMap<ContactRow> {
  const chosen = o ?? { field: 'NAME', direction: 'ASC' };
  return totalOrder<ContactRow>(CONTACT_ORDER[chosen.field], chosen.direction);
}

export async function reindexContactsOf(em: Em, companyId: string, companyName: string | null): Promise<void> {
  const contacts = await em.find(Contact, { companyId });
  for (const contact of contacts) {
    if (companyName === null) contact.companyId = null;
    indexContact(contact, companyName);
  }
}

async function emailTaken(em: Em, email: string | null | undefined, exceptId?: string): Promise<UserError | null> {
  if (!email) return null;
  const other = await em.findOne(Contact, { email, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  return other ? conflictError('input.email', `Another contact (${contactDisplayName(other)}) has the email ${email}.`) : null;
}

export async function createContact(deps: CrmDeps, input: CreateContactInput): Promise<Result<'contact', ContactRow>> {
  const { em } = deps;
  const { fields, errors } = checkContactFields(input, inputPath);
  if (!errors.length && !fields.firstName && !fields.lastName && !fields.email) {
    errors.push(fieldError('input.firstName', 'A contact needs a first name, a last name or an email.'));
  }
  const ref = await companyRef(em, input.companyId, 'input.companyId');
  if (ref.error) errors.push(ref.error);
  const custom = applyCustomFields(await definitions(deps, 'CONTACT'), {}, input.customFields, 'input.customFields');
  errors.push(...custom.errors);
  if (errors.length) return { contact: null, errors };
  const taken = await emailTaken(em, fields.email);
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
  return flushContact(em, contact);
}

async function flushContact(em: Em, contact: ContactRow): Promise<Result<'contact', ContactRow>> {
  try {
    await em.flush();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { contact: null, errors: [conflictError('input.email', `Another contact has the email ${contact.email}.`)] };
  }
  return { contact, errors: [] };
}

export async function updateContact(deps: CrmDeps, id: string, input: UpdateContactInput): Promise<Result<'contact', ContactRow>> {
  const { em } = deps;
  const contact = await em.findOne(Contact, { id });
  if (!contact) throw notFound('Contact', id);
  const { fields, errors } = checkContactFields(input, inputPath);
  const ref = await companyRef(em, input.companyId, 'input.companyId');
  if (ref.error) errors.push(ref.error);
  const custom = applyCustomFields(await definitions(deps, 'CONTACT'), contact.customFields, input.customFields, 'input.customFields');
  errors.push(...custom.errors);
  if (errors.length) return { contact: null, errors };
  const next = { ...contact, ...fields };
  if (!next.firstName && !next.lastName && !next.email) {
    return { contact: null, errors: [fieldError('input.firstName', 'A contact needs a first name, a last name or an email.')] };
  }
  const taken = await emailTaken(em, fields.email, id);
  if (taken) return { contact: null, errors: [taken] };
  Object.assign(contact, fields);
  if (ref.company !== undefined) contact.companyId = ref.company?.id ?? null;
  contact.customFields = custom.values;
  const company = ref.company !== undefined ? ref.company : contact.companyId ? await em.findOne(Company, { id: contact.companyId }) : null;
  indexContact(contact, company?.name ?? null);
  return flushContact(em, contact);
}

/** Deletes a contact; its leads lose the link (in the same transaction). */
export async function deleteContact(deps: CrmDeps, id: string): Promise<DeleteResult> {
  const { em } = deps;
  const contact = await em.findOne(Contact, { id });
  if (!contact) throw notFound('Contact', id);
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(Lead, { contactId: id }, { contactId: null });
    tx.remove(await tx.findOneOrFail(Contact, { id }));
  });
  return { deletedId: id, errors: [] };
}

/** The tenant's contacts (`Query.contacts`), filtered and sorted; cursors are of this list only (a parent's contacts go through the loaders). */
export function listContacts(deps: CrmDeps, args: ListArgs<ContactFilter, ContactOrder>): Promise<Connection<ContactRow>> {
  const { em } = deps;
  const where: Record<string, unknown> = {};
  const and: object[] = [];
  const filter = args.filter ?? {};
  if (filter.search != null) and.push(searchCondition(em, filter.search));
  if (filter.tag != null) and.push(tagCondition(filter.tag));
  if (filter.companyId != null) where.companyId = filter.companyId.toLowerCase();
  if (filter.ownerUserId != null) where.ownerUserId = filter.ownerUserId.toLowerCase();
  if (filter.hasEmail != null) where.email = filter.hasEmail ? { $ne: null } : null;
  createdRange(where, filter.createdAfter, filter.createdBefore);
  if (and.length) where.$and = and;
  return paginate(em, Contact, where as FilterQuery<ContactRow>, args, contactOrder(args.orderBy), { list: 'Query.contacts' });
}
