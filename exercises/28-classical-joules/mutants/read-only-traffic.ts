// Mistake: counts the 16·2ⁿ bytes of the state once, forgetting that every amplitude is read and then written back.
export function stateVectorCost(n: number, gates: number, bandwidthGBs: number, watts: number) {
  const bytesPerGate = 16 * 2 ** n;
  const seconds = (gates * bytesPerGate) / (bandwidthGBs * 1e9);
  return { bytesPerGate, seconds, joules: seconds * watts };
}
