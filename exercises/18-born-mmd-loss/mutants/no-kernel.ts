// Mistake: sums (p − q)² over the outcomes, leaving out the kernel (as if K were the identity matrix).
export function mmdLoss(p: number[], q: number[], _sigmas: number[]): number {
  return p.reduce((s, px, x) => s + (px - q[x]!) ** 2, 0);
}
