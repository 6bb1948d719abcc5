/**
 * Published error rates and sizes of real quantum computers, as the course's fact sheet (§5.2) records them, each with
 * its date and how well it is checked (V: read in the data or primary text; A: official page or abstract only; S:
 * secondary; D: derived by us, e.g. medians). They drift with every calibration: the dates matter.
 */
export interface Machine {
  id: string;
  name: string;
  /** when these numbers were true */
  date: string;
  qubits: number;
  /** error per one-qubit gate */
  error1q: number;
  /** error per two-qubit gate */
  error2q: number;
  /** error per measured qubit (readout, or SPAM where that is all that is published) */
  errorReadout: number;
  tag: 'V' | 'A' | 'S' | 'D';
  source: string;
  /**
   * What the gate errors mean. 'average': average gate infidelity, what randomized benchmarking reports (IBM,
   * Quantinuum H2 and Helios). 'pauli': Pauli (process) error, larger by (d + 1)/d with d = 2^n, so 1.5x for one
   * qubit and 1.25x for two (Sycamore). 'unstated': the source gives fidelities without saying which.
   */
  convention: 'average' | 'pauli' | 'unstated';
}

export const MACHINES: readonly Machine[] = [
  {
    id: 'kingston', name: 'IBM Heron r2 (ibm_kingston)', date: '2026-04-15', qubits: 156, error1q: 2.4e-4, error2q: 1.8e-3, errorReadout: 0.0095,
    tag: 'D', source: 'medians of the calibration snapshot shipped in qiskit-ibm-runtime (fake backend data)', convention: 'average',
  },
  {
    id: 'boston', name: 'IBM Heron r3 (ibm_boston)', date: '2026-04-17', qubits: 156, error1q: 1.5e-4, error2q: 1.3e-3, errorReadout: 0.0051,
    tag: 'D', source: 'medians of the calibration snapshot shipped in qiskit-ibm-runtime (fake backend data)', convention: 'average',
  },
  {
    id: 'willow', name: 'Google Willow (QEC chip)', date: '2024-12-09', qubits: 105, error1q: 3.5e-4, error2q: 3.3e-3, errorReadout: 0.0077,
    tag: 'S', source: 'Willow spec sheet, mean errors; text read from a stored copy', convention: 'average',
  },
  {
    id: 'h2', name: 'Quantinuum H2-1 (trapped ions)', date: '2024-05-20', qubits: 56, error1q: 3.4e-5, error2q: 1.36e-3, errorReadout: 1.5e-3,
    tag: 'V', source: 'CQCL/quantinuum-hardware-specifications spec-sheet data (SPAM error for readout); 56 qubits from the Azure Quantum provider page', convention: 'average',
  },
  {
    id: 'helios', name: 'Quantinuum Helios (trapped ions)', date: '2025-11', qubits: 98, error1q: 2.5e-5, error2q: 7.9e-4, errorReadout: 3.3e-4,
    tag: 'A', source: 'Allman et al., arXiv:2511.05465 (abstract): average infidelities over all operational zones (SPAM error for readout)', convention: 'average',
  },
  {
    id: 'aria', name: 'IonQ Aria (trapped ions)', date: 'Azure Quantum page', qubits: 25, error1q: 5e-4, error2q: 4e-3, errorReadout: 3.9e-3,
    tag: 'A', source: 'Azure Quantum IonQ provider page: fidelities 99.95 % / 99.6 %, SPAM 99.61 %', convention: 'unstated',
  },
  {
    id: 'sycamore', name: 'Google Sycamore (2019)', date: '2019', qubits: 53, error1q: 1.6e-3, error2q: 6.2e-3, errorReadout: 0.038,
    tag: 'V', source: 'Arute et al., Nature 574, 505 (2019): simultaneous Pauli errors', convention: 'pauli',
  },
];
