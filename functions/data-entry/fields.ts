import { isCalendarDate } from '../core/calendar.ts';
import type { FieldIssue } from '../core/errors.ts';

/**
 * A batch's field schema and the check every record passes on entry and on correction. Pure, so the
 * rules are unit-tested without a database. Every bad field is reported, not just the first.
 */
export const FIELD_TYPES = ['string', 'number', 'date', 'money', 'email'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldDefinition {
  name: string;
  type: FieldType;
  required: boolean;
  pattern?: string;
}

export type RecordValue = string | number | null;
export type RecordValues = Record<string, RecordValue>;

/** Values are keyed by people from documents: a string field holds at most this much. */
export const MAX_VALUE_LENGTH = 2000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;
const INTEGER_TEXT = /^-?\d+$/;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A field's value in its stored form, or the reason it is not one. */
function normalize(field: FieldDefinition, value: unknown): { ok: true; value: RecordValue } | { ok: false; message: string } {
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return { ok: false, message: 'Must be text' };
      if (value.length > MAX_VALUE_LENGTH) return { ok: false, message: `At most ${MAX_VALUE_LENGTH} characters` };
      return { ok: true, value };
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value };
      if (typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) return { ok: true, value: Number(value.trim()) };
      return { ok: false, message: 'Must be a number' };
    case 'money':
      // Integer minor units, like every amount in Backdesk: 1999 is 19.99.
      if (typeof value === 'number' && Number.isSafeInteger(value)) return { ok: true, value };
      if (typeof value === 'string' && INTEGER_TEXT.test(value.trim()) && Number.isSafeInteger(Number(value.trim()))) {
        return { ok: true, value: Number(value.trim()) };
      }
      return { ok: false, message: 'Must be a whole amount in minor units (cents), such as 1999' };
    case 'date':
      if (typeof value !== 'string' || !isCalendarDate(value.trim())) return { ok: false, message: 'Must be a date, YYYY-MM-DD' };
      return { ok: true, value: value.trim() };
    case 'email':
      if (typeof value !== 'string' || value.length > 320 || !EMAIL.test(value.trim())) return { ok: false, message: 'Must be an email address' };
      return { ok: true, value: value.trim() };
  }
}

/**
 * Checks values against the fields: unknown names, missing required values, wrong types and pattern
 * mismatches are each named as `values.<field>`. Returns the stored values (absent optional fields as
 * null, numbers as numbers) or the issues.
 */
export function validateRecordValues(
  fields: readonly FieldDefinition[],
  values: Record<string, unknown>,
): { ok: true; values: RecordValues } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const known = new Set(fields.map((field) => field.name));
  for (const name of Object.keys(values)) {
    if (!known.has(name)) issues.push({ field: `values.${name}`, message: 'Not a field of this batch' });
  }
  const stored: RecordValues = {};
  for (const field of fields) {
    const raw = values[field.name];
    if (isEmpty(raw)) {
      if (field.required) issues.push({ field: `values.${field.name}`, message: 'Required' });
      stored[field.name] = null;
      continue;
    }
    const normalized = normalize(field, raw);
    if (!normalized.ok) {
      issues.push({ field: `values.${field.name}`, message: normalized.message });
      continue;
    }
    if (field.pattern !== undefined && !new RegExp(field.pattern, 'u').test(String(normalized.value))) {
      issues.push({ field: `values.${field.name}`, message: `Must match the pattern ${field.pattern}` });
      continue;
    }
    stored[field.name] = normalized.value;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, values: stored };
}

/** Whether a pattern compiles as the record check will compile it. */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Two sets of stored values agree field by field. */
export function sameValues(a: RecordValues, b: RecordValues): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].every((name) => (a[name] ?? null) === (b[name] ?? null));
}
