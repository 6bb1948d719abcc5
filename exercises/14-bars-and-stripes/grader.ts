/**
 * Grader for exercise 14 (bars and stripes). The valid images are built here constructively, one per choice of
 * on-rows and one per choice of on-columns, and written as bitstrings with qubit 0 rightmost; the learner instead
 * tests rows and columns for uniformity. Random images come from fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32 } from '../../src/lib/exercises/grading/prng';
import { bits, close, fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

export interface BasModule {
  isBarsOrStripes(bitstring: string, rows: number, cols: number): Promise<unknown>;
  validRate(samples: string[], rows: number, cols: number): Promise<unknown>;
}

/** The valid images of a rows × cols grid as bitstrings (pixel (r, c) = qubit r·cols + c, qubit 0 rightmost). */
function validImages(rows: number, cols: number): Set<string> {
  const out = new Set<string>();
  const fill = (on: (r: number, c: number) => boolean) => {
    let k = 0;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (on(r, c)) k += 2 ** (r * cols + c);
    out.add(bits(k, rows * cols));
  };
  for (let m = 0; m < 2 ** rows; m++) fill((r) => Math.floor(m / 2 ** r) % 2 === 1);
  for (let m = 0; m < 2 ** cols; m++) fill((_r, c) => Math.floor(m / 2 ** c) % 2 === 1);
  return out;
}

/** The image drawn row by row, top row first: "█" on, "·" off. */
function picture(s: string, rows: number, cols: number): string {
  const at = (r: number, c: number) => s[s.length - 1 - (r * cols + c)] === '1';
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (at(r, c) ? '█' : '·')).join('')).join(' / ');
}

async function judge(m: BasModule, s: string, rows: number, cols: number, valid: Set<string>, why: (got: boolean) => string = () => ''): Promise<CheckResult | null> {
  const got = await m.isBarsOrStripes(s, rows, cols);
  if (typeof got !== 'boolean') return fail(`isBarsOrStripes('${s}', ${rows}, ${cols}) should return true or false.`, 'a boolean', show(got));
  const want = valid.has(s);
  if (got !== want) {
    return fail(
      `isBarsOrStripes('${s}', ${rows}, ${cols}): the image, top row first, is ${picture(s, rows, cols)}, which ${want ? 'is' : 'is not'} a bars-and-stripes pattern.${why(got)}`,
      String(want), String(got),
    );
  }
  return null;
}

async function everyImage(m: BasModule, rows: number, cols: number, why: (s: string, got: boolean) => string = () => ''): Promise<CheckResult | null> {
  const valid = validImages(rows, cols);
  for (let k = 0; k < 2 ** (rows * cols); k++) {
    const s = bits(k, rows * cols);
    const r = await judge(m, s, rows, cols, valid, (got) => why(s, got));
    if (r) return r;
  }
  return null;
}

const lesson2x2: Check<BasModule> = {
  id: 'lesson-2x2',
  title: 'The six valid 2 × 2 images, blank and full included',
  points: 1,
  async run(m) {
    const why = (s: string) => (s === '0000' || s === '1111' ? ' The blank and the full image have every row uniform (and every column): they count.' : '');
    return (await everyImage(m, 2, 2, why)) ?? pass('Exactly 0000, 0011, 0101, 1010, 1100 and 1111 are accepted: 6 of 16.');
  },
};

const pixelOrder: Check<BasModule> = {
  id: 'pixel-order',
  title: 'Row-major pixels on grids that are not square',
  points: 1,
  async run(m) {
    for (const [rows, cols] of [[2, 3], [3, 2], [2, 4], [4, 2]] as const) {
      const valid = validImages(rows, cols);
      // The verdict a column-major reading (pixel (r, c) = qubit c·rows + r) would give, to name that mistake.
      const columnMajor = (s: string) => {
        let k = 0;
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (s[s.length - 1 - (c * rows + r)] === '1') k += 2 ** (r * cols + c);
        return valid.has(bits(k, rows * cols));
      };
      const answers = new Map<string, unknown>();
      for (let k = 0; k < 2 ** (rows * cols); k++) answers.set(bits(k, rows * cols), await m.isBarsOrStripes(bits(k, rows * cols), rows, cols));
      const wrong = [...answers].find(([img, got]) => got !== valid.has(img));
      if (!wrong) continue;
      const [img, got] = wrong;
      if (typeof got !== 'boolean') return fail(`isBarsOrStripes('${img}', ${rows}, ${cols}) should return true or false.`, 'a boolean', show(got));
      const allColumnMajor = [...answers].every(([i, g]) => g === columnMajor(i));
      return fail(
        `isBarsOrStripes('${img}', ${rows}, ${cols}): the image, top row first, is ${picture(img, rows, cols)}, which ${valid.has(img) ? 'is' : 'is not'} a bars-and-stripes pattern.` +
          (allColumnMajor ? ' Every answer you gave for this grid is right for pixels numbered column by column; here pixel (r, c) is qubit r·cols + c, so the first cols qubits (the rightmost characters) are the top row.' : ''),
        String(valid.has(img)), String(got),
      );
    }
    return pass('Every image of 2 × 3, 3 × 2, 2 × 4 and 4 × 2 is judged right.');
  },
};

