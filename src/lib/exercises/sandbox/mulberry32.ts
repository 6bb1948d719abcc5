/**
 * mulberry32, a small seeded PRNG. The graders (tests/graders/lib/prng.ts) and the sandbox that materialises a
 * grader's seeded generator next to learner code share this one implementation, so "seed 5" means the same numbers
 * on both sides of the wire.
 */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
