// Mistake: counts only the d² data qubits, forgetting the measure qubits that read out the checks.
export function physicalQubits(logical: number, d: number) {
  if (!Number.isInteger(logical) || logical < 1 || !Number.isInteger(d) || d < 3 || d % 2 === 0) throw new RangeError('bad input');
  return { data: logical * d * d, measure: 0, total: logical * d * d };
}
