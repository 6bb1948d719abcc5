// Mistake: returns the shots for both shifted circuits together (2N), where the README asks for shots per circuit.
import { shotsForGradientError as perCircuit } from '../solution/gradient-shot-noise';
export { gradientStdError } from '../solution/gradient-shot-noise';
export function shotsForGradientError(mPlus: number, mMinus: number, target: number): number {
  return 2 * perCircuit(mPlus, mMinus, target);
}
