// Mistake: uses the number of qubits as d, so a one-qubit gate gets 1/2 instead of 2/3 and a two-qubit gate 2/3 instead of 4/5.
export const averageError = (r: number, qubits: number) => (r * qubits) / (qubits + 1);
export const pauliError = (r: number, qubits: number) => (r * (qubits + 1)) / qubits;
export const averageFidelity = (f: number, qubits: number) => (qubits * f + 1) / (qubits + 1);
