import { stringify } from 'csv-stringify/sync';

/**
 * CSV as RFC 4180 (comma, CRLF, quotes doubled), for exports people open in spreadsheets. A text
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` so a
 * spreadsheet shows it instead of running it as a formula (CSV injection); numbers are written as
 * they are, so a negative amount stays a number.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function defuse(value: CsvCell): CsvCell {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return stringify([header, ...rows.map((row) => row.map(defuse))], {
    record_delimiter: '\r\n',
    // A bare line feed inside a cell must be quoted too, not only the CRLF record delimiter.
    quoted_match: /[\r\n]/,
    cast: { boolean: (value) => String(value) },
  });
}
