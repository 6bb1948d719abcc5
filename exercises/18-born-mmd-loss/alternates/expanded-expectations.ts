// Correct, another way: the three expectations of the lesson, E_{p,p}K − 2 E_{p,q}K + E_{q,q}K, each a sum over pairs.
function kernel(x: number, y: number, sigmas: number[]): number {
  const d = (x ^ y).toString(2).replace(/0/g, '').length;
  let k = 0;
  for (const s of sigmas) k += Math.exp(-d / (2 * s));
  return k / sigmas.length;
}

function expectation(a: number[], b: number[], sigmas: number[]): number {
  let s = 0;
  for (let x = 0; x < a.length; x++) for (let y = 0; y < b.length; y++) s += a[x]! * b[y]! * kernel(x, y, sigmas);
  return s;
}

export function mmdLoss(p: number[], q: number[], sigmas: number[]): number {
  return expectation(p, p, sigmas) - 2 * expectation(p, q, sigmas) + expectation(q, q, sigmas);
}
