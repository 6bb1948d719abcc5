/**
 * Joules = seconds × watts, for a quantum device and for a classical computer. No quantum computer's wall power is
 * published in the sources this course checked, so the device power is an ASSUMPTION (15–25 kW, the figure often
 * repeated for a superconducting system with its cryostat and electronics). The laptop's 28 W is also an assumption,
 * taken from the base power of a current laptop processor (secondary source).
 */
export const QPU_WATTS_ASSUMED = { low: 15_000, high: 25_000 } as const;
export const LAPTOP_WATTS_ASSUMED = 28;

export function joules(seconds: number, watts: number): number {
  if (!(seconds >= 0) || !(watts >= 0)) throw new Error(`joules: time and power must be ≥ 0, got ${seconds} s, ${watts} W`);
  return seconds * watts;
}

/** Bytes for a complex128 state vector of n qubits. */
export function stateVectorBytes(n: number): number {
  return 16 * 2 ** n;
}

export interface StateVectorReference {
  /** Qubit count at which the time per gate was measured. */
  n: number;
  /** Measured seconds per single-qubit gate at that size. */
  secondsPerGate: number;
}

/** Time of one state-vector simulation of `gates` gates on n qubits, assuming time per gate ∝ 2^n from the reference. */
export function stateVectorSeconds(ref: StateVectorReference, n: number, gates: number): number {
  return ref.secondsPerGate * 2 ** (n - ref.n) * gates;
}

export interface CrossoverInput {
  ref: StateVectorReference;
  /** Gate layers in the circuit; each layer has n gates. */
  depth: number;
  /** Samples wanted from the circuit. */
  shots: number;
  /** Device shot rate. */
  perSecond: number;
  quantumWatts: number;
  classicalWatts: number;
  /** Search up to this many qubits. */
  maxN?: number;
}

/**
 * Smallest n at which simulating the circuit once (which gives every probability, after which drawing samples costs
 * next to nothing) takes more energy than the device spends producing `shots` samples; null if none up to maxN.
 */
export function energyCrossover(inp: CrossoverInput): { n: number; classicalJ: number; quantumJ: number } | null {
  const quantumJ = joules(inp.shots / inp.perSecond, inp.quantumWatts);
  for (let n = 1; n <= (inp.maxN ?? 80); n++) {
    const classicalJ = joules(stateVectorSeconds(inp.ref, n, n * inp.depth), inp.classicalWatts);
    if (classicalJ > quantumJ) return { n, classicalJ, quantumJ };
  }
  return null;
}

// Energies are written by the course's one number formatter.
export { formatJoules } from '../format/number';
