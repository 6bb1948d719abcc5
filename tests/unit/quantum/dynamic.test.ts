// Circuits whose run depends on measurements (mid-circuit measurement, reset, conditions on classical bits): the
// engine's exact branching and its shot-by-shot sampler, against distributions derived by hand and against an
// independent route, density matrices with a classical record, written here from dense matrices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProgram } from '../../../src/lib/qasm';
import { bitDistribution, createRng, sampleBits, type DynamicCircuit, type DynamicStep } from '../../../src/lib/quantum';
import { H, RY, X, controlled, dagger, embed, mul, type M } from '../qasm/dense';

const HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';

function program(src: string): DynamicCircuit {
  const r = readProgram(`${HEAD}${src}`);
  if (!r.ok || r.kind !== 'dynamic') throw new Error(`expected a dynamic program: ${JSON.stringify(r)}`);
  return r.program;
}

const exact = (dc: DynamicCircuit) => Object.fromEntries((bitDistribution(dc) ?? []).map((o) => [o.bits, o.p]));

function expectDistribution(got: Record<number, number>, want: Record<number, number>) {
  expect(Object.keys(got).map(Number).sort((a, b) => a - b)).toEqual(Object.keys(want).map(Number).sort((a, b) => a - b));
  for (const [k, p] of Object.entries(want)) expect(got[Number(k)], `outcome ${k}`).toBeCloseTo(p, 12);
}

describe('distributions derived by hand (bit 0 = c[0], the rightmost character)', () => {
  it('a measurement in the middle changes what follows: H, measure, H, measure gives four equal outcomes', () => {
    // Without the first measurement H·H = I and the second bit would always read 0.
    expectDistribution(exact(program('qreg q[1];\ncreg c[2];\nh q[0];\nmeasure q[0] -> c[0];\nh q[0];\nmeasure q[0] -> c[1];\n')), { 0: 0.25, 1: 0.25, 2: 0.25, 3: 0.25 });
  });

  it('reset returns a qubit to |0⟩ even when entangled: its partner stays a fair coin', () => {
    expectDistribution(exact(program('qreg q[2];\ncreg c[2];\nh q[0];\ncx q[0],q[1];\nreset q[0];\nmeasure q[0] -> c[0];\nmeasure q[1] -> c[1];\n')), { 0: 0.5, 2: 0.5 });
  });

  it('a correction conditioned on the outcome: measure, if (c == 1) x, measure again reads 0 every time', () => {
    const t = 1.1;
    expectDistribution(exact(program(`qreg q[1];\ncreg c[2];\nry(${t}) q[0];\nmeasure q[0] -> c[0];\nif (c == 1) x q[0];\nmeasure q[0] -> c[1];\n`)), { 0: Math.cos(t / 2) ** 2, 1: Math.sin(t / 2) ** 2 });
  });

  it('teleportation with corrections: c0, c1 fair and independent, the teleported qubit reads 1 with probability sin²(θ/2)', () => {
    const t = 0.9;
    const dc = program(`qreg q[3];\ncreg a[1];\ncreg b[1];\ncreg r[1];\nry(${t}) q[0];\nh q[1];\ncx q[1],q[2];\ncx q[0],q[1];\nh q[0];\nmeasure q[0] -> a[0];\nmeasure q[1] -> b[0];\nif (b == 1) x q[2];\nif (a == 1) z q[2];\nmeasure q[2] -> r[0];\n`);
    const want: Record<number, number> = {};
    for (let ab = 0; ab < 4; ab++) {
      want[ab] = Math.cos(t / 2) ** 2 / 4;
      want[ab | 4] = Math.sin(t / 2) ** 2 / 4;
    }
    expectDistribution(exact(dc), want);
  });

  it('a condition on a whole register compares its value as an integer (c[0] least significant)', () => {
    // x on q0 and q1 then measure into c = 0b11 = 3: only if (c == 3) fires.
    const dc = program('qreg q[3];\ncreg c[2];\ncreg d[1];\nx q[0];\nx q[1];\nmeasure q[0] -> c[0];\nmeasure q[1] -> c[1];\nif (c == 1) x q[2];\nif (c == 2) x q[2];\nif (c == 3) h q[2];\nmeasure q[2] -> d[0];\n');
    expectDistribution(exact(dc), { 3: 0.5, 7: 0.5 });
  });

  it('reusing one qubit: three rounds of H, measure, reset give eight equal outcomes', () => {
    const dc = program('qreg q[1];\ncreg c[3];\nh q[0];\nmeasure q[0] -> c[0];\nreset q[0];\nh q[0];\nmeasure q[0] -> c[1];\nreset q[0];\nh q[0];\nmeasure q[0] -> c[2];\n');
    expectDistribution(exact(dc), Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7].map((k) => [k, 1 / 8])));
  });
});

