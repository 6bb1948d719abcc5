/**
 * The run time of a fault-tolerant computation in the lesson planner's model: each logical layer takes d
 * error-correction cycles of cycleUs microseconds.
 * Grade it with:  npm run grade -- 40
 */
export interface RunTime {
  cycles: number;
  seconds: number;
  hours: number;
}

/** Cycles, seconds and hours for `layers` logical layers at code distance `d`, with cycles of `cycleUs` µs. */
export function runTime(layers: number, d: number, cycleUs: number): RunTime {
  // TODO: cycles = layers × d; then convert microseconds to seconds and seconds to hours.
  throw new Error('runTime is not written yet');
}
