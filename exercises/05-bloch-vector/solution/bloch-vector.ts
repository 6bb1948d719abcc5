export interface Complex { re: number; im: number }

export function blochVector(a: Complex, b: Complex): [number, number, number] {
  const norm2 = a.re * a.re + a.im * a.im + b.re * b.re + b.im * b.im;
  if (!(norm2 > 0)) throw new Error('blochVector: a and b are both zero, which is not a state');
  // conj(a)·b carries the relative phase; a global phase cancels between conj(a) and b.
  const overlapRe = a.re * b.re + a.im * b.im;
  const overlapIm = a.re * b.im - a.im * b.re;
  const heightUnscaled = a.re * a.re + a.im * a.im - (b.re * b.re + b.im * b.im);
  return [(2 * overlapRe) / norm2, (2 * overlapIm) / norm2, heightUnscaled / norm2];
}
