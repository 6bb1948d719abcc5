// Correct, another way: the time to stream one amplitude (16 bytes in, 16 out) times the number of amplitudes and gates.
export function stateVectorCost(n: number, gates: number, bandwidthGBs: number, watts: number) {
  const amplitudes = Math.pow(2, n);
  const secondsPerAmplitude = 32 / (bandwidthGBs * 1e9);
  const seconds = gates * amplitudes * secondsPerAmplitude;
  return { bytesPerGate: amplitudes * 32, seconds, joules: watts * seconds };
}
