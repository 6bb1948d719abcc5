/**
 * The "2D Ising" data set (scaling-gqml, paper/datasets/ising/2d_random_lattice_dataset/generator.py, with
 * qml-benchmarks' src/qml_benchmarks/data/ising.py for the sampler): a 4×4 periodic lattice at temperature T = 3,
 * p(s) ∝ exp(−E(s)/T), E(s) = −Σ_bonds J_ab s_a s_b, s = ±1, bit = (s + 1)/2, sampled by Metropolis–Hastings: each
 * sweep proposes 16 single-spin flips at random sites, accepted with probability min(1, e^{−ΔE/T}); 8 chains from
 * random starts, 50,000 burn-in sweeps, then 100,000 sweeps per chain kept every 14th (800,000 // 55,000), shuffled,
 * the first 5,000 for training and the next 50,000 for testing.
 *
 * The couplings are random (generator.py: random = True, J = A·rand·2 after np.random.seed(666)) and the repository
 * does not list them. They are reconstructed here by replaying that seed (NumPy's MT19937, first 256 draws), each bond
 * getting (J_ab + J_ba)/2 = rand_ab + rand_ba since the energy is −½·sᵀJs. Check: the exact mean energy with these
 * couplings is −18.77 (enumerating all 2¹⁶ states, in the tests) and the repository's 50,000 test samples have mean
 * energy −18.693 under them, the figure in its ising_4_4_T_3_moments.csv (mom1_en = −18.693). Bit q is site q
 * (row-major, site (r, c) = 4r + c), and qubit q.
 */
import type { Rng } from '../../quantum/types';

/** [site a, site b, J_ab]: each site's right and lower neighbour on the 4×4 torus, in networkx grid order. */
export const ISING_4X4_BONDS: readonly (readonly [number, number, number])[] = [
  [0, 1, 0.849295481614234], [0, 4, 1.208021590084678], [1, 2, 0.658299092360408], [1, 5, 0.889245093515547],
  [2, 3, 1.136523460329434], [2, 6, 0.942967738294419], [3, 0, 1.579646399011166], [3, 7, 0.827032068773131],
  [4, 5, 1.251464363938375], [4, 8, 0.748113252564328], [5, 6, 0.947430321957888], [5, 9, 1.020466193233717],
  [6, 7, 1.845883528518005], [6, 10, 0.957268717377941], [7, 4, 0.976625412056233], [7, 11, 0.802575944028978],
  [8, 9, 0.470087430191913], [8, 12, 1.210464856787596], [9, 10, 0.847117173545522], [9, 13, 1.283530962145554],
  [10, 11, 1.169112173481778], [10, 14, 1.511387963479884], [11, 8, 0.689320429901285], [11, 15, 1.125082800350377],
  [12, 13, 1.270959609373458], [12, 0, 1.036240852519422], [13, 14, 0.948824144925945], [13, 1, 1.158716750348094],
  [14, 15, 0.65453311216686], [14, 2, 1.392914594040592], [15, 12, 0.981025126332042], [15, 3, 1.296195448287518],
];

export interface IsingModel {
  sites: number;
  bonds: readonly (readonly [number, number, number])[];
  temperature: number;
}

export const ISING_4X4: IsingModel = { sites: 16, bonds: ISING_4X4_BONDS, temperature: 3 };

export const ISING_CHAINS = { chains: 8, burnIn: 50_000, sweepsPerChain: 100_000, thinning: 14, train: 5_000, test: 50_000 } as const;

/** E(x) = −Σ J_ab s_a s_b for a bitstring x (s = +1 where the bit is set). */
export function isingEnergy(m: IsingModel, x: number): number {
  let e = 0;
  for (const [a, b, j] of m.bonds) e -= ((x >>> a) ^ (x >>> b)) & 1 ? -j : j;
  return e;
}

/**
 * Metropolis chains as in qml-benchmarks' MetropolisHastings (one kept state per sweep of `sites` proposals);
 * returns every `thinning`-th state after burn-in, chain after chain.
 */
export function sampleIsingChains(
  m: IsingModel,
  o: { chains: number; burnIn: number; sweepsPerChain: number; thinning: number },
  rng: Rng,
): Int32Array {
  const nb: { site: number; j: number }[][] = Array.from({ length: m.sites }, () => []);
  for (const [a, b, j] of m.bonds) {
    nb[a]!.push({ site: b, j });
    nb[b]!.push({ site: a, j });
  }
  const kept = Math.ceil(o.sweepsPerChain / o.thinning);
  const out = new Int32Array(o.chains * kept);
  let w = 0;
  for (let c = 0; c < o.chains; c++) {
    let x = 0;
    for (let q = 0; q < m.sites; q++) if (rng() < 0.5) x |= 1 << q;
    for (let sweep = 0; sweep < o.burnIn + o.sweepsPerChain; sweep++) {
      for (let t = 0; t < m.sites; t++) {
        const k = Math.floor(rng() * m.sites);
        const sk = (x >>> k) & 1 ? 1 : -1;
        let field = 0;
        for (const e of nb[k]!) field += e.j * ((x >>> e.site) & 1 ? 1 : -1);
        const dE = 2 * sk * field;
        if (rng() < Math.exp(-dE / m.temperature)) x ^= 1 << k;
      }
      const kept_i = sweep - o.burnIn;
      if (kept_i >= 0 && kept_i % o.thinning === 0) out[w++] = x;
    }
  }
  return out;
}