/** Independent route: a map from classical record to an unnormalised density matrix, stepped with dense matrices. */
function densityRoute(dc: DynamicCircuit): Map<number, number> {
  const n = dc.numQubits;
  const dim = 1 << n;
  const zero: M = Array.from({ length: dim }, (_, r) => Array.from({ length: dim }, (_, c) => [r === 0 && c === 0 ? 1 : 0, 0]));
  let branches = new Map<number, M>([[0, zero]]);
  const sandwich = (u: M, rho: M) => mul(mul(u, rho), dagger(u));
  const addM = (a: M | undefined, b: M): M => (a ? a.map((row, r) => row.map((x, c) => [x[0] + b[r]![c]![0], x[1] + b[r]![c]![1]])) : b);
  const projector = (q: number, m: number): M => Array.from({ length: dim }, (_, r) => Array.from({ length: dim }, (_, c) => [r === c && ((r >> q) & 1) === m ? 1 : 0, 0]));
  const matrixOf = (s: DynamicStep & { kind: 'gate' }): M => {
    const { gate, wires, params } = s.op;
    if (gate === 'h') return embed(H, wires, n);
    if (gate === 'x') return embed(X, wires, n);
    if (gate === 'ry') return embed(RY(params![0]!), wires, n);
    if (gate === 'cx') return controlled(X, [wires[0]!], wires[1]!, n);
    throw new Error(`no dense matrix for ${gate} in this test`);
  };
  for (const s of dc.steps) {
    const next = new Map<number, M>();
    for (const [bits, rho] of branches) {
      const fires = !s.when || ((bits >>> s.when.offset) & ((1 << s.when.size) - 1)) === s.when.value;
      if (!fires) {
        next.set(bits, addM(next.get(bits), rho));
        continue;
      }
      if (s.kind === 'gate') next.set(bits, addM(next.get(bits), sandwich(matrixOf(s), rho)));
      else {
        for (const m of [0, 1]) {
          const part = sandwich(projector(s.qubit, m), rho);
          if (s.kind === 'measure') {
            const b = m ? bits | (1 << s.bit) : bits & ~(1 << s.bit);
            next.set(b, addM(next.get(b), part));
          } else next.set(bits, addM(next.get(bits), m ? sandwich(embed(X, [s.qubit], n), part) : part));
        }
      }
    }
    branches = next;
  }
  const out = new Map<number, number>();
  for (const [bits, rho] of branches) {
    const p = rho.reduce((t, row, k) => t + row[k]![0], 0);
    if (p > 1e-13) out.set(bits, p);
  }
  return out;
}

const stepArb = (n: number, bits: number): fc.Arbitrary<DynamicStep> => {
  const q = fc.integer({ min: 0, max: n - 1 });
  const when = fc.option(fc.record({ offset: fc.constant(0), size: fc.constant(bits), value: fc.integer({ min: 0, max: (1 << bits) - 1 }) }), { nil: undefined, freq: 3 });
  const withWhen = <T extends object>(a: fc.Arbitrary<T>) => fc.tuple(a, when).map(([s, w]) => (w ? { ...s, when: w } : s));
  return fc.oneof(
    withWhen(fc.record({ kind: fc.constant('gate' as const), op: fc.oneof(
      q.map((w) => ({ gate: 'h' as const, wires: [w] })),
      q.map((w) => ({ gate: 'x' as const, wires: [w] })),
      fc.tuple(q, fc.double({ min: -3, max: 3, noNaN: true })).map(([w, t]) => ({ gate: 'ry' as const, wires: [w], params: [t] })),
      // A CX needs two distinct qubits: on one qubit the X stands in for it (filtering would never find a pair).
      n > 1 ? fc.tuple(q, fc.integer({ min: 1, max: n - 1 })).map(([a, d]) => ({ gate: 'cx' as const, wires: [a, (a + d) % n] })) : q.map((w) => ({ gate: 'x' as const, wires: [w] })),
    ) })),
    withWhen(fc.record({ kind: fc.constant('measure' as const), qubit: q, bit: fc.integer({ min: 0, max: bits - 1 }) })),
    withWhen(fc.record({ kind: fc.constant('reset' as const), qubit: q })),
  ) as fc.Arbitrary<DynamicStep>;
};

