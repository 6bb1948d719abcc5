// Grammar fuzzing of the one OpenQASM 2 reader (issue 22), beside qasm.fuzz.test.ts (random text and mutated engine
// circuits, which have no definitions): programs built from the grammar (registers, gate
// definitions calling built-in and earlier gates, expressions in the full number syntax, measure, barrier, reset,
// if), then damaged by deleting, repeating or inserting text. Valid programs must be read, with the number of qubits
// and engine gates predicted here from the generator's own structure (built-in gates counted through qelib1's
// expansions, definitions counted by hand); damaged ones must give problems that point inside the text, in words
// without NaN, null or Infinity. Every input must finish within a bound: a guard against hangs and super-linear
// paths, not a timing test (each takes milliseconds; the cap leaves room for a machine loaded a hundred times over).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProgram } from '../../../src/lib/qasm/read';
import { BUILTIN_GATES } from '../../../src/lib/qasm/qelib1';

const PER_INPUT_CAP_MS = 2_000;

/** Built-in gates used by the generator, with their arity; counts of engine gates come from qelib1's expansions. */
const BUILTINS = ['h', 'x', 'y', 'z', 's', 'sdg', 't', 'tdg', 'sx', 'rx', 'ry', 'rz', 'u1', 'u2', 'u3', 'u', 'p', 'cx', 'cz', 'cy', 'ch', 'swap', 'crz', 'cu1', 'cu3', 'rxx', 'rzz', 'ccx', 'cswap', 'rccx']
  .filter((g) => BUILTIN_GATES.has(g));
const builtinCount = (g: string) => {
  const b = BUILTIN_GATES.get(g)!;
  return b.expand(Array(b.params).fill(0.1), [...Array(b.qubits).keys()]).length;
};

/** An expression over the given parameter names, in every number form OpenQASM 2 allows; always finite, never 0/0. */
const expr = (params: readonly string[]): fc.Arbitrary<string> =>
  fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('pi', '0.5', '.5', '1.', '1.5e-3', '2E1', '3', '0'),
      ...(params.length ? [fc.constantFrom(...params)] : []),
      fc.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e')).map(([a, o, b]) => `(${a}${o}${b})`),
      tie('e').map((a) => `${a}/2`),
      tie('e').map((a) => `-${a}`),
      fc.tuple(fc.constantFrom('sin', 'cos'), tie('e')).map(([f, a]) => `${f}(${a})`),
    ),
  })).e;

interface Def { name: string; params: number; qubits: number; count: number; text: string }

/** A call of gate `g` (built-in or defined) on distinct wires drawn from `wires`, with its angles. */
const call = (g: { name: string; params: number; qubits: number }, wires: readonly string[], params: readonly string[]) =>
  fc.tuple(fc.shuffledSubarray([...wires], { minLength: g.qubits, maxLength: g.qubits }), fc.array(expr(params), { minLength: g.params, maxLength: g.params }))
    .map(([w, p]) => `${g.name}${g.params ? `(${p.join(',')})` : ''} ${w.join(',')};`);

const builtinGate = (name: string) => ({ name, params: BUILTIN_GATES.get(name)!.params, qubits: BUILTIN_GATES.get(name)!.qubits, count: builtinCount(name) });

/** Up to three definitions, each calling built-in gates and the definitions before it. */
const definitions: fc.Arbitrary<Def[]> = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 })), { maxLength: 3 })
  .chain((shapes) => {
    const build = (k: number, done: Def[]): fc.Arbitrary<Def[]> => {
      if (k === shapes.length) return fc.constant(done);
      const [np, nq, len] = shapes[k]!;
      const pnames = ['a', 'b'].slice(0, np);
      const qnames = ['q0', 'q1', 'q2'].slice(0, nq);
      const usable = [...BUILTINS.map(builtinGate), ...done].filter((g) => g.qubits <= nq);
      return fc.array(fc.constantFrom(...usable).chain((g) => call(g, qnames, pnames).map((t) => ({ t, count: g.count }))), { minLength: 1, maxLength: len })
        .chain((body) => build(k + 1, [...done, {
          name: `g${k}`, params: np, qubits: nq, count: body.reduce((s, b) => s + b.count, 0),
          text: `gate g${k}${np ? `(${pnames.join(',')})` : ''} ${qnames.join(',')} { ${body.map((b) => b.t).join(' ')} }`,
        }]));
    };
    return build(0, []);
  });

