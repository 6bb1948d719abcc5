function hammingDistance(x: number, y: number): number {
  let v = x ^ y;
  let count = 0;
  for (; v !== 0; v >>>= 1) count += v & 1;
  return count;
}

export function kernel(x: number, y: number, sigmas: number[]): number {
  const d = hammingDistance(x, y);
  let sum = 0;
  for (const s of sigmas) sum += Math.exp(-d / (2 * s));
  return sum / sigmas.length;
}

/** Σ over ordered pairs i ≠ j of K(a[i], a[j]), divided by their number. */
function meanWithin(a: number[], sigmas: number[]): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < a.length; j++) if (i !== j) total += kernel(a[i]!, a[j]!, sigmas);
  return total / (a.length * (a.length - 1));
}

export function mmdEstimate(xs: number[], ys: number[], sigmas: number[]): number {
  let cross = 0;
  for (const x of xs) for (const y of ys) cross += kernel(x, y, sigmas);
  return meanWithin(xs, sigmas) + meanWithin(ys, sigmas) - (2 * cross) / (xs.length * ys.length);
}
