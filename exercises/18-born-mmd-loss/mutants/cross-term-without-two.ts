// Mistake: expands the square as pᵀKp − pᵀKq + qᵀKq, forgetting that the cross term appears twice.
const K = (x: number, y: number, sigmas: number[]) => {
  let d = 0;
  for (let v = x ^ y; v; v >>>= 1) d += v & 1;
  return sigmas.reduce((s, sg) => s + Math.exp(-d / (2 * sg)), 0) / sigmas.length;
};
const form = (a: number[], b: number[], s: number[]) => a.reduce((t, ax, x) => t + b.reduce((u, by, y) => u + ax * K(x, y, s) * by, 0), 0);
export function mmdLoss(p: number[], q: number[], sigmas: number[]): number {
  return form(p, p, sigmas) - form(p, q, sigmas) + form(q, q, sigmas);
}
