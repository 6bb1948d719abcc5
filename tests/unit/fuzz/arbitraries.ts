// Shared fast-check generators for the fuzz tests: valid circuits, and text mutated the ways pasted or linked input
// goes wrong (cut short, spliced, characters replaced, foreign tokens and markup inserted).
import fc from 'fast-check';
import { GATES, GATE_NAMES, type Circuit, type GateOp } from '../../../src/lib/quantum';

/** The fixed seed every fuzz run starts from, so a failure replays exactly (fast-check prints the path). */
export const FUZZ_SEED = 20261125;
/** Cases per input, as the reliability issue asks. */
export const FUZZ_RUNS = 10_000;

export const opArb = (n: number): fc.Arbitrary<GateOp> =>
  fc.constantFrom(...GATE_NAMES.filter((g) => GATES[g].qubits <= n)).chain((gate) =>
    fc
      .record({
        wires: fc.shuffledSubarray([...Array(n).keys()], { minLength: GATES[gate].qubits, maxLength: GATES[gate].qubits }),
        params: fc.array(
          fc.oneof(fc.double({ min: -20, max: 20, noNaN: true }), fc.constantFrom(Math.PI / 2, -Math.PI / 4, Math.PI)),
          { minLength: GATES[gate].params, maxLength: GATES[gate].params },
        ),
      })
      .map(({ wires, params }) => (params.length ? { gate, wires, params } : { gate, wires })),
  );

export const circuitArb = (maxQubits = 8, maxOps = 25): fc.Arbitrary<Circuit> =>
  fc.integer({ min: 1, max: maxQubits }).chain((n) => fc.array(opArb(n), { maxLength: maxOps }).map((ops) => ({ numQubits: n, ops })));

/** Script-injection attempts: if any of these ever ran, the page would set window.__pwned. */
export const XSS_PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "javascript:window.__pwned=1",
  '{@html "<b>"}',
  '</textarea><script>window.__pwned=1</script>',
];

const TOKENS = [
  ';', '\n', '(', ')', '[', ']', ',', '->', '{', '}', '"', 'pi', '/', '*', '-', '0', '1e309', 'NaN', '-1', '99999999',
  'qreg', 'creg', 'gate', 'measure', 'barrier', 'include', 'OPENQASM 3;', '__proto__', 'constructor', '\u0000', 'ψ',
  '\uD800', '%', '=', '&', '#', 'AAAA', '////', ...XSS_PAYLOADS,
];

type Mutation =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'duplicate'; at: number; len: number }
  | { kind: 'truncate'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ minLength: 1, maxLength: 1 })) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(s: string, m: Mutation): string {
  const at = s.length ? m.at % (s.length + 1) : 0;
  switch (m.kind) {
    case 'delete': return s.slice(0, at) + s.slice(at + m.len);
    case 'insert': return s.slice(0, at) + m.text + s.slice(at);
    case 'replace': return s.slice(0, at) + m.text + s.slice(at + m.text.length);
    case 'duplicate': return s.slice(0, at + m.len) + s.slice(at, at + m.len) + s.slice(at + m.len);
    case 'truncate': return s.slice(0, at);
  }
}

/** A valid text from `source`, then one to five mutations of it. */
export const mutated = (source: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(source, fc.array(mutationArb, { minLength: 1, maxLength: 5 })).map(([s, ms]) => ms.reduce(apply, s));
