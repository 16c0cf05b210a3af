import { describe, expect, it } from 'vitest';
import { type FieldDefinition, validateRecordValues } from '../../functions/data-entry/fields.ts';

const fields: FieldDefinition[] = [
  { name: 'invoiceNumber', type: 'string', required: true, pattern: '^INV-\\d{4}$' },
  { name: 'quantity', type: 'number', required: false },
  { name: 'issuedOn', type: 'date', required: true },
  { name: 'amount', type: 'money', required: true },
  { name: 'contact', type: 'email', required: false },
];

const good = { invoiceNumber: 'INV-0042', quantity: 2.5, issuedOn: '2026-02-28', amount: 1999, contact: 'ap@vendor.test' };

function fieldsNamed(values: Record<string, unknown>) {
  const result = validateRecordValues(fields, values);
  return result.ok ? [] : result.issues.map((issue) => issue.field).sort();
}

describe('record validation', () => {
  it('accepts values of every type and stores absent optional fields as null', () => {
    expect(validateRecordValues(fields, good)).toEqual({ ok: true, values: good });
    expect(validateRecordValues(fields, { invoiceNumber: 'INV-0001', issuedOn: '2026-01-01', amount: 0 })).toEqual({
      ok: true,
      values: { invoiceNumber: 'INV-0001', quantity: null, issuedOn: '2026-01-01', amount: 0, contact: null },
    });
  });

  it('takes numbers and amounts keyed as text, and stores them as numbers', () => {
    const result = validateRecordValues(fields, { ...good, quantity: '12.75', amount: '-500' });
    expect(result).toEqual({ ok: true, values: { ...good, quantity: 12.75, amount: -500 } });
  });

  it('names every bad field at once, each as values.<field>', () => {
    const bad = { invoiceNumber: 'X-1', quantity: 'lots', issuedOn: '2026-02-30', amount: 19.99, contact: 'not-an-email', extra: 'x' };
    expect(fieldsNamed(bad)).toEqual(
      ['values.amount', 'values.contact', 'values.extra', 'values.invoiceNumber', 'values.issuedOn', 'values.quantity'].sort(),
    );
  });

  it('requires required fields, counting blank text and null as missing', () => {
    expect(fieldsNamed({ quantity: 1 })).toEqual(['values.amount', 'values.invoiceNumber', 'values.issuedOn']);
    expect(fieldsNamed({ ...good, invoiceNumber: '   ', amount: null })).toEqual(['values.amount', 'values.invoiceNumber']);
  });

  it('checks each type: text, number, date, money and email', () => {
    expect(fieldsNamed({ ...good, invoiceNumber: 42 })).toEqual(['values.invoiceNumber']);
    expect(fieldsNamed({ ...good, quantity: Number.NaN })).toEqual(['values.quantity']);
    expect(fieldsNamed({ ...good, quantity: '1e5' })).toEqual(['values.quantity']);
    expect(fieldsNamed({ ...good, issuedOn: '28/02/2026' })).toEqual(['values.issuedOn']);
    expect(fieldsNamed({ ...good, issuedOn: '2025-02-29' })).toEqual(['values.issuedOn']);
    expect(fieldsNamed({ ...good, amount: '19.99' })).toEqual(['values.amount']);
    expect(fieldsNamed({ ...good, contact: 'a@b' })).toEqual(['values.contact']);
  });

  it('applies the pattern to the value', () => {
    expect(fieldsNamed({ ...good, invoiceNumber: 'INV-12345' })).toEqual(['values.invoiceNumber']);
    const digits: FieldDefinition[] = [{ name: 'code', type: 'number', required: true, pattern: '^\\d{3}$' }];
    expect(validateRecordValues(digits, { code: 123 }).ok).toBe(true);
    expect(validateRecordValues(digits, { code: 1234 }).ok).toBe(false);
  });
});
