// Mistake: computes KL(q‖p), the model's divergence from the data, instead of KL(p‖q).
import { klDivergence as right } from '../solution/kl-divergence';
export function klDivergence(p: number[], q: number[]): number {
  return right(q, p);
}
