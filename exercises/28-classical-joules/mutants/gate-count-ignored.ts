// Mistake: prices a single gate pass, whatever the number of gates.
export function stateVectorCost(n: number, gates: number, bandwidthGBs: number, watts: number) {
  const bytesPerGate = 32 * 2 ** n;
  const seconds = gates === 0 ? 0 : bytesPerGate / (bandwidthGBs * 1e9);
  return { bytesPerGate, seconds, joules: seconds * watts };
}
