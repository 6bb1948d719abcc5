// Mistake: takes the arrays as probabilities without dividing by their sums, so counts give a wrong answer.
export function klDivergence(p: number[], q: number[]): number {
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    kl += p[i]! * Math.log(p[i]! / q[i]!);
  }
  return kl;
}
