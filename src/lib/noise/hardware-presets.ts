/**
 * Noise settings taken from published calibration data (the course's fact sheet, §5.2; medians from the calibration
 * snapshots IBM ships with qiskit-ibm-runtime's fake backends). Reported gate errors are turned into depolarizing
 * strengths through the average gate fidelity F = (d·F_e + 1)/(d + 1) (d = 2^n, F_e the entanglement fidelity). A
 * one-qubit depolarizing channel with PennyLane's p has F_e = 1 − p, so error = 2p/3 and p = 1.5·error. A two-qubit
 * gate's error is modelled as independent depolarizing p on each of its qubits: F_e = (1 − p)² ≈ 1 − 2p, so
 * error ≈ (4/5)·2p and p ≈ 0.625·error (first order; an approximation stated in the lesson). Relaxation during gates
 * comes on top, so the model errs on the noisy side.
 */
import type { NoiseModel } from './noisy-run';
import type { ReadoutError } from './readout';

export interface HardwarePreset {
  id: string;
  label: string;
  model: NoiseModel;
  readout: ReadoutError;
  source: string;
}

const fromErrors = (e1: number, e2: number) => ({ depol1: 1.5 * e1, depol2: 0.625 * e2 });

export const HARDWARE_PRESETS: readonly HardwarePreset[] = [
  {
    id: 'kingston',
    label: 'IBM Heron r2 (ibm_kingston, calibration of 2026-04-15)',
    model: { t1Us: 283, t2Us: 144, gate1Ns: 32, gate2Ns: 68, ...fromErrors(2.4e-4, 1.8e-3), idleUs: 0 },
    // The snapshot gives one median readout error (0.95 %); its split into 0→1 and 1→0 is our assumption (1→0 likelier).
    readout: { p01: 0.006, p10: 0.013 },
    source: 'median T₁ 283 µs, T₂ 144 µs, sx error 2.4e-4, CZ error 1.8e-3, readout 0.95 %, gate lengths 32 / 68 ns [V data, D medians]',
  },
  {
    id: 'sherbrooke',
    label: 'IBM Eagle r3 (ibm_sherbrooke, calibration of 2025-02-26)',
    model: { t1Us: 278, t2Us: 170, gate1Ns: 57, gate2Ns: 533, ...fromErrors(2.4e-4, 7.5e-3), idleUs: 0 },
    readout: { p01: 0.013, p10: 0.027 },
    source: 'median T₁ 278 µs, T₂ 170 µs, sx error 2.4e-4, ECR error 7.5e-3, readout 2.0 %, gate lengths 57 / 533 ns [V data, D medians]',
  },
  {
    id: 'exaggerated',
    label: 'Exaggerated noise, to see the effects quickly (not a real machine)',
    model: { t1Us: 20, t2Us: 15, gate1Ns: 50, gate2Ns: 300, depol1: 0.01, depol2: 0.03, idleUs: 0 },
    readout: { p01: 0.03, p10: 0.08 },
    source: 'chosen for teaching',
  },
];
