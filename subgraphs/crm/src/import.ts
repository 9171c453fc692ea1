import {
  badInput,
  conflict,
  forbidden,
  forTenant,
  currentTenantId,
  isUniqueViolation,
  tenantRoleAtLeast,
  type UserError,
  requireTenant,
  fold,
  sortKey,
} from '../../../kit';
import type { CrmDeps } from './context';
import { applyCustomFields, parseCustomValue } from './custom-fields';
import { parseCsv, CsvError } from './csv';
import { Company, Contact, type CompanyRow, type ContactRow, type CustomFieldDefinitionRow, type CustomFieldValues } from './entities';
import { indexCompany } from './companies';
import { checkContactFields, indexContact, type ContactFields } from './contacts';
import { LIMITS } from './shared';
import { cleanDomain } from './text';

/** Most bytes of CSV text: with JSON escaping it still fits the default 1 MB request body limit. */
export const IMPORT_MAX_BYTES = 512 * 1024;
/** Most data rows (the header not counted). */
export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_COLUMNS = 100;

export interface ImportOptions {
  dedupBy?: 'EMAIL' | null;
  onDuplicate?: 'SKIP' | 'UPDATE' | null;
  dryRun?: boolean | null;
}

export interface ImportRowError {
  row: number;
  field: string | null;
  message: string;
  code: UserError['code'];
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
  companiesCreated: number;
  errors: ImportRowError[];
  ignoredColumns: string[];
  dryRun: boolean;
}

type Column =
  'firstName' | 'lastName' | 'fullName' | 'email' | 'phone' | 'title' | 'companyName' | 'companyDomain' | 'tags' | 'ownerUserId';

/** Header spellings (folded, without spaces, `_`, `-` or `.`) of each built-in column. */
const HEADER_ALIASES: Record<Column, string[]> = {
  firstName: ['firstname', 'givenname', 'first', 'forename'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  fullName: ['name', 'fullname', 'contactname', 'contact'],
  email: ['email', 'emailaddress', 'mail', 'email1', 'workemail'],
  phone: ['phone', 'phonenumber', 'mobile', 'mobilephone', 'telephone', 'tel', 'workphone'],
  title: ['title', 'jobtitle', 'position', 'role'],
  companyName: ['company', 'companyname', 'organization', 'organisation', 'account', 'accountname'],
  companyDomain: ['companydomain', 'domain', 'website', 'companywebsite', 'url'],
  tags: ['tags', 'tag', 'labels'],
  ownerUserId: ['owner', 'ownerid', 'owneruserid'],
};
const ALIAS_TO_COLUMN = new Map<string, Column>(
  (Object.entries(HEADER_ALIASES) as [Column, string[]][]).flatMap(([column, aliases]) => aliases.map((a) => [a, column] as const)),
);

function headerKey(cell: string): string {
  return fold(cell).replace(/[\s_.-]+/g, '');
}

interface Mapping {
  columns: Map<number, Column>;
  custom: Map<number, CustomFieldDefinitionRow>;
  ignored: string[];
}

/** Maps header cells to built-in columns, then to CONTACT custom field keys (`key`, `cf:key` or `custom.key`). */
function mapHeader(header: string[], defs: CustomFieldDefinitionRow[]): Mapping {
  const columns = new Map<number, Column>();
  const custom = new Map<number, CustomFieldDefinitionRow>();
  const ignored: string[] = [];
  const used = new Set<string>();
  const defByKey = new Map(defs.map((d) => [d.key, d]));
  header.forEach((raw, i) => {
    const cell = raw.trim();
    const column = ALIAS_TO_COLUMN.get(headerKey(cell));
    const def = defByKey.get(cell.toLowerCase().replace(/^(cf|custom)[.:]/, ''));
    const target = column ?? (def ? `custom:${def.key}` : null);
    if (!target) {
      ignored.push(cell || `(column ${i + 1})`);
      return;
    }
    if (used.has(target)) throw badInput(`Column "${cell}" maps to the same field as an earlier column.`, 'csv');
    used.add(target);
    if (column) columns.set(i, column);
    else custom.set(i, def!);
  });
  const has = (c: Column) => [...columns.values()].includes(c);
  if (!has('firstName') && !has('lastName') && !has('fullName') && !has('email')) {
    throw badInput('The header (first row) needs a name or an email column, e.g. "First name,Last name,Email".', 'csv');
  }
  return { columns, custom, ignored };
}

interface ValidRow {
  row: number;
  fields: ContactFields;
  companyName: string | null;
  companyDomain: string | null;
  custom: { key: string; value: string }[];
}

/** Splits "Ada King Lovelace" into first "Ada King", last "Lovelace". */
function splitName(full: string): { firstName: string | null; lastName: string | null } {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  const last = parts.pop();
  if (last === undefined) return { firstName: null, lastName: null };
  if (parts.length === 0) return { firstName: last, lastName: null };
  return { firstName: parts.join(' '), lastName: last };
}

async function inChunks<T, R>(items: T[], size: number, load: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await load(items.slice(i, i + size))));
  return out;
}

