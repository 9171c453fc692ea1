import { conflictError, fieldError, isUniqueViolation, notFound, type UserError, isIsoDate } from '../../../kit';
import type { CrmDeps } from './context';
import { CustomFieldDefinition, type CustomFieldDefinitionRow, type CustomFieldEntity, type CustomFieldValues } from './entities';
import type { DefineCustomFieldInput, UpdateCustomFieldInput } from './generated/resolvers';
import { LIMITS, lockTenant, type DeleteResult, type Result } from './shared';
import type { CustomFieldValueView } from './context';

export const MAX_CUSTOM_FIELD_INPUTS = 50;
export const MAX_DEFINITIONS_PER_ENTITY = 50;
export const MAX_TEXT_VALUE = 1000;
export const MAX_OPTIONS = 50;

export interface CustomFieldInput {
  key: string;
  value?: string | null;
}

/** Parses one value in its type's string form; returns the stored form or an error message. */
export function parseCustomValue(
  def: Pick<CustomFieldDefinitionRow, 'type' | 'options'>,
  raw: string,
): { value: string | number | boolean } | { error: string } {
  const text = raw.trim();
  switch (def.type) {
    case 'TEXT':
      return raw.length > MAX_TEXT_VALUE ? { error: `must be at most ${MAX_TEXT_VALUE} characters` } : { value: raw };
    case 'NUMBER': {
      if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { error: 'must be a number such as 42 or -3.5' };
      if (text.replace(/[^0-9]/g, '').replace(/^0+/, '').length > 15) return { error: 'must have at most 15 significant digits' };
      return { value: Number(text) };
    }
    case 'DATE':
      return isIsoDate(text) ? { value: text } : { error: 'must be a date written YYYY-MM-DD' };
    case 'BOOLEAN': {
      const lower = text.toLowerCase();
      if (['true', 'yes', '1'].includes(lower)) return { value: true };
      if (['false', 'no', '0'].includes(lower)) return { value: false };
      return { error: 'must be true or false' };
    }
    case 'SELECT': {
      const match = def.options.find((o) => o.toLowerCase() === text.toLowerCase());
      return match !== undefined ? { value: match } : { error: `must be one of: ${def.options.join(', ')}` };
    }
  }
}

/**
 * Applies `inputs` to a record's stored values, checking each against the tenant's definitions of
 * that kind of record: unknown keys, malformed values and repeated keys are errors (one per input,
 * at `path[i].key` / `path[i].value`); null or empty clears. Values whose definition was deleted are
 * dropped, so a record holds only defined keys after any write.
 */
export function applyCustomFields(
  defs: CustomFieldDefinitionRow[],
  current: CustomFieldValues,
  inputs: CustomFieldInput[] | null | undefined,
  path: string,
): { values: CustomFieldValues; errors: UserError[] } {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const values: CustomFieldValues = {};
  for (const [key, value] of Object.entries(current ?? {})) if (byKey.has(key)) values[key] = value;
  const errors: UserError[] = [];
  if (!inputs) return { values, errors };
  if (inputs.length > MAX_CUSTOM_FIELD_INPUTS) {
    return { values, errors: [fieldError(path, `At most ${MAX_CUSTOM_FIELD_INPUTS} custom fields per change.`)] };
  }
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const key = input.key.trim();
    const def = byKey.get(key);
    if (!def) {
      errors.push(fieldError(`${path}[${i}].key`, `There is no custom field "${key.slice(0, 40)}" here.`));
      return;
    }
    if (seen.has(key)) {
      errors.push(fieldError(`${path}[${i}].key`, `Custom field "${key}" is given twice.`));
      return;
    }
    seen.add(key);
    if (input.value == null || input.value.trim() === '') {
      delete values[key];
      return;
    }
    const parsed = parseCustomValue(def, input.value);
    if ('error' in parsed) errors.push(fieldError(`${path}[${i}].value`, `${def.label} ${parsed.error}.`));
    else values[key] = parsed.value;
  });
  return { values, errors };
}

/** A record's values as the API shows them: defined keys only, in definition order. */
export function viewCustomFields(defs: CustomFieldDefinitionRow[], values: CustomFieldValues): CustomFieldValueView[] {
  const out: CustomFieldValueView[] = [];
  for (const def of sortDefinitions(defs)) {
    const value = values?.[def.key];
    if (value === undefined || value === null) continue;
    out.push({ key: def.key, label: def.label, type: def.type, value: String(value) });
  }
  return out;
}