const everyShape: Check<BasModule> = {
  id: 'every-shape',
  title: 'Every image of 1 × 1 to 3 × 3 grids: 2^rows + 2^cols − 2 valid',
  points: 1,
  async run(m) {
    for (const [rows, cols] of [[1, 1], [1, 4], [4, 1], [3, 3], [1, 2], [2, 1]] as const) {
      const valid = validImages(rows, cols);
      const why = (s: string) => (valid.has(s) && /^(0+|1+)$/.test(s) === false ? ` A ${rows} × ${cols} grid has ${2 ** rows + 2 ** cols - 2} valid images: stripes (uniform rows) and bars (uniform columns) both count.` : '');
      const r = await everyImage(m, rows, cols, why);
      if (r) return r;
    }
    return pass('3 × 3 gives 14 of 512, a single row or column of pixels gives every image, as 2^rows + 2^cols − 2 says.');
  },
};

const validRateCheck: Check<BasModule> = {
  id: 'valid-rate',
  title: 'The valid rate counts every sample, repeats included',
  points: 1,
  async run(m) {
    const all16 = Array.from({ length: 16 }, (_, k) => bits(k, 4));
    const shots = ['0011', '0011', '0011', '0110', '1111', '0110', '0000', '1001'];
    const nine = ['000000111', '000000111', '100100100', '101010101', '111111111', '000000000', '000000000', '010010010', '110000000', '000111000'];
    const cases: [string[], number, number, number, string][] = [
      [all16, 2, 2, 6 / 16, 'all 16 images of 2 × 2 once each'],
      [shots, 2, 2, 5 / 8, `the 2 × 2 shots ${JSON.stringify(shots)}`],
      [nine, 3, 3, 8 / 10, `the 3 × 3 shots ${JSON.stringify(nine)}`],
      [[], 3, 3, 0, 'no samples'],
    ];
    for (const [samples, rows, cols, want, label] of cases) {
      const got = finiteNumber(await m.validRate(samples, rows, cols), `validRate(${label})`);
      if (isResult(got)) return got;
      if (!close(got, want, 1e-12)) {
        const distinct = [...new Set(samples)];
        const valid = validImages(rows, cols);
        const why = distinct.length < samples.length && close(got, distinct.filter((s) => valid.has(s)).length / distinct.length, 1e-12)
          ? ' Your value counts each distinct image once; every shot counts, repeats included.'
          : samples.length === 0 ? ' With no samples, return 0.' : '';
        return fail(`validRate(${label}): ${Math.round(want * samples.length)} of ${samples.length} samples are valid.${why}`, show(want), show(got));
      }
    }
    return pass('All 16 images of 2 × 2 give 6/16 = 37.5 %, the rate of the independent-pixel model in the lesson.');
  },
};

const randomImages: Check<BasModule> = {
  id: 'random-images',
  title: 'Random images on grids up to 20 pixels',
  points: 2,
  requires: ['lesson-2x2'],
  async run(m) {
    const rng = mulberry32(14);
    const shapes = [[3, 4], [4, 3], [4, 5], [5, 4], [2, 10], [10, 2], [1, 7], [4, 4], [3, 6]] as const;
    for (const [rows, cols] of shapes) {
      const valid = validImages(rows, cols);
      const list = [...valid];
      // Half the images valid, the other half mostly invalid: one flipped pixel of a valid image, or random bits.
      const samples = Array.from({ length: 30 }, (_, t) => {
        const base = list[intIn(rng, 0, list.length - 1)]!;
        if (t % 2 === 0) return base;
        if (t % 4 === 1) {
          const q = intIn(rng, 0, rows * cols - 1);
          const i = base.length - 1 - q;
          return base.slice(0, i) + (base[i] === '1' ? '0' : '1') + base.slice(i + 1);
        }
        return Array.from({ length: rows * cols }, () => (rng() < 0.5 ? '1' : '0')).join('');
      });
      for (const s of samples) {
        const r = await judge(m, s, rows, cols, valid);
        if (r) return r;
      }
      const want = samples.filter((s) => valid.has(s)).length / samples.length;
      const got = finiteNumber(await m.validRate(samples, rows, cols), `validRate of 30 random ${rows} × ${cols} images`);
      if (isResult(got)) return got;
      if (!close(got, want, 1e-12)) return fail(`validRate of 30 random ${rows} × ${cols} images is off.`, show(want), show(got));
    }
    return pass('270 random images on nine grid shapes up to 4 × 5 are judged right, and their valid rates match.');
  },
};

export const grader: Grader<BasModule> = { exerciseId: '14-bars-and-stripes', checks: [lesson2x2, pixelOrder, everyShape, validRateCheck, randomImages] };
