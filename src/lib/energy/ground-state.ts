import { denseTfim, checkChain, type TfimChain } from './tfim';
import { jacobiEigen } from './jacobi';

export interface GroundState {
  energy: number;
  /** Real, normalised ground-state vector (index convention: bit i = site i). */
  vector: Float64Array;
  /** E₁ − E₀. */
  gap: number;
}

/** Exact diagonalisation: build the dense 2^N × 2^N matrix and diagonalise it completely. */
export function exactGroundState(c: TfimChain): GroundState {
  checkChain(c);
  const dim = 2 ** c.sites;
  const { values, vectors } = jacobiEigen(denseTfim(c), dim);
  return { energy: values[0]!, vector: vectors[0]!, gap: dim > 1 ? values[1]! - values[0]! : 0 };
}
