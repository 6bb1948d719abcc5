/**
 * Physical qubits for logical qubits stored as distance-d rotated surface codes (the lesson planner's count: data and
 * measure qubits only, so a lower bound).
 * Grade it with:  npm run grade -- 39
 */
export interface QubitCount {
  data: number;
  measure: number;
  total: number;
}

/** Data, measure and total physical qubits for `logical` surface codes of distance `d`; RangeError for bad inputs. */
export function physicalQubits(logical: number, d: number): QubitCount {
  // TODO: per logical qubit, d² data qubits and d² − 1 measure qubits.
  throw new Error('physicalQubits is not written yet');
}
