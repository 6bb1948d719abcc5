/**
 * One run of the decoherence lab, from settings to every number the island shows: the ideal distribution, the exact
 * noisy one (circuit noise, then readout error), a seeded sample of shots, the readout-mitigated estimate, and the
 * distances between them. Pure, so the unit tests can check it without a browser.
 */
import { totalVariation } from '../metrics';
import { createRng, MAX_SHOTS, probabilities, runCircuit, sampleIndices, type Circuit } from '../quantum';
import { diagonal, fidelityWithPure, purity } from './density-matrix';
import { runNoisy, type NoiseModel } from './noisy-run';
import { applyReadoutError, mitigateReadout, type ReadoutError } from './readout';

export interface LabSettings {
  circuit: Circuit;
  model: NoiseModel;
  readout: ReadoutError;
  shots: number;
  seed: number;
}

export interface LabResult {
  ideal: Float64Array;
  /** exact distribution after circuit noise, before readout error */
  beforeReadout: Float64Array;
  /** exact distribution the device reports (circuit noise and readout error) */
  noisy: Float64Array;
  /** frequencies from `shots` seeded draws of `noisy` */
  sampled: Float64Array;
  /** `sampled` after readout mitigation (clipped and renormalised) */
  mitigated: Float64Array;
  /** ⟨ψ|ρ|ψ⟩ before readout */
  fidelity: number;
  purity: number;
  tvd: { noisy: number; sampled: number; mitigated: number; uniform: number };
}

export function runLab(s: LabSettings): LabResult {
  if (!Number.isInteger(s.shots) || s.shots < 1 || s.shots > MAX_SHOTS) throw new RangeError(`Shots must be a whole number from 1 to ${MAX_SHOTS.toLocaleString('en')}.`);
  const n = s.circuit.numQubits;
  const psi = runCircuit(s.circuit);
  const ideal = probabilities(psi);
  const rho = runNoisy(s.circuit, s.model);
  const beforeReadout = diagonal(rho);
  const errors = Array.from({ length: n }, () => s.readout);
  const noisy = applyReadoutError(beforeReadout, errors);
  const sampled = new Float64Array(1 << n);
  for (const i of sampleIndices(noisy, s.shots, createRng(s.seed))) sampled[i]!++;
  for (let i = 0; i < sampled.length; i++) sampled[i]! /= s.shots;
  const mitigated = mitigateReadout(sampled, errors);
  const uniform = new Float64Array(1 << n).fill(1 / (1 << n));
  return {
    ideal, beforeReadout, noisy, sampled, mitigated,
    fidelity: fidelityWithPure(rho, psi),
    purity: purity(rho),
    tvd: {
      noisy: totalVariation(ideal, noisy),
      sampled: totalVariation(ideal, sampled),
      mitigated: totalVariation(ideal, mitigated),
      uniform: totalVariation(noisy, uniform),
    },
  };
}
