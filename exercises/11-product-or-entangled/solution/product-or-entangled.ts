export interface State { re: ArrayLike<number>; im: ArrayLike<number> }
export interface OneQubit { re: [number, number]; im: [number, number] }
export interface Analysis {
  product: boolean;
  concurrence: number;
  factors: { qubit0: OneQubit; qubit1: OneQubit } | null;
}

const TOL = 1e-9;

/** The two amplitudes at indices i and j, divided by their joint norm. */
function normalisedPair(s: State, i: number, j: number): OneQubit {
  const size = Math.hypot(s.re[i]!, s.im[i]!, s.re[j]!, s.im[j]!);
  return { re: [s.re[i]! / size, s.re[j]! / size], im: [s.im[i]! / size, s.im[j]! / size] };
}

export function analyse(state: State): Analysis {
  const norm2 = [0, 1, 2, 3].reduce((acc, k) => acc + state.re[k]! ** 2 + state.im[k]! ** 2, 0);
  const s: State = { re: Array.from(state.re, (x) => x / Math.sqrt(norm2)), im: Array.from(state.im, (y) => y / Math.sqrt(norm2)) };
  const [r, i] = [s.re, s.im];
  // a00·a11 − a01·a10, real and imaginary parts (indices: 0 = a00, 1 = a01, 2 = a10, 3 = a11).
  const detRe = r[0]! * r[3]! - i[0]! * i[3]! - (r[1]! * r[2]! - i[1]! * i[2]!);
  const detIm = r[0]! * i[3]! + i[0]! * r[3]! - (r[1]! * i[2]! + i[1]! * r[2]!);
  const det = Math.hypot(detRe, detIm);
  if (det > TOL) return { product: false, concurrence: 2 * det, factors: null };
  let big = 0;
  for (let k = 1; k < 4; k++) if (Math.hypot(r[k]!, i[k]!) > Math.hypot(r[big]!, i[big]!)) big = k;
  const row = big >> 1; // qubit 1's bit of the largest amplitude
  const col = big & 1; // qubit 0's bit
  return { product: true, concurrence: 2 * det, factors: { qubit0: normalisedPair(s, 2 * row, 2 * row + 1), qubit1: normalisedPair(s, col, 2 + col) } };
}
