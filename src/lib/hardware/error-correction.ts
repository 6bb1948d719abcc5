/**
 * What a fault-tolerant generative model would need, extrapolated from Google's 2024 below-threshold surface-code
 * memory (Nature 638, 920 (2025)): a logical error of 0.143 % per cycle at code distance 7, falling by Λ = 2.14 for
 * every step of 2 in distance, with a 1.1 µs cycle. The assumptions are the usual ones and are stated in the lesson:
 * Λ stays constant as the code grows; a distance-d rotated surface code uses d² data qubits and d² − 1 measure qubits
 * (97 at d = 7; Willow's memory used 101 with its extras); one logical layer takes d cycles; the cost of logical
 * gates beyond memory (magic states, routing) is left out, so every figure is a lower bound for a surface code. It is
 * not a lower bound for error correction in general: qLDPC codes store several logical qubits per block with about ten
 * times fewer physical qubits for a memory (Bravyi et al., Nature 627, 778 (2024)), which the lesson says beside it.
 */
export interface QecAssumptions {
  /** logical error per cycle at distance 7 */
  errorAt7: number;
  /** error suppression factor per distance step of 2 */
  lambda: number;
  /** one error-correction cycle, microseconds */
  cycleUs: number;
}

export const WILLOW_2024: QecAssumptions = { errorAt7: 1.43e-3, lambda: 2.14, cycleUs: 1.1 };

export const MAX_DISTANCE = 1001;

/** ε_d = ε_7 / Λ^((d − 7)/2), for odd d ≥ 3. */
export function logicalErrorPerCycle(d: number, a: QecAssumptions = WILLOW_2024): number {
  if (!Number.isInteger(d) || d < 3 || d % 2 === 0) throw new RangeError(`The code distance must be an odd whole number ≥ 3; got ${d}.`);
  return a.errorAt7 / a.lambda ** ((d - 7) / 2);
}

export const physicalQubitsPerLogical = (d: number): number => 2 * d * d - 1;

export interface QecPlan {
  /** smallest odd distance meeting the budget, or null if none up to MAX_DISTANCE (Λ ≤ 1 never gets there) */
  distance: number | null;
  logicalErrorPerCycle: number;
  physicalQubits: number;
  cycles: number;
  runtimeSeconds: number;
  /** the chance the whole computation fails, ≈ logical qubits × cycles × ε_d (union bound) */
  failureProbability: number;
}

/**
 * The smallest code distance that runs `logicalQubits` qubits for `logicalLayers` layers (d cycles each) with a total
 * failure probability of at most `maxFailure`, and what it costs in physical qubits and time.
 */
export function planErrorCorrection(logicalQubits: number, logicalLayers: number, maxFailure: number, a: QecAssumptions = WILLOW_2024): QecPlan {
  if (!Number.isInteger(logicalQubits) || logicalQubits < 1) throw new RangeError('Logical qubits: a whole number ≥ 1.');
  if (!Number.isInteger(logicalLayers) || logicalLayers < 1) throw new RangeError('Logical layers: a whole number ≥ 1.');
  if (!(maxFailure > 0 && maxFailure < 1)) throw new RangeError('The allowed failure probability must be between 0 and 1.');
  if (!(a.lambda > 0 && a.errorAt7 > 0 && a.cycleUs > 0)) throw new RangeError('Λ, the distance-7 error and the cycle time must be positive.');
  for (let d = 3; d <= MAX_DISTANCE; d += 2) {
    const eps = logicalErrorPerCycle(d, a);
    const cycles = logicalLayers * d;
    const fail = logicalQubits * cycles * eps;
    if (fail <= maxFailure) {
      return { distance: d, logicalErrorPerCycle: eps, physicalQubits: logicalQubits * physicalQubitsPerLogical(d), cycles, runtimeSeconds: (cycles * a.cycleUs) / 1e6, failureProbability: fail };
    }
  }
  return { distance: null, logicalErrorPerCycle: NaN, physicalQubits: NaN, cycles: NaN, runtimeSeconds: NaN, failureProbability: NaN };
}