/**
 * Imports contacts from CSV. Rows are checked like `createContact` inputs; invalid rows, and rows
 * repeating an email seen earlier in the file, are reported and left out. Existing contacts are
 * matched by email; SKIP leaves them, UPDATE writes the row's non-empty cells over them (tags are
 * added). A company cell finds the company by domain, else by name (case- and accent-insensitively),
 * else creates it once for the whole file. All valid rows are written in one flush, which is one
 * transaction: if it fails (say another request created one of the emails meanwhile), nothing is
 * written and the import can be retried. Queries are batched: a constant number per 500 rows.
 *
 * Who may import is declared in schema.graphql (any tenant member); overwriting existing contacts
 * (`onDuplicate: UPDATE`, not a dry run) is a MANAGER's call, a rule that depends on the arguments and
 * so is checked here, before anything is read.
 */
export async function importContacts(
  deps: CrmDeps,
  csv: string,
  options: ImportOptions,
  defs: CustomFieldDefinitionRow[],
): Promise<ImportResult> {
  const { em } = deps;
  const viewer = requireTenant(deps.viewer);
  if (options.onDuplicate === 'UPDATE' && !options.dryRun && !tenantRoleAtLeast(viewer.tenantRole, 'MANAGER')) {
    throw forbidden(
      'An import that updates existing contacts needs the MANAGER role in the current tenant; import with onDuplicate: SKIP, or as a manager.',
    );
  }
  if (Buffer.byteLength(csv, 'utf8') > IMPORT_MAX_BYTES) {
    throw badInput(`The CSV must be at most ${IMPORT_MAX_BYTES / 1024} KiB; split the file.`, 'csv');
  }
  let records: string[][];
  try {
    records = parseCsv(csv, { maxRecords: IMPORT_MAX_ROWS + 1, maxCells: IMPORT_MAX_COLUMNS });
  } catch (error) {
    if (error instanceof CsvError) throw badInput(`The CSV cannot be read. ${error.message}`, 'csv');
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw badInput('The CSV is empty; its first row must be a header.', 'csv');
  const mapping = mapHeader(header, defs);
  const onDuplicate = options.onDuplicate ?? 'SKIP';
  const dryRun = options.dryRun ?? false;
  const result: ImportResult = {
    created: 0,
    updated: 0,
    skipped: 0,
    companiesCreated: 0,
    errors: [],
    ignoredColumns: mapping.ignored,
    dryRun,
  };

  // 1. Check every row on its own.
  const valid: ValidRow[] = [];
  const firstRowOfEmail = new Map<string, number>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === '')) {
      result.skipped++;
      return;
    }
    if (cells.length > header.length) {
      result.errors.push({
        row,
        field: null,
        message: `The row has ${cells.length} cells, the header ${header.length}.`,
        code: 'BAD_USER_INPUT',
      });
      return;
    }
    const raw: Partial<Record<Column, string>> = {};
    for (const [i, column] of mapping.columns) {
      const cell = cells[i]?.trim();
      if (cell) raw[column] = cell;
    }
    const names =
      raw.fullName && !raw.firstName && !raw.lastName
        ? splitName(raw.fullName)
        : { firstName: raw.firstName ?? null, lastName: raw.lastName ?? null };
    const columnName = (field: string) => {
      const column = field === 'firstName' && raw.fullName && !raw.firstName ? 'fullName' : field;
      const index = [...mapping.columns].find(([, c]) => c === column)?.[0];
      return (index !== undefined ? header[index]?.trim() : undefined) ?? field;
    };
    const { fields, errors } = checkContactFields(
      {
        firstName: names.firstName ?? undefined,
        lastName: names.lastName ?? undefined,
        email: raw.email,
        phone: raw.phone,
        title: raw.title,
        ownerUserId: raw.ownerUserId,
        tags: raw.tags ? raw.tags.split(/[;|,]/).filter((t) => t.trim()) : undefined,
      },
      columnName,
    );
    if (!fields.firstName && !fields.lastName && !fields.email && !errors.length) {
      errors.push({ field: null, message: 'The row needs a name or an email.', code: 'BAD_USER_INPUT' });
    }
    let companyDomain: string | null = null;
    if (raw.companyDomain) {
      companyDomain = cleanDomain(raw.companyDomain);
      if (!companyDomain)
        errors.push({ field: columnName('companyDomain'), message: 'Must be a host name such as acme.com.', code: 'BAD_USER_INPUT' });
    }
    if (raw.companyName && raw.companyName.length > LIMITS.companyName) {
      errors.push({
        field: columnName('companyName'),
        message: `Company must be at most ${LIMITS.companyName} characters.`,
        code: 'BAD_USER_INPUT',
      });
    }
    const custom: { key: string; value: string }[] = [];
    for (const [i, def] of mapping.custom) {
      const cell = cells[i]?.trim();
      if (!cell) continue;
      const parsed = parseCustomValue(def, cell);
      if ('error' in parsed)
        errors.push({ field: header[i]?.trim() ?? def.key, message: `${def.label} ${parsed.error}.`, code: 'BAD_USER_INPUT' });
      else custom.push({ key: def.key, value: cell });
    }
    if (errors.length) {
      for (const e of errors) result.errors.push({ row, field: e.field, message: e.message, code: e.code });
      return;
    }
    if (fields.email) {
      const first = firstRowOfEmail.get(fields.email);
      if (first !== undefined) {
        result.errors.push({
          row,
          field: columnName('email'),
          message: `Duplicate of row ${first} (same email); only the first is imported.`,
          code: 'CONFLICT',
        });
        return;
      }
      firstRowOfEmail.set(fields.email, row);
    }
    valid.push({ row, fields, companyName: raw.companyName ?? null, companyDomain, custom });
  });

  // 2. Look up, in batches, the contacts and companies the valid rows name.
  const tenantId = currentTenantId(em);
  if (!tenantId) throw new Error('importContacts needs a tenant-scoped entity manager');
  const work = forTenant(em, tenantId);
  const emails = valid.flatMap((v) => (v.fields.email ? [v.fields.email] : []));
  const existing = new Map<string, ContactRow>();
  for (const c of await inChunks(emails, 500, (chunk) => work.find(Contact, { email: { $in: chunk } }))) existing.set(c.email!, c);
  const domains = [...new Set(valid.flatMap((v) => (v.companyDomain ? [v.companyDomain] : [])))];
  const nameKeys = [...new Set(valid.flatMap((v) => (v.companyName ? [sortKey(v.companyName, 200)] : [])))];
  const byDomain = new Map<string, CompanyRow>();
  const byName = new Map<string, CompanyRow>();
  for (const c of await inChunks(domains, 500, (chunk) => work.find(Company, { domain: { $in: chunk } }))) byDomain.set(c.domain!, c);
  const named = await inChunks(nameKeys, 500, (chunk) => work.find(Company, { sortKey: { $in: chunk } }, { orderBy: { id: 'asc' } }));
  // The oldest company of a name wins when several share it.
  for (const c of named) if (!byName.has(c.sortKey)) byName.set(c.sortKey, c);
  const companyNames = new Map<string, string>();
  const linked = [...new Set([...existing.values()].flatMap((c) => (c.companyId ? [c.companyId] : [])))];
  for (const c of await inChunks(linked, 500, (chunk) => work.find(Company, { id: { $in: chunk } }))) companyNames.set(c.id, c.name);

  const companyFor = (v: ValidRow): CompanyRow | null => {
    if (!v.companyDomain && !v.companyName) return null;
    const key = v.companyName ? sortKey(v.companyName, 200) : null;
    let company = (v.companyDomain && byDomain.get(v.companyDomain)) || (!v.companyDomain && key && byName.get(key)) || null;
    if (!company) {
      company = work.create(Company, {
        name: v.companyName ?? v.companyDomain!,
        domain: v.companyDomain,
        tags: [],
        customFields: {},
        sortKey: '',
        tagKey: '',
        searchText: '',
      });
      indexCompany(company);
      result.companiesCreated++;
      if (company.domain) byDomain.set(company.domain, company);
      if (!byName.has(company.sortKey)) byName.set(company.sortKey, company);
    }
    companyNames.set(company.id, company.name);
    return company;
  };

  // 3. Create or update.
  for (const v of valid) {
    const current = v.fields.email ? existing.get(v.fields.email) : undefined;
    if (current && onDuplicate === 'SKIP') {
      result.skipped++;
      continue;
    }
    const custom = applyCustomFields(defs, current?.customFields ?? {}, v.custom, 'customFields');
    const values: CustomFieldValues = custom.values;
    const company = companyFor(v);
    if (current) {
      const { tags, ...rest } = v.fields;
      Object.assign(current, rest);
      if (tags?.length) current.tags = [...new Set([...current.tags, ...tags])].slice(0, 20);
      if (company) current.companyId = company.id;
      current.customFields = values;
      indexContact(current, current.companyId ? (companyNames.get(current.companyId) ?? null) : null);
      result.updated++;
    } else {
      const contact = work.create(Contact, {
        firstName: v.fields.firstName ?? null,
        lastName: v.fields.lastName ?? null,
        email: v.fields.email ?? null,
        phone: v.fields.phone ?? null,
        title: v.fields.title ?? null,
        companyId: company?.id ?? null,
        ownerUserId: v.fields.ownerUserId ?? null,
        tags: v.fields.tags ?? [],
        customFields: values,
        sortKey: '',
        tagKey: '',
        searchText: '',
      });
      indexContact(contact, company?.name ?? null);
      result.created++;
    }
  }

  if (dryRun) return result;
  try {
    await work.flush();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw conflict('Another change created one of these contacts or companies while importing; nothing was imported. Retry the import.');
  }
  return result;
}
