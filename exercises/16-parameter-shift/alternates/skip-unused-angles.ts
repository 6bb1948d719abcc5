// Correct, another way: angles that no gate uses get 0 without running the circuit (saving two runs each), the others
// the shift rule, with the shifted vectors built by spreading and overwriting one entry.
import { expectation, type Circuit } from '../circuit';

export function parameterShift(circuit: Circuit, thetas: number[]): number[] {
  const used = new Set(circuit.gates.flatMap((g) => (g.gate === 'cx' ? [] : [g.param])));
  return thetas.map((t, k) => {
    if (!used.has(k)) return 0;
    const at = (v: number) => {
      const copy = [...thetas];
      copy[k] = v;
      return expectation(circuit, copy);
    };
    return (at(t + Math.PI / 2) - at(t - Math.PI / 2)) / 2;
  });
}
