/**
 * Runs a program that readProgram found dynamic (mid-circuit measurement, reset, if) and summarises the outcomes
 * of its classical registers for the page: exactly, by branching on every measurement, while that stays within the
 * work budget, otherwise shot by shot from a seed. Used by the playground's worker; pure, so the tests call it.
 *
 * Labels follow Qiskit's counts: one group per classical register, the first register declared rightmost, and in
 * each group the register's bit 0 rightmost (qubit and bit 0 are always the rightmost character in this course).
 */
import { bitDistribution, dynamicCost, createRng, sampleBits, MAX_BRANCHES, type DynamicCircuit } from '../quantum';
import type { ClassicalRegister } from './read';

/** Amplitude updates a run may take (about 10 s in a browser's worker on a slow laptop). */
export const MAX_DYNAMIC_WORK = 2e9;

export interface OutcomeRow {
  /** The classical bits as Qiskit writes them, e.g. "1 0 1" for three one-bit registers. */
  label: string;
  bits: number;
  /** Exact probability (exact runs) or the sampled frequency. */
  p: number;
  /** Shots that gave it (sampled runs only). */
  count: number | null;
}

export type DynamicRun =
  | { ok: true; method: 'exact'; rows: OutcomeRow[]; omitted: number; otherP: number }
  | { ok: true; method: 'sampled'; shots: number; seed: number; rows: OutcomeRow[]; omitted: number; otherP: number }
  | { ok: false; message: string };

/** The label of an outcome: registers from last declared (left) to first (right), each with its bit 0 rightmost. */
export function outcomeLabel(bits: number, registers: readonly ClassicalRegister[]): string {
  if (registers.length === 0) return '(no classical bits)';
  return [...registers].reverse().map((r) => {
    let s = '';
    for (let j = r.size - 1; j >= 0; j--) s += (bits >>> (r.offset + j)) & 1 ? '1' : '0';
    return s;
  }).join(' ');
}

export function runDynamic(dc: DynamicCircuit, registers: readonly ClassicalRegister[], opts: { shots: number; seed: number; maxRows: number; onProgress?: (fraction: number) => void }): DynamicRun {
  const amplitudes = 2 ** dc.numQubits;
  const perBranch = Math.max(1, dc.steps.length) * amplitudes;
  // Branches are at most 2^(measurements and resets): when that fits, the exact run is certain to finish within the
  // budget; when it may not, it gets a tenth of the budget before giving way to sampling.
  const forks = dc.steps.filter((st) => st.kind !== 'gate').length;
  const budget = forks < 31 && 2 ** forks * perBranch <= MAX_DYNAMIC_WORK ? MAX_DYNAMIC_WORK : MAX_DYNAMIC_WORK / 10;
  const maxBranches = Math.min(MAX_BRANCHES, Math.floor(budget / perBranch));
  const rowsOf = (pairs: { bits: number; p: number; count: number | null }[]) => {
    const sorted = [...pairs].sort((a, b) => b.p - a.p || a.bits - b.bits);
    const shown = sorted.slice(0, opts.maxRows).sort((a, b) => a.bits - b.bits);
    const otherP = sorted.slice(opts.maxRows).reduce((s, r) => s + r.p, 0);
    return { rows: shown.map((r) => ({ ...r, label: outcomeLabel(r.bits, registers) })), omitted: sorted.length - shown.length, otherP };
  };
  if (maxBranches >= 1) {
    const exact = bitDistribution(dc, { maxBranches, onProgress: (b) => opts.onProgress?.(Math.min(1, b / maxBranches)) });
    if (exact) return { ok: true, method: 'exact', ...rowsOf(exact.map((o) => ({ ...o, count: null }))) };
  }
  if (!(Number.isInteger(opts.shots) && opts.shots >= 1)) return { ok: false, message: 'This program needs shots to be sampled: set at least 1 shot.' };
  const cost = dynamicCost(dc, opts.shots);
  if (cost > MAX_DYNAMIC_WORK) {
    return {
      ok: false,
      message: `This program branches too often to follow every outcome, and ${opts.shots.toLocaleString('en')} shots of it would take about ${Math.ceil(cost / 1e9).toLocaleString('en')} billion amplitude updates (${dc.numQubits} qubits, ${dc.steps.length.toLocaleString('en')} steps), more than the page runs; use fewer shots or fewer qubits.`,
    };
  }
  const counts = sampleBits(dc, opts.shots, createRng(opts.seed), (done, total) => opts.onProgress?.(done / total));
  return { ok: true, method: 'sampled', shots: opts.shots, seed: opts.seed, ...rowsOf([...counts].map(([bits, c]) => ({ bits, p: c / opts.shots, count: c }))) };
}
