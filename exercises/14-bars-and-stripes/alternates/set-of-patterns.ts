// Correct, another way: builds the set of valid bitstrings once per shape (each choice of on-rows gives a stripes
// image, each choice of on-columns a bars image) and looks samples up in it.
const cache = new Map<string, Set<string>>();

function patterns(rows: number, cols: number): Set<string> {
  const key = `${rows}x${cols}`;
  let set = cache.get(key);
  if (set) return set;
  set = new Set<string>();
  const n = rows * cols;
  const write = (on: (r: number, c: number) => boolean) => {
    const chars: string[] = [];
    for (let q = n - 1; q >= 0; q--) chars.push(on(Math.floor(q / cols), q % cols) ? '1' : '0');
    set!.add(chars.join(''));
  };
  for (let m = 0; m < 2 ** rows; m++) write((r) => ((m >> r) & 1) === 1);
  for (let m = 0; m < 2 ** cols; m++) write((_r, c) => ((m >> c) & 1) === 1);
  cache.set(key, set);
  return set;
}

export function isBarsOrStripes(bitstring: string, rows: number, cols: number): boolean {
  return patterns(rows, cols).has(bitstring);
}

export function validRate(samples: string[], rows: number, cols: number): number {
  if (!samples.length) return 0;
  const valid = patterns(rows, cols);
  return samples.reduce((n, s) => n + (valid.has(s) ? 1 : 0), 0) / samples.length;
}
