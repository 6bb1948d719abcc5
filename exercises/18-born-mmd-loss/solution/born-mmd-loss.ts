function popcount(v: number): number {
  let count = 0;
  while (v) {
    v &= v - 1;
    count++;
  }
  return count;
}

export function mmdLoss(p: number[], q: number[], sigmas: number[]): number {
  const diff = p.map((px, x) => px - q[x]!);
  // K depends only on the Hamming distance, so one value per distance 0..n serves every pair.
  const n = Math.log2(p.length);
  const kernelAt = Array.from({ length: n + 1 }, (_, d) => sigmas.reduce((s, sg) => s + Math.exp(-d / (2 * sg)), 0) / sigmas.length);
  let loss = 0;
  for (let x = 0; x < diff.length; x++) {
    if (diff[x] === 0) continue;
    for (let y = 0; y < diff.length; y++) loss += diff[x]! * kernelAt[popcount(x ^ y)]! * diff[y]!;
  }
  return loss;
}
