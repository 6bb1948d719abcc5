// Mistake: computes 2ⁿ as 1 << n, which JavaScript does on 32-bit integers: wrong from n = 31 on.
export function stateVectorCost(n: number, gates: number, bandwidthGBs: number, watts: number) {
  const bytesPerGate = 32 * (1 << n);
  const seconds = (gates * bytesPerGate) / (bandwidthGBs * 1e9);
  return { bytesPerGate, seconds, joules: seconds * watts };
}
