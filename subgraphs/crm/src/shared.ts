import { currentTenantId, fieldError, type Em, type PageArgs, type UserError, cleanTag, isUuid, MAX_TAGS } from '../../../kit';
import { Company, Contact, TenantLock, type CompanyRow, type ContactRow } from './entities';

/*
 * What the crm's aggregate modules (companies, contacts, pipelines and leads, custom fields, import)
 * share: payload shapes, input limits and checks, list plumbing, the tenant lock and references
 * across aggregates. Every service function takes the request's entity manager, which the kit has
 * scoped to the viewer's tenant; who may call what is declared once, in schema.graphql.
 */

export type Result<K extends string, T> = ({ [P in K]: T } & { errors: [] }) | ({ [P in K]: null } & { errors: UserError[] });
export type DeleteResult = { deletedId: string; errors: [] } | { deletedId: null; errors: UserError[] };

/** Turns a field name into the path reported in errors (`input.email`, or a CSV column name). */
export type PathOf = (field: string) => string;
export const inputPath: PathOf = (field) => `input.${field}`;

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

export const PHONE = /^\+?[0-9 ()./-]*[0-9][0-9 ()./-]*(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;

/**
 * Reads an optional text input: `undefined` when not given, `null` when null or blank, else trimmed;
 * pushes an error when longer than `max`.
 */
export function optionalText(
  errors: UserError[],
  path: string,
  value: string | null | undefined,
  max: number,
  label: string,
): string | null | undefined {
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

export function cleanTags(errors: UserError[], path: string, tags: string[] | null | undefined): string[] | undefined {
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

export function userId(errors: UserError[], path: string, value: string | null | undefined): string | null | undefined {
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

export function createdRange(where: Record<string, unknown>, after?: Date | null, before?: Date | null): void {
  if (!after && !before) return;
  where.createdAt = { ...(after ? { $gte: after } : {}), ...(before ? { $lt: before } : {}) };
}

export type ListArgs<F, O> = PageArgs & { filter?: F | null; orderBy?: O | null };

/**
 * Takes the tenant's {@link TenantLock} row until `tx` ends, so per-tenant caps (pipelines, custom
 * fields) are counted and written by one change at a time. The upsert creates the row the first time
 * and holds it either way: on MySQL a duplicate key takes the row's exclusive lock and waits for its
 * holder; on SQLite the transaction already excludes every other writer.
 */
export async function lockTenant(tx: Em): Promise<void> {
  const tenantId = currentTenantId(tx);
  if (!tenantId) throw new Error('lockTenant needs a tenant-scoped entity manager');
  const now = new Date();
  await tx.upsert(
    TenantLock,
    { id: tenantId, tenantId, createdAt: now, updatedAt: now },
    { onConflictFields: ['id'], onConflictMergeFields: ['updatedAt'] },
  );
}

/** The company named by `companyId`, in this tenant; an error when there is none. */
export async function companyRef(
  em: Em,
  companyId: string | null | undefined,
  path: string,
): Promise<{ company?: CompanyRow | null; error?: UserError }> {
  if (companyId === undefined) return {};
  if (companyId === null || !companyId.trim()) return { company: null };
  const company = isUuid(companyId) ? await em.findOne(Company, { id: companyId.toLowerCase() }) : null;
  return company ? { company } : { error: fieldError(path, 'There is no such company.') };
}

export async function contactRef(
  em: Em,
  contactId: string | null | undefined,
  path: string,
): Promise<{ contact?: ContactRow | null; error?: UserError }> {
  if (contactId === undefined) return {};
  if (contactId === null || !contactId.trim()) return { contact: null };
  const contact = isUuid(contactId) ? await em.findOne(Contact, { id: contactId.toLowerCase() }) : null;
  return contact ? { contact } : { error: fieldError(path, 'There is no such contact.') };
}
