/**
 * Shot rates of real devices, each with where it comes from and how well it is checked (the course's tags:
 * V = read in the primary text or data, A = abstract / official page only, S = secondary source, D = derived by us).
 * These are upper bounds on the raw rate: compilation, queueing and job overheads come on top. They drift; the
 * dates say when they were true.
 */
export interface ShotRate {
  id: string;
  device: string;
  /** Shots (circuit repetitions) per second. */
  perSecond: number;
  /** How the number was obtained, in one line. */
  basis: string;
  tag: 'V' | 'A' | 'S' | 'D';
  source: string;
}

export const SHOT_RATES: readonly ShotRate[] = [
  {
    id: 'willow',
    device: 'Google Willow (RCS chip, 2024)',
    perSecond: 63_000,
    basis: '63,000 circuit repetitions per second, from the spec sheet',
    tag: 'S',
    source: 'Google Quantum AI, Willow spec sheet (Dec 2024), text read from a stored copy',
  },
  {
    id: 'sycamore',
    device: 'Google Sycamore (2019)',
    perSecond: 5_000,
    basis: '10⁶ samples in 200 s of wall-clock time',
    tag: 'V',
    source: 'Arute et al., Nature 574, 505 (2019)',
  },
  {
    id: 'ibm',
    device: 'IBM Heron / Eagle (2025–26)',
    perSecond: 4_000,
    basis: 'default repetition delay 250 µs ⇒ at most about 4,000 shots/s per circuit',
    tag: 'D',
    source: 'calibration files of the fake backends in Qiskit/qiskit-ibm-runtime (snapshots 2025–2026)',
  },
  {
    id: 'ionq',
    device: 'IonQ Aria (trapped ions)',
    perSecond: 16,
    basis: '2-qubit gate 600 µs ⇒ a 100-gate circuit takes ≥ 60 ms per shot, at most about 16 shots/s',
    tag: 'A',
    source: 'Azure Quantum IonQ provider page (gate times); rate derived by us',
  },
  {
    id: 'aqt',
    device: 'AQT IBEX-Q1 (trapped ions)',
    perSecond: 5.5,
    basis: '"speed 5.5 Hz" in a reseller\'s documentation',
    tag: 'S',
    source: 'Scaleway documentation (docs-content PR 5902)',
  },
];

export function shotRate(id: string): ShotRate {
  const r = SHOT_RATES.find((s) => s.id === id);
  if (!r) throw new Error(`unknown device "${id}"; known: ${SHOT_RATES.map((s) => s.id).join(', ')}`);
  return r;
}
