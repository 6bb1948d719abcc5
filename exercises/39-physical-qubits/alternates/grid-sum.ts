// Correct, another way: count one code on its grid (data qubits row by row, a measure qubit on every plaquette
// between four data qubits and on every other boundary edge), then scale by the number of logical qubits.
export function physicalQubits(logical: number, d: number) {
  if (!(Number.isInteger(logical) && logical >= 1)) throw new RangeError(`bad number of logical qubits: ${logical}`);
  if (!(Number.isInteger(d) && d >= 3 && d % 2 === 1)) throw new RangeError(`bad code distance: ${d}`);
  let data = 0;
  for (let row = 0; row < d; row++) data += d;
  const inner = (d - 1) * (d - 1);
  const boundary = 4 * ((d - 1) / 2);
  const measure = inner + boundary;
  return { data: logical * data, measure: logical * measure, total: logical * (data + measure) };
}
