export interface RunTime {
  cycles: number;
  seconds: number;
  hours: number;
}

const MICROSECONDS_PER_SECOND = 1e6;
const SECONDS_PER_HOUR = 3600;

export function runTime(layers: number, d: number, cycleUs: number): RunTime {
  const cycles = layers * d;
  const seconds = (cycles * cycleUs) / MICROSECONDS_PER_SECOND;
  return { cycles, seconds, hours: seconds / SECONDS_PER_HOUR };
}
