// Mistake: d² cycles per layer, mixing up the time a layer takes with the qubits a code has.
export function runTime(layers: number, d: number, cycleUs: number) {
  const cycles = layers * d * d;
  const seconds = (cycles * cycleUs) / 1e6;
  return { cycles, seconds, hours: seconds / 3600 };
}
