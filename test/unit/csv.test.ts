import { describe, expect, it } from 'vitest';
import { toCsv } from '../../functions/core/csv.ts';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['x', 1], ['y', 2.5]])).toBe('a,b\r\nx,1\r\ny,2.5\r\n');
  });

  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    expect(toCsv(['v'], [['Smith, Jane'], ['say "hi"'], ['two\nlines']])).toBe('v\r\n"Smith, Jane"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, but leaves numbers alone', () => {
    expect(toCsv(['v'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)'], [-5]])).toBe(
      'v\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n-5\r\n',
    );
  });

  it('writes empty cells for null and undefined', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, true]])).toBe('a,b,c\r\n,,true\r\n');
  });
});
