// Correct, another way: each Gaussian term factorises over the bits, exp(−d/(2σ)) = Π_bits e^{−[bits differ]/(2σ)},
// so K·v can be applied one bit at a time with the 2×2 matrix [[1, e], [e, 1]], like a one-qubit gate: n·2ⁿ work
// per bandwidth instead of 4ⁿ.
export function mmdLoss(p: number[], q: number[], sigmas: number[]): number {
  const size = p.length;
  const diff = Float64Array.from(p, (px, x) => px - q[x]!);
  let total = 0;
  for (const s of sigmas) {
    const e = Math.exp(-1 / (2 * s));
    const v = Float64Array.from(diff);
    for (let bit = 1; bit < size; bit <<= 1) {
      for (let i = 0; i < size; i++) {
        if (i & bit) continue;
        const [a, b] = [v[i]!, v[i | bit]!];
        v[i] = a + e * b;
        v[i | bit] = e * a + b;
      }
    }
    for (let i = 0; i < size; i++) total += diff[i]! * v[i]!;
  }
  return total / sigmas.length;
}
