import type { Circuit } from '../quantum';

/** Above this many qubits the worker always runs the circuit: even one gate touches 8,192+ amplitudes per pass. */
export const MAIN_THREAD_MAX_QUBITS = 12;
/**
 * Amplitude updates (gates × 2^n, plus shots) the main thread may spend per change: about 2,000 gates at 10 qubits,
 * a few milliseconds — well inside one frame, so typing stays instant.
 */
export const MAIN_THREAD_MAX_COST = 2_000 * 2 ** 10;

export function simulationCost(c: Circuit, shots: number): number {
  return Math.max(1, c.ops.length) * 2 ** c.numQubits + shots;
}

/** Whether a run belongs in the Web Worker (true) or can run synchronously on the main thread (false). */
export function shouldUseWorker(c: Circuit, shots: number): boolean {
  return c.numQubits > MAIN_THREAD_MAX_QUBITS || simulationCost(c, shots) > MAIN_THREAD_MAX_COST;
}
