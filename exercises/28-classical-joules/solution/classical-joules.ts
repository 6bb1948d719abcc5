export interface SimulationCost {
  bytesPerGate: number;
  seconds: number;
  joules: number;
}

const BYTES_PER_AMPLITUDE = 16;

export function stateVectorCost(n: number, gates: number, bandwidthGBs: number, watts: number): SimulationCost {
  const bytesPerGate = 2 * BYTES_PER_AMPLITUDE * 2 ** n;
  const seconds = (gates * bytesPerGate) / (bandwidthGBs * 1e9);
  return { bytesPerGate, seconds, joules: seconds * watts };
}
