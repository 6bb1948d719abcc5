// What the playground shows for a program whose run depends on measurements: labels in Qiskit's order, an exact run
// while branching stays cheap, a seeded shot-by-shot run past that, and a message (not a frozen page) beyond.
import { describe, expect, it } from 'vitest';
import { readProgram } from '../../../src/lib/qasm';
import { MAX_DYNAMIC_WORK, outcomeLabel, runDynamic } from '../../../src/lib/qasm/run-program';

const HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';

function dynamicOf(src: string) {
  const r = readProgram(`${HEAD}${src}`);
  if (!r.ok || r.kind !== 'dynamic') throw new Error(JSON.stringify(r));
  return r;
}

describe('running a dynamic program for the page', () => {
  it('labels outcomes as Qiskit does: last register left, each register with its bit 0 rightmost', () => {
    const regs = [{ name: 'a', size: 2, offset: 0 }, { name: 'b', size: 1, offset: 2 }];
    // a = 0b01 (a[0] = 1), b = 1
    expect(outcomeLabel(0b101, regs)).toBe('1 01');
    expect(outcomeLabel(0b010, regs)).toBe('0 10');
    expect(outcomeLabel(0, [])).toBe('(no classical bits)');
  });

  it('an exact run lists every outcome with its probability, sorted by bits', () => {
    const r = dynamicOf('qreg q[1];\ncreg c[2];\nh q[0];\nmeasure q[0] -> c[0];\nh q[0];\nmeasure q[0] -> c[1];\n');
    const run = runDynamic(r.program, r.registers, { shots: 100, seed: 1, maxRows: 64 });
    if (!run.ok || run.method !== 'exact') throw new Error(JSON.stringify(run));
    expect(run.rows.map((x) => x.label)).toEqual(['00', '01', '10', '11']);
    for (const row of run.rows) expect(row.p).toBeCloseTo(0.25, 12);
    expect(run.omitted).toBe(0);
  });

  it('past the branch limit it samples from the seed, repeatably, and keeps the most likely rows', () => {
    let src = 'qreg q[1];\ncreg c[13];\n';
    for (let k = 0; k < 13; k++) src += `h q[0];\nmeasure q[0] -> c[${k}];\nreset q[0];\n`;
    const r = dynamicOf(src);
    const a = runDynamic(r.program, r.registers, { shots: 500, seed: 9, maxRows: 10 });
    const b = runDynamic(r.program, r.registers, { shots: 500, seed: 9, maxRows: 10 });
    if (!a.ok || a.method !== 'sampled') throw new Error(JSON.stringify(a));
    expect(a).toEqual(b);
    expect(a.rows).toHaveLength(10);
    const shown = a.rows.reduce((s, x) => s + (x.count ?? 0), 0);
    expect(a.otherP).toBeCloseTo(1 - shown / 500, 12);
    expect(a.rows.every((x) => x.label.length === 13)).toBe(true);
  });

  it('refuses, with a message in plain words, a run beyond the work budget', () => {
    let src = 'qreg q[20];\ncreg c[13];\n';
    for (let k = 0; k < 13; k++) src += `h q[0];\nmeasure q[0] -> c[${k}];\nreset q[0];\n`;
    const r = dynamicOf(src);
    const run = runDynamic(r.program, r.registers, { shots: 1_000_000, seed: 1, maxRows: 10 });
    expect(run.ok).toBe(false);
    if (!run.ok) {
      expect(run.message).toMatch(/1,000,000 shots .* billion amplitude updates \(20 qubits, 39 steps\)/);
      expect(run.message).not.toMatch(/NaN|Infinity|null|undefined/);
    }
    expect(MAX_DYNAMIC_WORK).toBeGreaterThan(0);
  });
});
