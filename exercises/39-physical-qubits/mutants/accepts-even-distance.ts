// Mistake: never checks its inputs, so an even distance or zero logical qubits gets a count as if it were a code.
export function physicalQubits(logical: number, d: number) {
  return { data: logical * d * d, measure: logical * (d * d - 1), total: logical * (2 * d * d - 1) };
}
