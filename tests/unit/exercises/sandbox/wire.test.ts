// The wire between a check and learner code: every value it promises to carry comes back equal (typed arrays bit for
// bit, NaN, ±Infinity and −0 included), decoded typed arrays own their buffer, and malformed input is refused with a
// WireError, never decoded into something else. An 18-qubit state crosses intact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode, WireError } from '../../../../src/lib/exercises/sandbox/wire';

const roundTrip = (v: unknown) => decode(JSON.parse(JSON.stringify(encode(v))));

describe('the sandbox wire', () => {
  it('carries typed arrays bit for bit, with a buffer of their own', () => {
    fc.assert(fc.property(fc.float64Array({ maxLength: 300 }), fc.integer({ min: 0, max: 7 }), (xs, start) => {
      // A view that does not start at its buffer's beginning, as a learner's subarray would.
      const view = xs.subarray(Math.min(start, xs.length));
      const back = roundTrip(view) as Float64Array;
      expect(back).toBeInstanceOf(Float64Array);
      expect(back.byteOffset).toBe(0);
      expect(back.buffer.byteLength).toBe(back.byteLength);
      expect(new Uint8Array(back.buffer)).toEqual(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    }), { seed: 5, numRuns: 200 });
    for (const T of [Float32Array, Int32Array, Uint32Array, Uint8Array]) {
      const v = new T([0, 1, 2, 250]);
      const back = roundTrip(v);
      expect(back).toBeInstanceOf(T);
      expect(Array.from(back as ArrayLike<number>)).toEqual(Array.from(v));
    }
  });

  it('carries numbers JSON cannot, nested in arrays and objects', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(NaN, Infinity, -Infinity, -0, undefined), (json, special) => {
      const v = { json, special, list: [special, json] };
      const back = roundTrip(v) as typeof v;
      expect(back).toStrictEqual(v);
      // toStrictEqual does not tell 0 from -0.
      expect(Object.is(back.special, special) && Object.is(back.list[0], special)).toBe(true);
    }), { seed: 6, numRuns: 200 });
  });

  it('refuses malformed typed arrays and unknown tags instead of decoding them', () => {
    for (const body of ['not base64!', 'AAA', 'AA=A', 42, 'AAAAAAA=']) {
      // 'AAAAAAA=' is valid base64 of 5 bytes, not a whole number of doubles.
      expect(() => decode({ $f64: body })).toThrow(WireError);
    }
    expect(() => decode({ $fn: 1 })).toThrow(WireError);
  });

  it('moves an 18-qubit state (2 MB) intact', () => {
    // The size exercise 01 sends; its speed is the gradebook's to show (tests/exercises/gradebook.test.ts grades with
    // a 5 s processor-time limit, which hand-built base64 of such a state once used more than half of).
    const state = new Float64Array(1 << 18).map((_, k) => Math.sin(k));
    expect(decode(JSON.parse(JSON.stringify(encode(state))))).toEqual(state);
  });
});
