// Mistake: takes a GB of bandwidth as 2³⁰ bytes (a GiB), while datasheets quote decimal gigabytes.
export function stateVectorCost(n: number, gates: number, bandwidthGBs: number, watts: number) {
  const bytesPerGate = 32 * 2 ** n;
  const seconds = (gates * bytesPerGate) / (bandwidthGBs * 2 ** 30);
  return { bytesPerGate, seconds, joules: seconds * watts };
}
