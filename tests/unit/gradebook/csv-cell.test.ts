// Gradebook cells against spreadsheet formula injection (OWASP's list of leading characters), for text a learner
// controls: folder names and error messages.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell } from '../../../scripts/lib/csv-cell';

/** Reads one quoted cell back as a spreadsheet would (RFC 4180). */
const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);

describe('csvCell', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('neutralises %j', (text) => {
    const back = unquote(csvCell(text));
    expect(back.startsWith("'")).toBe(true);
  });
  it('leaves ordinary text and numbers as they are, folding line breaks', () => {
    expect(csvCell('Your code threw: "x"')).toBe('"Your code threw: ""x"""');
    expect(csvCell('a\nb')).toBe('"a b"');
    expect(csvCell(13)).toBe('13');
    expect(csvCell(Number.NaN)).toBe('""');
  });
  it('any text comes back whole, on one line, never starting a formula (seeded sweep)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string().map((t) => `'${t}`), fc.constantFrom('=', '+', '-', '@', '\t', '\r').chain((c) => fc.string().map((t) => c + t))), (text) => {
        const cell = csvCell(text);
        expect(cell).not.toMatch(/[\r\n]/);
        const back = unquote(cell);
        expect(back).not.toMatch(/^[=+\-@\t\r]/);
        const folded = text.replace(/\s*[\r\n]+\s*/g, ' ');
        expect([folded, `'${folded}`]).toContain(back);
      }),
      { seed: 14, numRuns: 500 },
    );
  });
});
