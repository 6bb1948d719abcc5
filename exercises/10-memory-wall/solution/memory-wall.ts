export type Precision = 'complex128' | 'complex64';

const bytesPerAmplitude = (precision: Precision) => (precision === 'complex64' ? 8 : 16);

export function stateBytes(n: number, precision: Precision): number {
  return 2 ** n * bytesPerAmplitude(precision);
}

export function maxQubits(budget: number, precision: Precision): number {
  const per = bytesPerAmplitude(precision);
  if (budget < per) return -1;
  // Products of powers of two are exact doubles, so each comparison is exact even past 2^53.
  let n = 0;
  while (2 ** (n + 1) * per <= budget) n++;
  return n;
}
