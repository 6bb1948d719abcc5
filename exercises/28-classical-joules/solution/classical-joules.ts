export interface SimulationCost {
  bytesPerGate: number;
  seconds: number;
  joules: number;
}

const BYTES_PER_AMPLITUDE = 16;

export function stateVectorCost(n: number, gates: number, bandwidthGBs: number, watts: number): SimulationCost {
  const amplitudes = 2 ** n;
  // Each gate pass reads every amplitude once and writes it back once.
  const bytesPerGate = 2 * BYTES_PER_AMPLITUDE * amplitudes;
  const bytesMoved = gates * bytesPerGate;
  const seconds = bytesMoved / (bandwidthGBs * 1e9);
  return { bytesPerGate, seconds, joules: seconds * watts };
}
