// Mistake: treats the layer as failing with its worst gate's error (a per-gate rate), not the product over all its gates.
import { maxDepth as right } from '../solution/allowed-depth';
export function maxDepth(layerErrors: number[], target: number): number {
  return right(layerErrors.length ? [Math.max(...layerErrors)] : [], target);
}
