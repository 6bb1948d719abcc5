// Correct, another way: convert the cycle time to seconds first, then count; hours through minutes.
export function runTime(layers: number, d: number, cycleUs: number) {
  const cycleSeconds = cycleUs * 1e-6;
  const cycles = d * layers;
  const seconds = cycles * cycleSeconds;
  const minutes = seconds / 60;
  return { cycles, seconds, hours: minutes / 60 };
}
