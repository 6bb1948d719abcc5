// Fuzzing share links: anyone can send one, so decoding takes hostile text. Random strings, mutated valid links and
// well-encoded but mutated circuit objects must each load as a circuit the engine accepts or give a message; none
// throws. Reading one playground's part of the hash never changes the other parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCircuit, encodeCircuit, readFromHash, writeToHash } from '../../../src/lib/share';
import { validateCircuit } from '../../../src/lib/quantum';
import { FUZZ_RUNS, FUZZ_SEED, XSS_PAYLOADS, circuitArb, mutated } from './arbitraries';

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** A valid compact object with one field swapped for something hostile, then encoded properly. */
const hostileObjectArb = fc
  .tuple(
    circuitArb(6, 8).map((c) => JSON.parse(Buffer.from(encodeCircuit(c), 'base64url').toString('utf8')) as Record<string, unknown>),
    fc.constantFrom('v', 'n', 'o', 'o0', 'o0gate', 'o0wires', 'o0params'),
    fc.oneof(fc.jsonValue(), fc.constantFrom(...XSS_PAYLOADS), fc.constantFrom(-1, 0, 25, 1e9, 0.5, '__proto__', null, [], [[]], [-1], [0, 0], [1e308])),
  )
  .map(([obj, field, value]) => {
    const o = obj.o as unknown[][];
    if (field === 'o0' && o.length) o[0] = value as unknown[];
    else if (field === 'o0gate' && o.length) o[0]![0] = value;
    else if (field === 'o0wires' && o.length) o[0]![1] = value;
    else if (field === 'o0params' && o.length) o[0]![2] = value;
    else obj[field] = value;
    return b64url(JSON.stringify(obj));
  });

const linkArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue().map((j) => b64url(JSON.stringify(j))),
  circuitArb(8, 20).map(encodeCircuit),
  mutated(circuitArb(8, 20).map(encodeCircuit)),
  hostileObjectArb,
);

describe('fuzzing share links', () => {
  it(`${FUZZ_RUNS} random, mutated and hostile links each load a valid circuit or give a message, never throw`, () => {
    const outcomes = { loaded: 0, refused: 0 };
    fc.assert(
      fc.property(linkArb, (link) => {
        const r = decodeCircuit(link);
        if (r.ok) {
          outcomes.loaded++;
          expect(validateCircuit(r.circuit)).toEqual([]);
          // What loads is stable: encoding it again and decoding gives the same circuit.
          const again = decodeCircuit(encodeCircuit(r.circuit));
          expect(again.ok && again.circuit).toEqual(r.circuit);
        } else {
          outcomes.refused++;
          expect(r.message).toMatch(/^The (shared circuit|link)/);
        }
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
    );
    expect(outcomes.loaded).toBeGreaterThan(FUZZ_RUNS * 0.1);
    expect(outcomes.refused).toBeGreaterThan(FUZZ_RUNS * 0.1);
  });

  it(`${FUZZ_RUNS} hashes: reading never throws, and writing one playground's circuit keeps every other part`, () => {
    const partArb = fc.oneof(fc.string({ maxLength: 30 }).filter((s) => !s.includes('&')), linkArb.filter((l) => !l.includes('&')).map((l) => `other=${l}`));
    fc.assert(
      fc.property(fc.array(partArb, { maxLength: 5 }), circuitArb(4, 5), (parts, c) => {
        const hash = `#${parts.join('&')}`;
        readFromHash(hash, 'main');
        const written = writeToHash(hash, 'main', c);
        const back = readFromHash(written, 'main');
        // JSON has no negative zero, so compare with what JSON keeps of c.
        expect(back?.ok && back.circuit).toEqual(JSON.parse(JSON.stringify(c)));
        const kept = parts.filter((p) => p !== '' && !/^main=/.test(p));
        for (const p of kept) expect(written.slice(1).split('&')).toContain(p);
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
    );
  });
});
