// Mistake: multiplies by the cycle time in microseconds and calls the result seconds.
export function runTime(layers: number, d: number, cycleUs: number) {
  const cycles = layers * d;
  const seconds = cycles * cycleUs;
  return { cycles, seconds, hours: seconds / 3600 };
}
