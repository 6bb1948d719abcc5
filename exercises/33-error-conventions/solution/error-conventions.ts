const dimension = (qubits: number) => 2 ** qubits;

export function averageError(pauliError: number, qubits: number): number {
  const d = dimension(qubits);
  return (pauliError * d) / (d + 1);
}

export function pauliError(averageError: number, qubits: number): number {
  const d = dimension(qubits);
  return (averageError * (d + 1)) / d;
}

export function averageFidelity(processFidelity: number, qubits: number): number {
  const d = dimension(qubits);
  return (d * processFidelity + 1) / (d + 1);
}
