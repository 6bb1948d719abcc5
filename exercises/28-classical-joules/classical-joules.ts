/**
 * The time and energy of a brute-force state-vector simulation, from the memory traffic of each gate pass.
 * Grade it with:  npm run grade -- 28
 */
export interface SimulationCost {
  /** Bytes read and written by one gate pass. */
  bytesPerGate: number;
  seconds: number;
  joules: number;
}

/** Cost of `gates` gate passes on n qubits at `bandwidthGBs` GB/s (1 GB = 1e9 bytes) and `watts`. */
export function stateVectorCost(n: number, gates: number, bandwidthGBs: number, watts: number): SimulationCost {
  throw new Error('stateVectorCost is not written yet');
}
