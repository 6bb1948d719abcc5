export interface QubitCount {
  data: number;
  measure: number;
  total: number;
}

export function physicalQubits(logical: number, d: number): QubitCount {
  if (!Number.isInteger(logical) || logical < 1) throw new RangeError(`logical qubits must be a whole number ≥ 1, not ${logical}`);
  if (!Number.isInteger(d) || d < 3 || d % 2 === 0) throw new RangeError(`the code distance must be an odd whole number ≥ 3, not ${d}`);
  const dataPerCode = d * d;
  const measurePerCode = dataPerCode - 1;
  return { data: logical * dataPerCode, measure: logical * measurePerCode, total: logical * (dataPerCode + measurePerCode) };
}
