// Mistake: counts the unrotated surface code, (2d − 1)² qubits per logical qubit (d² + (d − 1)² data), not the
// rotated code of 2d² − 1 that the planner and Google's memory use.
export function physicalQubits(logical: number, d: number) {
  if (!Number.isInteger(logical) || logical < 1 || !Number.isInteger(d) || d < 3 || d % 2 === 0) throw new RangeError('bad input');
  const data = d * d + (d - 1) ** 2;
  const measure = 2 * d * (d - 1);
  return { data: logical * data, measure: logical * measure, total: logical * (data + measure) };
}
