import { fieldError, type UserError } from '../../../kit';
import type { CustomFieldDefinitionRow, CustomFieldValues } from './entities';
import type { CustomFieldValueView } from './context';
import { isIsoDate } from './text';

export const MAX_CUSTOM_FIELD_INPUTS = 50;
export const MAX_DEFINITIONS_PER_ENTITY = 50;
export const MAX_TEXT_VALUE = 1000;
export const MAX_OPTIONS = 50;

export interface CustomFieldInput {
  key: string;
  value?: string | null;
}

/** Parses one value in its type's string form; returns the stored form or an error message. */
export function parseCustomValue(def: Pick<CustomFieldDefinitionRow, 'type' | 'options'>, raw: string): { value: string | number | boolean } | { error: string } {
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
