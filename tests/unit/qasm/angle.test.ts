// The palette's angles are read by the program reader's own grammar: what a program accepts as an angle, the
// palette accepts, with the same value; what it refuses, the palette refuses with a message and a position.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAngle, readQasm } from '../../../src/lib/qasm';

const inProgram = (angle: string) => {
  const r = readQasm(`OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\nrz(${angle}) q[0];\n`);
  return r.ok ? { ok: true as const, value: r.circuit.ops[0]!.params![0]! } : { ok: false as const };
};

describe('angles typed into the palette', () => {
  it('reads what people type, to the value computed here', () => {
    const cases: [string, number][] = [
      ['pi/4', Math.PI / 4], ['-3*pi/4', (-3 * Math.PI) / 4], ['π/2', Math.PI / 2], ['.5', 0.5], ['1.', 1], ['1.5e3', 1500],
      ['2^3^2', 2 ** 9], ['-2^2', -4], ['sqrt(2)/2', Math.SQRT1_2], ['ln(exp(1))', 1], ['  (1+2)*3 ', 9], ['pi/1024', Math.PI / 1024],
    ];
    for (const [text, value] of cases) {
      const r = evaluateAngle(text);
      expect(r, text).toEqual({ ok: true, value: expect.closeTo(value, 12) });
    }
  });

  it('refuses with a message that says where', () => {
    for (const [text, msg] of [
      ['', /empty/], ['pi/', /ends here|expected/], ['1/0', /not a finite number/], ['NaN', /unknown name "NaN"/],
      ['alert(1)', /unknown name "alert"/], ['1 2', /unexpected "2" after the angle at position 3/], ['1e309', /./], ['x'.repeat(2000), /limit is 1,000/],
    ] as const) {
      const r = evaluateAngle(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(msg);
        expect(r.message).not.toMatch(/undefined|null/);
      }
    }
  });

  it('property: the palette and a program agree on every short expression, ok or not, and on the value', () => {
    const token = fc.constantFrom('1', '2', '.5', '3.', 'pi', '+', '-', '*', '/', '^', '(', ')', 'sin(', 'sqrt(', ' ', 'e', '1e2');
    fc.assert(fc.property(fc.array(token, { minLength: 1, maxLength: 10 }).map((t) => t.join('')), (text) => {
      if (text.trim() === '') return;
      const a = evaluateAngle(text);
      const b = inProgram(text);
      expect(a.ok, text).toBe(b.ok);
      if (a.ok && b.ok) expect(a.value).toBe(b.value);
    }), { seed: 2212, numRuns: 500 });
  });
});
