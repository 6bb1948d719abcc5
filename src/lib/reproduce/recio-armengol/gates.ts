/**
 * The repository's "local gates" (iqpopt, src/iqpopt/utils.py, local_gates): one trainable angle for every Z-string
 * of weight 1 to k on n qubits, in the same order (by weight, then lexicographically by qubit). A gate is a bit mask:
 * bit q set means Z on qubit q (qubit 0 = least significant bit = rightmost character of a bitstring).
 */
export function localGates(n: number, maxWeight: number): Int32Array {
  if (!Number.isInteger(n) || n < 1 || n > 30) throw new Error(`localGates: n must be a whole number from 1 to 30, got ${n}`);
  if (!Number.isInteger(maxWeight) || maxWeight < 1 || maxWeight > n) throw new Error(`localGates: the weight must be from 1 to ${n}, got ${maxWeight}`);
  const out: number[] = [];
  const pick = (start: number, left: number, mask: number) => {
    if (left === 0) return void out.push(mask);
    for (let q = start; q <= n - left; q++) pick(q + 1, left - 1, mask | (1 << q));
  };
  for (let w = 1; w <= maxWeight; w++) pick(0, w, 0);
  return Int32Array.from(out);
}

/** Binomial coefficient C(n, k), exact for the sizes used here. */
export function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}
