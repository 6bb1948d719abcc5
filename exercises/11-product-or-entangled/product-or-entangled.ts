/**
 * Product state or entangled? A two-qubit pure state [a00, a01, a10, a11], qubit 0 the rightmost bit of each label.
 * Grade it with:  npm run grade -- 11
 */
export interface State { re: ArrayLike<number>; im: ArrayLike<number> }
export interface OneQubit { re: [number, number]; im: [number, number] }
export interface Analysis {
  product: boolean;
  /** 2·|a00·a11 − a01·a10| for the normalised state: 0 for a product, 1 for a Bell state. */
  concurrence: number;
  /** For a product, normalised factors with state ∝ qubit1 ⊗ qubit0; null when entangled. */
  factors: { qubit0: OneQubit; qubit1: OneQubit } | null;
}

/** Normalise, test |a00·a11 − a01·a10| ≤ 1e-9, and factor the state when it is a product. */
export function analyse(state: State): Analysis {
  throw new Error('analyse is not written yet');
}
