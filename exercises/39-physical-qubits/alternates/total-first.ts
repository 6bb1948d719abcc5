// Correct, another way: total = L(2d² − 1) first, data = L·d², and the measure qubits as what is left over.
export function physicalQubits(logical: number, d: number) {
  const wholeAtLeast = (x: number, min: number) => Number.isSafeInteger(x) && x >= min;
  if (!wholeAtLeast(logical, 1)) throw new RangeError('logical qubits: a whole number of at least 1');
  if (!wholeAtLeast(d, 3) || (d & 1) === 0) throw new RangeError('distance: an odd whole number of at least 3');
  const total = logical * (2 * d ** 2 - 1);
  const data = logical * d ** 2;
  return { data, measure: total - data, total };
}
