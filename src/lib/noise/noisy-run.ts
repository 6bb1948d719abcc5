/**
 * Runs a small circuit under a hardware-like noise model on a density matrix: gates are scheduled into layers (each
 * gate as early as its qubits allow); during each layer every qubit relaxes (T₁, T₂) for the layer's duration, and each
 * gate's qubits also get a depolarizing kick; an optional idle wait before measurement lets coherence decay further.
 * Readout error is applied to the final distribution separately (see readout.ts), since it happens outside the circuit.
 *
 * Simplifications, stated in the lesson: a two-qubit gate's error is modelled as independent depolarizing noise on its
 * two qubits, not a correlated two-qubit channel; crosstalk and leakage are ignored.
 */
import type { Circuit, GateOp } from '../quantum';
import { validateCircuit } from '../quantum';
import { amplitudeDamping, depolarizing, phaseDamping, thermalRelaxation } from './channels';
import { applyKraus, applyUnitary, assertDensitySize, zeroDensity, type DensityMatrix } from './density-matrix';

export interface NoiseModel {
  /** T₁ in microseconds (energy relaxation); Infinity for none. */
  t1Us: number;
  /** T₂ in microseconds (dephasing); at most 2·T₁; Infinity for none. */
  t2Us: number;
  /** Duration of a one-qubit gate, nanoseconds. */
  gate1Ns: number;
  /** Duration of a two-qubit gate, nanoseconds. */
  gate2Ns: number;
  /** Depolarizing p (PennyLane convention) after each one-qubit gate. */
  depol1: number;
  /** Depolarizing p on each qubit of a two-qubit gate. */
  depol2: number;
  /** Extra idle time before measurement, microseconds. */
  idleUs: number;
}

export const NOISELESS: NoiseModel = { t1Us: Infinity, t2Us: Infinity, gate1Ns: 0, gate2Ns: 0, depol1: 0, depol2: 0, idleUs: 0 };

/** Splits the ops into layers: each op goes to the first layer after the last one that touches any of its qubits. */
export function scheduleLayers(c: Circuit): GateOp[][] {
  const free = new Array<number>(c.numQubits).fill(0);
  const layers: GateOp[][] = [];
  for (const op of c.ops) {
    const at = Math.max(...op.wires.map((w) => free[w]!));
    (layers[at] ??= []).push(op);
    for (const w of op.wires) free[w] = at + 1;
  }
  return layers;
}

function relax(rho: DensityMatrix, durationUs: number, m: NoiseModel): DensityMatrix {
  if (durationUs <= 0 || (m.t1Us === Infinity && m.t2Us === Infinity)) return rho;
  const t1 = m.t1Us === Infinity ? Number.MAX_VALUE : m.t1Us;
  const t2 = m.t2Us === Infinity ? Math.min(Number.MAX_VALUE, 2 * t1) : m.t2Us;
  const { gammaAmplitude, gammaPhase } = thermalRelaxation(durationUs, t1, t2);
  let out = rho;
  for (let q = 0; q < rho.numQubits; q++) {
    if (gammaAmplitude > 0) out = applyKraus(out, q, amplitudeDamping(gammaAmplitude));
    if (gammaPhase > 0) out = applyKraus(out, q, phaseDamping(gammaPhase));
  }
  return out;
}

/** The density matrix after the circuit under the noise model (no readout error). */
export function runNoisy(c: Circuit, m: NoiseModel): DensityMatrix {
  assertDensitySize(c.numQubits);
  const problems = validateCircuit(c);
  if (problems.length) throw new RangeError(problems.join('; '));
  if (m.t2Us !== Infinity && m.t2Us > 2 * m.t1Us) throw new RangeError(`T₂ (${m.t2Us} µs) cannot exceed 2·T₁ (${2 * m.t1Us} µs).`);
  let rho = zeroDensity(c.numQubits);
  for (const layer of scheduleLayers(c)) {
    let ns = 0;
    for (const op of layer) {
      applyUnitary(rho, op);
      const two = op.wires.length > 1;
      ns = Math.max(ns, two ? m.gate2Ns : m.gate1Ns);
      const p = two ? m.depol2 : m.depol1;
      if (p > 0) for (const w of op.wires) rho = applyKraus(rho, w, depolarizing(p));
    }
    rho = relax(rho, ns / 1000, m);
  }
  return relax(rho, m.idleUs, m);
}
