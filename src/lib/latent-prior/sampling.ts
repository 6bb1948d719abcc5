/**
 * Two ways of drawing latent codes. The "quantum" way prepares the circuit's state and measures all four qubits,
 * shot by shot, with the engine's collapse-and-renormalise measurement (what a simulator of a device does). The
 * classical way looks codes up in a table of 16 probabilities. Same probabilities, same distribution of samples.
 */
import { createSampler, measureQubits, runCircuit, cloneState, type Circuit, type Rng } from '../quantum';
import { LATENT_BITS, decodeLatent } from './decoder';

const ALL_QUBITS = Array.from({ length: LATENT_BITS }, (_, q) => q);

export function sampleCircuitShots(circuit: Circuit, shots: number, rng: Rng): Uint32Array {
  const prepared = runCircuit(circuit);
  const out = new Uint32Array(shots);
  for (let s = 0; s < shots; s++) {
    const { bits } = measureQubits(cloneState(prepared), ALL_QUBITS, rng);
    out[s] = parseInt(bits, 2);
  }
  return out;
}

export function sampleTable(prior: ArrayLike<number>, shots: number, rng: Rng): Uint32Array {
  const draw = createSampler(prior);
  const out = new Uint32Array(shots);
  for (let s = 0; s < shots; s++) out[s] = draw(rng);
  return out;
}

export function decodeAll(codes: ArrayLike<number>): Uint32Array {
  return Uint32Array.from(codes, (c) => decodeLatent(c));
}
