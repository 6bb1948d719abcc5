import type { Rng } from './types';

/**
 * A seeded PRNG that gives bit-identical sequences in Node and in every browser: sfc32 (Chris Doty-Humphrey's
 * Small Fast Counting generator, 128-bit state) with its state filled by splitmix32 from the seed, so that nearby
 * seeds (0, 1, 2...) still start far apart. Only 32-bit integer arithmetic (Math.imul, | 0, >>> 0) is used; no
 * engine floating-point quirk can change a draw.
 *
 * Each call returns a double in [0, 1) with 53 random bits, built from two 32-bit outputs the way MT19937's
 * genrand_res53 does (27 high bits, then 26). Why 53 and not 32: the alias sampler takes both its column and its
 * coin from one number, and at 24 qubits a 32-bit number would leave only 8 bits for the coin.
 */
export function createRng(seed: number): Rng {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new Error(`createRng: the seed must be a finite number, got ${String(seed)}`);
  }
  // Seeds are taken modulo 2^32 after dropping any fraction, so 1.5 and 1 are the same seed.
  let sm = Math.trunc(seed) >>> 0;
  const splitmix32 = (): number => {
    sm = (sm + 0x9e3779b9) >>> 0;
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return z ^ (z >>> 16);
  };
  // The state lives in an Int32Array rather than in closure variables: V8 boxes 32-bit values that do not fit a
  // small integer when they are stored in a closure, and that allocation made each draw about 6x slower.
  const st = new Int32Array([splitmix32(), splitmix32(), splitmix32(), splitmix32()]);
  return () => {
    let a = st[0]!;
    let b = st[1]!;
    let c = st[2]!;
    let d = st[3]!;
    // Two sfc32 steps, written out: t = a + b + d; d += 1; a = b ^ (b >>> 9); b = c + (c << 3); c = rotl(c, 21) + t.
    let t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    const hi = t >>> 5;
    t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    st[0] = a;
    st[1] = b;
    st[2] = c;
    st[3] = d;
    return (hi * 67108864 + (t >>> 6)) / 9007199254740992; // (hi * 2^26 + lo) / 2^53
  };
}