const circuitArb: fc.Arbitrary<DynamicCircuit> = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([n, bits]) => fc.array(stepArb(n, bits), { minLength: 1, maxLength: 12 }).map((steps) => ({ numQubits: n, numBits: bits, steps })));

describe('against density matrices with a classical record (an independent route)', () => {
  it('property: the exact branching distribution equals the density-matrix one to 1e-12', () => {
    fc.assert(fc.property(circuitArb, (dc) => {
      const want = densityRoute(dc);
      const got = new Map((bitDistribution(dc) ?? []).map((o) => [o.bits, o.p]));
      for (const k of new Set([...want.keys(), ...got.keys()])) expect(got.get(k) ?? 0, `outcome ${k}`).toBeCloseTo(want.get(k) ?? 0, 12);
    }), { seed: 22, numRuns: 150 });
  });

  it('property: shot-by-shot sampling agrees with the exact distribution', () => {
    // 4,000 shots per circuit; each outcome must lie within 5 standard deviations (+1 shot) of its probability. A
    // correct sampler fails one outcome with probability about 6e-7, so 60 circuits of at most 8 outcomes fail
    // by chance with probability below 3e-4; the seeds are fixed, so a run is repeatable.
    const shots = 4000;
    fc.assert(fc.property(circuitArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (dc, seed) => {
      const counts = sampleBits(dc, shots, createRng(seed));
      const exactP = new Map((bitDistribution(dc) ?? []).map((o) => [o.bits, o.p]));
      let total = 0;
      for (const [k, c] of counts) {
        total += c;
        expect(exactP.has(k), `sampled an outcome of probability 0: ${k}`).toBe(true);
      }
      expect(total).toBe(shots);
      for (const [k, p] of exactP) {
        const f = (counts.get(k) ?? 0) / shots;
        expect(Math.abs(f - p), `outcome ${k}: frequency ${f} against ${p}`).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / shots) + 1 / shots);
      }
    }), { seed: 23, numRuns: 60 });
  });

  it('past the branch limit exact branching gives way (null) and sampling still runs, the same for one seed', () => {
    let src = 'qreg q[1];\ncreg c[13];\n';
    for (let k = 0; k < 13; k++) src += `h q[0];\nmeasure q[0] -> c[${k}];\nreset q[0];\n`;
    const dc = program(src);
    expect(bitDistribution(dc)).toBeNull();
    const a = sampleBits(dc, 200, createRng(5));
    const b = sampleBits(dc, 200, createRng(5));
    expect([...a]).toEqual([...b]);
    expect([...a.values()].reduce((s, c) => s + c, 0)).toBe(200);
  });

  it('refuses what it cannot run, with a reason', () => {
    expect(() => bitDistribution({ numQubits: 1, numBits: 33, steps: [] })).toThrow(/0 to 32 classical bits/);
    expect(() => bitDistribution({ numQubits: 1, numBits: 1, steps: [{ kind: 'measure', qubit: 0, bit: 1 }] })).toThrow(/classical bit 1 is out of range/);
    expect(() => bitDistribution({ numQubits: 1, numBits: 1, steps: [{ kind: 'gate', op: { gate: 'x', wires: [0] }, when: { offset: 0, size: 2, value: 1 } }] })).toThrow(/outside the circuit's 1 bits/);
    expect(() => sampleBits({ numQubits: 1, numBits: 1, steps: [] }, -1, createRng(1))).toThrow(/shots/);
  });
});
