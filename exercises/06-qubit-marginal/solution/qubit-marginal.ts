export interface State { re: ArrayLike<number>; im: ArrayLike<number> }

export function probabilityOfOne(state: State, k: number): number {
  const mask = 1 << k;
  let total = 0;
  for (let i = 0; i < state.re.length; i++) {
    if ((i & mask) !== 0) total += state.re[i]! * state.re[i]! + state.im[i]! * state.im[i]!;
  }
  return total;
}

export function bitstring(index: number, n: number): string {
  let out = '';
  // Most significant qubit first, so qubit 0 is written last, on the right.
  for (let q = n - 1; q >= 0; q--) out += (index >> q) & 1 ? '1' : '0';
  return out;
}
