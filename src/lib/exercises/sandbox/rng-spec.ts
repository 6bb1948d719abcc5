/**
 * A random number generator that a check hands to learner code. Learner code runs in another process (or an iframe),
 * so the check cannot pass a function across; it passes this description instead, and the sandbox builds the
 * generator beside the learner's code. Passing the same spec again reuses the same generator, with its state, so a
 * check can give one seeded stream to many calls. After every reply `calls` holds how often learner code called it.
 */
export type RngRecipe =
  /** mulberry32 seeded with `seed`. */
  | { kind: 'seeded'; seed: number }
  /** Always the same number (0 and 0.9999999 are the edge cases a sampler must survive). */
  | { kind: 'constant'; value: number }
  /** These numbers in turn, then mulberry32(thenSeed). */
  | { kind: 'sequence'; values: number[]; thenSeed: number };

let nextId = 1;

export class RngSpec {
  readonly id = nextId++;
  /** Calls learner code has made to this generator, as reported by the sandbox after the latest reply. */
  calls = 0;
  constructor(readonly recipe: RngRecipe) {}
}

export const seededRng = (seed: number) => new RngSpec({ kind: 'seeded', seed });
export const constantRng = (value: number) => new RngSpec({ kind: 'constant', value });
export const sequenceRng = (values: number[], thenSeed = 1) => new RngSpec({ kind: 'sequence', values: [...values], thenSeed });
