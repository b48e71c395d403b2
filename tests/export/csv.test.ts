import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../src/export/csv.ts';

describe('CSV writing (RFC 4180)', () => {
  it('quotes a field with a comma, a quote (doubled), CR or LF, and a semicolon; leaves plain text alone', () => {
    expect(csvField('Budget primitif 2025')).toBe('Budget primitif 2025');
    expect(csvField('Comptes M14, M49')).toBe('"Comptes M14, M49"');
    expect(csvField('Le « PRISME » dit "coworking"')).toBe('"Le « PRISME » dit ""coworking"""');
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('Tarifs ; cantine')).toBe('"Tarifs ; cantine"');
    expect(csvField('')).toBe('');
  });

  it('ends every record with CRLF, the header first', () => {
    expect(toCsv(['A', 'B'], [['1', 'x;y'], ['', '']])).toBe('A,B\r\n1,"x;y"\r\n,\r\n');
  });

  it('reads back whatever it writes: separators, quotes and line breaks inside fields', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', '\r', '\r\n', 'Z') as fc.Arbitrary<string> });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((w) => fc.tuple(fc.array(cell, { minLength: w, maxLength: w }), fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 6 }))), ([header, rows]) => {
        // A record of one empty field is a blank line, which CSV cannot tell from no record.
        fc.pre([header, ...rows].every((r) => r.length > 1 || r[0] !== ''));
        const { records, errors } = parseCsv(toCsv(header, rows));
        expect(errors).toEqual([]);
        expect(records.map((r) => r.fields)).toEqual([header, ...rows]);
      }),
    );
  });
});

describe('CSV reading', () => {
  it('counts lines: a record starts on the line after the line breaks of the quoted fields before it', () => {
    const { records } = parseCsv('A,B\r\n"x\ny\nz",1\r\nlast,2\r\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['A', 'B']],
      [2, ['x\ny\nz', '1']],
      [5, ['last', '2']],
    ]);
  });

  it('reports a stray quote, text after a closing quote and a quote never closed, by line', () => {
    expect(parseCsv('A,B\nsay "hi",1\n').errors).toEqual([{ line: 2, message: expect.stringMatching(/quote in an unquoted field/) }]);
    expect(parseCsv('A,B\n"x"y,1\n').errors).toEqual([{ line: 2, message: expect.stringMatching(/text after a closing quote: 'y'/) }]);
    expect(parseCsv('A,B\n1,"open\n').errors).toEqual([{ line: 2, message: expect.stringMatching(/never closed/) }]);
  });

  it('takes LF or CRLF line ends', () => {
    expect(parseCsv('A,B\n1,2\n').records.map((r) => r.fields)).toEqual([['A', 'B'], ['1', '2']]);
  });
});
