// Mistake: one measure qubit per data qubit, d² of them, so 2d² per logical qubit instead of 2d² − 1.
export function physicalQubits(logical: number, d: number) {
  if (!Number.isInteger(logical) || logical < 1 || !Number.isInteger(d) || d < 3 || d % 2 === 0) throw new RangeError('bad input');
  return { data: logical * d * d, measure: logical * d * d, total: 2 * logical * d * d };
}
