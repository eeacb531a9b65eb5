// The CSV record reader reads a line with no double quote by splitting it at its commas, and any other record a
// character at a time (issue 17 item 5). Held to RFC 4180 by round trips: records written by the rules of the RFC
// (a field with a comma, quote, CR or LF in double quotes, quotes doubled), read back whole and in pieces, give the
// fields written, with the line each record starts on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordReader, parseCsv, type CsvRecord } from '../../src/reporting/csv-parse.js';

/** A field as RFC 4180 writes it. */
const written = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

function inPieces(text: string, size: number): CsvRecord[] {
  const out: CsvRecord[] = [];
  const reader = new CsvRecordReader((r) => out.push(r));
  for (let i = 0; i < text.length; i += size) reader.write(text.slice(i, i + size));
  reader.end();
  return out;
}

describe('the CSV reader: RFC 4180 round trips', () => {
  // Fields of a, space, comma, quote, CR and LF: many lines have no quote (read by split), some do (read by hand).
  const field = fc.string({ unit: fc.constantFrom('a', 'a', 'b', ' ', ',', '"', '\r', '\n'), maxLength: 6 });
  const records = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 12 });

  it('gives back the fields written, numbered by the line each record starts on, whole and in pieces', () => {
    fc.assert(
      fc.property(records, fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.integer({ min: 1, max: 50 }), (recs, eol, lastEol, size) => {
        // A record of one empty field is a blank line, which is not a record.
        const kept = recs.filter((r) => !(r.length === 1 && r[0] === ''));
        const text = kept.map((r) => r.map(written).join(',')).join(eol) + (lastEol && kept.length > 0 ? eol : '');
        let line = 1;
        const want = kept.map((fields) => {
          const record = { line, fields };
          // The record's own line breaks (inside quoted fields), then the one that ends it.
          line += fields.join(',').split('\n').length;
          return record;
        });
        expect(parseCsv(text)).toEqual(want);
        expect(inPieces(text, size)).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });

  it('a line with no quote: a lone carriage return stays in its field, CRLF and LF end the record, blank lines are skipped', () => {
    const text = 'a,b\rc\r\n\r\n\nd,,e\n,\nf';
    const want = [
      { line: 1, fields: ['a', 'b\rc'] },
      { line: 4, fields: ['d', '', 'e'] },
      { line: 5, fields: ['', ''] },
      { line: 6, fields: ['f'] },
    ];
    expect(parseCsv(text)).toEqual(want);
    for (const size of [1, 2, 3, 5]) expect(inPieces(text, size)).toEqual(want);
  });
});
