// Correct, another way: every conversion goes through fidelities, F_avg = (d·F_pro + 1)/(d + 1) and its inverse.
const toAvg = (fPro: number, d: number) => (d * fPro + 1) / (d + 1);
const toPro = (fAvg: number, d: number) => ((d + 1) * fAvg - 1) / d;
export const averageFidelity = (f: number, qubits: number) => toAvg(f, Math.pow(2, qubits));
export const averageError = (r: number, qubits: number) => 1 - toAvg(1 - r, Math.pow(2, qubits));
export const pauliError = (r: number, qubits: number) => 1 - toPro(1 - r, Math.pow(2, qubits));