/** Definitions in the order they were made (ids are time-ordered UUIDv7). */
export function sortDefinitions(defs: CustomFieldDefinitionRow[]): CustomFieldDefinitionRow[] {
  return [...defs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------
// Definitions: the tenant's custom fields (MANAGER, declared in schema.graphql)
// ---------------------------------------------------------------------------------------------------

export const CUSTOM_KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** Keys a CONTACT custom field may not take, because CSV imports read these headers as built-in columns. */
export const RESERVED_CONTACT_KEYS = new Set([
  'first_name',
  'firstname',
  'last_name',
  'lastname',
  'name',
  'full_name',
  'fullname',
  'email',
  'email_address',
  'phone',
  'phone_number',
  'mobile',
  'title',
  'job_title',
  'company',
  'company_name',
  'company_domain',
  'domain',
  'website',
  'tags',
  'tag',
  'owner',
  'owner_user_id',
  'id',
]);

export async function definitions(deps: CrmDeps, entity?: CustomFieldEntity | null): Promise<CustomFieldDefinitionRow[]> {
  const { em } = deps;
  return sortDefinitions(await em.find(CustomFieldDefinition, entity ? { entity } : {}));
}

function checkOptions(errors: UserError[], options: string[]): string[] | undefined {
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

export async function defineCustomField(
  deps: CrmDeps,
  input: DefineCustomFieldInput,
): Promise<Result<'definition', CustomFieldDefinitionRow>> {
  const { em } = deps;
  const errors: UserError[] = [];
  const key = input.key.trim();
  if (!CUSTOM_KEY.test(key))
    errors.push(fieldError('input.key', 'Key must be a lower-case letter then letters, digits or _, at most 40 characters.'));
  else if (input.entity === 'CONTACT' && RESERVED_CONTACT_KEYS.has(key)) {
    errors.push(fieldError('input.key', `"${key}" is a built-in contact column; pick another key.`));
  }
  const label = input.label.trim();
  if (label.length < 1 || label.length > LIMITS.label)
    errors.push(fieldError('input.label', `Label must be 1 to ${LIMITS.label} characters.`));
  let options: string[] = [];
  if (input.type === 'SELECT') options = checkOptions(errors, input.options ?? []) ?? [];
  else if (input.options?.length) errors.push(fieldError('input.options', 'Only SELECT fields have options.'));
  if (errors.length) return { definition: null, errors };
  const taken = conflictError('input.key', `A ${input.entity} custom field "${key}" exists already.`);
  try {
    return await em.transactional(async (tx): Promise<Result<'definition', CustomFieldDefinitionRow>> => {
      await lockTenant(tx);
      if ((await tx.count(CustomFieldDefinition, { entity: input.entity })) >= MAX_DEFINITIONS_PER_ENTITY) {
        return {
          definition: null,
          errors: [fieldError('input.entity', `At most ${MAX_DEFINITIONS_PER_ENTITY} custom fields per kind of record.`)],
        };
      }
      // The unique (tenant, entity, key) index backs this check; the catch below answers a lost race alike.
      if (await tx.count(CustomFieldDefinition, { entity: input.entity, key })) return { definition: null, errors: [taken] };
      const definition = tx.create(CustomFieldDefinition, { entity: input.entity, key, label, type: input.type, options });
      await tx.flush();
      return { definition, errors: [] };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { definition: null, errors: [taken] };
  }
}

export async function updateCustomField(
  deps: CrmDeps,
  id: string,
  input: UpdateCustomFieldInput,
): Promise<Result<'definition', CustomFieldDefinitionRow>> {
  const { em } = deps;
  const definition = await em.findOne(CustomFieldDefinition, { id });
  if (!definition) throw notFound('Custom field', id);
  const errors: UserError[] = [];
  let label: string | undefined;
  if (input.label != null) {
    label = input.label.trim();
    if (label.length < 1 || label.length > LIMITS.label)
      errors.push(fieldError('input.label', `Label must be 1 to ${LIMITS.label} characters.`));
  }
  let options: string[] | undefined;
  if (input.options != null) {
    if (definition.type !== 'SELECT') errors.push(fieldError('input.options', 'Only SELECT fields have options.'));
    else options = checkOptions(errors, input.options);
  }
  if (errors.length) return { definition: null, errors };
  if (label !== undefined) definition.label = label;
  if (options !== undefined) definition.options = options;
  await em.flush();
  return { definition, errors: [] };
}

export async function deleteCustomField(deps: CrmDeps, id: string): Promise<DeleteResult> {
  const { em } = deps;
  const definition = await em.findOne(CustomFieldDefinition, { id });
  if (!definition) throw notFound('Custom field', id);
  await em.remove(definition).flush();
  return { deletedId: id, errors: [] };
}