interface Program { text: string; qubits: number; gates: number }

/** A valid program: two quantum registers, one classical, definitions, gates, barriers, final measurements. */
const program: fc.Arbitrary<Program> = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), definitions).chain(([na, nb, defs]) => {
  const wires = [...[...Array(na).keys()].map((i) => `qa[${i}]`), ...[...Array(nb).keys()].map((i) => `qb[${i}]`)];
  const gates = [...BUILTINS.map(builtinGate), ...defs].filter((g) => g.qubits <= wires.length);
  const statement = fc.oneof(
    { arbitrary: fc.constantFrom(...gates).chain((g) => call(g, wires, []).map((t) => ({ t, count: g.count }))), weight: 6 },
    { arbitrary: fc.constantFrom(...wires).map((w) => ({ t: `barrier ${w};`, count: 0 })), weight: 1 },
    { arbitrary: fc.constant({ t: 'barrier qa,qb;', count: 0 }), weight: 1 },
  );
  return fc.array(statement, { maxLength: 12 }).map((body) => ({
    text: [
      'OPENQASM 2.0;', 'include "qelib1.inc";', ...defs.map((d) => d.text), `qreg qa[${na}];`, `qreg qb[${nb}];`,
      `creg c[${na + nb}];`, ...body.map((b) => b.t), ...wires.map((w, i) => `measure ${w} -> c[${i}];`), '',
    ].join('\n'),
    qubits: na + nb,
    gates: body.reduce((s, b) => s + b.count, 0),
  }));
});

/** Damage: delete a stretch, repeat one, or insert a token or an invisible character, at a random place. */
const damaged: fc.Arbitrary<string> = fc.tuple(program, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(';', '{', '}', '(', ')', '->', 'if (c == 1)', 'reset', 'gate', 'opaque o a;', 'qreg', '[', '1e309', 'pi/0', '\u200b', '\ufeff', '"', '\n', 'measure', '9999999999')), { minLength: 1, maxLength: 4 }))
  .map(([p, edits]) => edits.reduce((s, [at, len, kind, tok]) => {
    const i = at % (s.length + 1);
    if (kind === 0) return s.slice(0, i) + s.slice(i + len);
    if (kind === 1) return s.slice(0, i) + s.slice(i, i + len).repeat(3) + s.slice(i);
    return `${s.slice(0, i)}${tok}${s.slice(i)}`;
  }, p.text));

const timed = <T>(f: () => T): T => {
  const t0 = performance.now();
  const r = f();
  expect(performance.now() - t0, 'time for one input, in ms (a hang guard)').toBeLessThan(PER_INPUT_CAP_MS);
  return r;
};

describe('grammar fuzzing (fast-check, seeded)', () => {
  it('reads every valid program, with the qubits and engine gates its structure implies', () => {
    fc.assert(
      fc.property(program, (p) => {
        const r = timed(() => readProgram(p.text));
        if (!r.ok) throw new Error(`${r.message}\n${p.text}`);
        expect(r.kind).toBe('pure');
        if (r.kind !== 'pure') return;
        expect(r.circuit.numQubits).toBe(p.qubits);
        expect(r.circuit.ops).toHaveLength(p.gates);
        for (const op of r.circuit.ops) for (const v of op.params ?? []) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 300, seed: 22 },
    );
  });

  it('reads a valid program followed by reset, if and a second measurement as a dynamic program', () => {
    fc.assert(
      fc.property(program, fc.nat({ max: 3 }), (p, v) => {
        const text = `${p.text}reset qa[0];\nif (c == ${v}) x qb[0];\nmeasure qb[0] -> c[0];\n`;
        const r = timed(() => readProgram(text));
        if (!r.ok) throw new Error(`${r.message}\n${text}`);
        expect(r.kind).toBe('dynamic');
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('never throws on damaged programs, and every problem points inside the text in plain words', () => {
    fc.assert(
      fc.property(damaged, (text) => {
        const r = timed(() => readProgram(text));
        if (r.ok) return;
        const lines = text.split('\n').length;
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines);
          expect(e.column).toBeGreaterThanOrEqual(1);
          expect(e.message).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
          expect(e.message.length).toBeLessThan(1_000);
        }
        expect(r.message).not.toMatch(/[\u200b\ufeff]/);
      }),
      { numRuns: 400, seed: 2022 },
    );
  });
});
