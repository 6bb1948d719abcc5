// Mistake: divides seconds by 60 to get hours (that gives minutes).
export function runTime(layers: number, d: number, cycleUs: number) {
  const cycles = layers * d;
  const seconds = (cycles * cycleUs) / 1e6;
  return { cycles, seconds, hours: seconds / 60 };
}
