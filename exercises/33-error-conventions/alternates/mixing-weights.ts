// Correct, another way: F_avg is a mixture, F_pro with weight d/(d + 1) and a perfect 1 with weight 1/(d + 1), and an
// error is the fidelity's complement, so the weights give both directions.
export function averageFidelity(processFidelity: number, qubits: number): number {
  const w = 1 / (1 + 2 ** -qubits);
  return w * processFidelity + (1 - w);
}
export function averageError(pauli: number, qubits: number): number {
  return pauli / (1 + 2 ** -qubits);
}
export function pauliError(average: number, qubits: number): number {
  return average * (1 + 2 ** -qubits);
}
