// Correct, another way: joules per byte moved (watts / bytes per second), then total bytes; seconds from the same bytes.
export function stateVectorCost(n: number, gates: number, bandwidthGBs: number, watts: number) {
  const bytesPerSecond = bandwidthGBs * 1e9;
  const bytesPerGate = 2 ** (n + 5);
  const totalBytes = bytesPerGate * gates;
  return { bytesPerGate, seconds: totalBytes / bytesPerSecond, joules: totalBytes * (watts / bytesPerSecond) };
}
