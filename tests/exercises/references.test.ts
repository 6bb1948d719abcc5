// The graders' reference math checked against values derived elsewhere (the course fact sheet's free-fermion and
// exact-diagonalisation figures, computed with numpy), so a bug in the harness cannot hide behind itself.
import { describe, expect, it } from 'vitest';
import { add, expectation, groundState, hamiltonianParts, square } from '../../src/lib/exercises/grading/ising';

describe('Ising references used by the energy grader', () => {
  it.each([
    [2, false, -Math.sqrt(5)],
    [4, false, -4.7587704831],
    [4, true, -5.2262518595],
    [6, false, -7.2962298106],
  ])('ground energy of %i sites (periodic: %s)', (n, periodic, e0) => {
    const { zz, x } = hamiltonianParts(n, { J: 1, h: 1, periodic });
    expect(groundState(add(zz, x)).energy).toBeCloseTo(e0, 9);
  });

  it('group variances of the 4-site ground state are 2.568666 each', () => {
    const { zz, x } = hamiltonianParts(4, { J: 1, h: 1, periodic: false });
    const g = groundState(add(zz, x)).vector;
    const im = new Array(16).fill(0);
    const variance = (a: number[][]) => expectation(square(a), g, im) - expectation(a, g, im) ** 2;
    expect(variance(zz)).toBeCloseTo(2.568666, 5);
    expect(variance(x)).toBeCloseTo(2.568666, 5);
  });
});
