// Correct, another way: factors from the reduced density matrices. For a product, ρ0 = Tr_1 |ψ⟩⟨ψ| = |c⟩⟨c|, so its
// column y is c·conj(c_y): the column with the larger diagonal entry, normalised, is qubit 0's state (ρ1 likewise).
// The entanglement test stays on the amplitudes: det ρ0 = |a00·a11 − a01·a10|² would square the tolerance away.
import type { Analysis, OneQubit, State } from '../solution/product-or-entangled';
type C = [number, number];
const mul = (p: C, q: C): C => [p[0] * q[0] - p[1] * q[1], p[0] * q[1] + p[1] * q[0]];
const conj = (p: C): C => [p[0], -p[1]];
const add = (p: C, q: C): C => [p[0] + q[0], p[1] + q[1]];

/** ρ[x][y] = Σ_z amp(x, z)·conj(amp(y, z)), z the other qubit's bit. */
function reduced(amp: (kept: number, other: number) => C): C[][] {
  return [0, 1].map((x) => [0, 1].map((y) => add(mul(amp(x, 0), conj(amp(y, 0))), mul(amp(x, 1), conj(amp(y, 1))))));
}
function stateOf(rho: C[][]): OneQubit {
  const y = rho[1]![1]![0] > rho[0]![0]![0] ? 1 : 0;
  const col = [rho[0]![y]!, rho[1]![y]!];
  const size = Math.hypot(col[0]![0], col[0]![1], col[1]![0], col[1]![1]);
  return { re: [col[0]![0] / size, col[1]![0] / size], im: [col[0]![1] / size, col[1]![1] / size] };
}

export function analyse(state: State): Analysis {
  const size = Math.hypot(...[0, 1, 2, 3].flatMap((k) => [state.re[k]!, state.im[k]!]));
  const a: C[] = [0, 1, 2, 3].map((k) => [state.re[k]! / size, state.im[k]! / size]);
  const d = add(mul(a[0]!, a[3]!), mul([-1, 0], mul(a[1]!, a[2]!)));
  const det = Math.hypot(d[0], d[1]);
  if (det > 1e-9) return { product: false, concurrence: 2 * det, factors: null };
  const rho0 = reduced((x0, x1) => a[2 * x1 + x0]!);
  const rho1 = reduced((x1, x0) => a[2 * x1 + x0]!);
  return { product: true, concurrence: 2 * det, factors: { qubit0: stateOf(rho0), qubit1: stateOf(rho1) } };
}
