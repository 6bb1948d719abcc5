import { createRng, probabilities, runCircuit, sampleIndices } from '../quantum';
import type { SimRequest, SimResult } from './protocol';

/** The whole computation behind the playground, shared by the main thread (small circuits) and the worker. */
export function simulateRequest(req: Omit<SimRequest, 'id'>, onProgress?: (done: number, total: number) => void): SimResult {
  const state = runCircuit(req.circuit, { onProgress });
  const probs = probabilities(state);
  const counts = new Uint32Array(probs.length);
  for (const k of sampleIndices(probs, req.shots, createRng(req.seed))) counts[k]!++;
  const m = Math.min(req.maxAmplitudes, state.re.length);
  return { numQubits: state.numQubits, probs, re: state.re.slice(0, m), im: state.im.slice(0, m), counts };
}
