/**
 * Grader for exercise 35 (convert counts between bit orders). Expected keys are built group by group: the key is split
 * at its spaces into registers, the list of registers is reversed and so is each register's bits, a different route
 * from reversing the string. Counts are compared exactly (they are whole numbers).
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, intIn, type Rng } from '../../src/lib/exercises/grading/prng';
import { fail, isResult, pass, remote, show } from '../../src/lib/exercises/grading/check-kit';

type Counts = Record<string, number>;
export interface BitOrderModule {
  toBigEndian(counts: Counts): Promise<unknown>;
  toLittleEndian(counts: Counts): Promise<unknown>;
}
type Direction = 'toBigEndian' | 'toLittleEndian';

/** The key in the other order: registers change sides, and so do the bits inside each. */
const otherOrder = (key: string) => key.split(' ').reverse().map((group) => Array.from(group).reverse().join('')).join(' ');
const convert = (c: Counts): Counts => Object.fromEntries(Object.entries(c).map(([k, v]) => [otherOrder(k), v]));
const showCounts = (c: Counts) => {
  const e = Object.entries(c);
  return `{ ${e.slice(0, 5).map(([k, v]) => `'${k}': ${v}`).join(', ')}${e.length > 5 ? `, … (${e.length} keys)` : ''} }`;
};

/** The learner's counts, read defensively: a plain object of finite numbers. */
function readCounts(v: unknown, fn: Direction): Counts | CheckResult {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || ArrayBuffer.isView(v)) return fail(`${fn} should return a counts object { key: count }.`, '{ "…": count }', show(v));
  for (const [k, x] of Object.entries(v)) if (typeof x !== 'number' || !Number.isFinite(x)) return fail(`The count for key '${k}' returned by ${fn} is not a number.`, 'a whole number', show(x));
  return v as Counts;
}

/** The first way `got` differs from `want`, as a failure, or null. */
function differ(got: Counts, want: Counts, input: Counts, fn: Direction, label: string): CheckResult | null {
  const gk = Object.keys(got);
  const wk = Object.keys(want);
  const tail = `Input ${showCounts(input)}.`;
  const total = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);
  if (gk.length < wk.length || total(got) !== total(want)) {
    return fail(`${label}: ${fn} returns ${gk.length} keys holding ${show(total(got))} shots for ${wk.length} keys holding ${total(want)}. Different keys were sent to the same new key and one count overwrote another; written out character by character, the reversal is one-to-one, so no two keys can collide. ${tail}`, `${wk.length} keys, total ${total(want)}`, `${gk.length} keys, total ${show(total(got))}`);
  }
  for (const k of wk) {
    if (!(k in got)) {
      const src = Object.keys(input).find((x) => otherOrder(x) === k)!;
      const near = gk.find((x) => x.replace(/ /g, '') === k.replace(/ /g, ''));
      const why = near !== undefined
        ? `the bits are right but the spaces between registers are not ('${near}'): a space is not a bit, and the registers change sides with their bits.`
        : gk.some((x) => x.replace(/ /g, '').length !== k.replace(/ /g, '').length)
          ? `some keys lost their width: keep every character, leading zeros included.`
          : `the key '${src}' should become '${k}'.`;
      return fail(`${label}: ${fn} has no key '${k}'; ${why} ${tail}`, `'${k}': ${want[k]}`, showCounts(got));
    }
    if (got[k] !== want[k]) return fail(`${label}: ${fn} gives key '${k}' the count ${show(got[k])}; each count moves unchanged to its converted key. ${tail}`, `'${k}': ${want[k]}`, `'${k}': ${show(got[k])}`);
  }
  if (gk.length !== wk.length) {
    const extra = gk.find((k) => !(k in want));
    return fail(`${label}: ${fn} returns ${gk.length} keys for ${wk.length}; converting is one-to-one, so the keys stay as many as they were${extra !== undefined ? ` (unexpected '${extra}')` : ''}. ${tail}`, `${wk.length} keys`, `${gk.length} keys`);
  }
  return null;
}

async function expectConverted(m: BitOrderModule, fn: Direction, input: Counts, label: string): Promise<CheckResult | Counts> {
  const got = readCounts(await m[fn](input), fn);
  if (isResult(got)) return got;
  return differ(got, convert(input), input, fn, label) ?? got;
}

async function allConverted(m: BitOrderModule, cases: [Direction, Counts, string][]): Promise<CheckResult | null> {
  for (const [fn, input, label] of cases) {
    const r = await expectConverted(m, fn, input, label);
    if (isResult(r)) return r;
  }
  return null;
}

const bitOrder: Check<BitOrderModule> = {
  id: 'bit-order',
  title: 'Qubit 0 moves from the right end to the left end, and back',
  points: 1,
  async run(m) {
    return (await allConverted(m, [
      ['toBigEndian', { '001': 7, '110': 3 }, "'001' (qubit 0 measured 1) in big-endian"],
      ['toLittleEndian', { '100': 7, '011': 3 }, "'100' (qubit 0 measured 1) back in little-endian"],
      ['toBigEndian', { '0': 4, '1': 6 }, 'One qubit'],
    ])) ?? pass("'001' (qubit 0 = 1) becomes '100' and back; one-bit keys stay as they are.");
  },
};

const widthKept: Check<BitOrderModule> = {
  id: 'width-kept',
  title: 'Leading zeros and the width are kept',
  points: 1,
  async run(m) {
    return (await allConverted(m, [
      ['toBigEndian', { '0001': 2, '0000': 5, '1000': 1, '0110': 3 }, 'Four-bit keys with leading zeros'],
      ['toLittleEndian', { '000000000001': 9, '100000000000': 1 }, 'Twelve-bit keys'],
    ])) ?? pass("'0001' becomes '1000' and '0000' stays '0000': every key keeps its width.");
  },
};

const totalsKept: Check<BitOrderModule> = {
  id: 'totals-kept',
  title: 'Every count arrives: same keys, same total',
  points: 1,
  async run(m) {
    const all: Counts = {};
    for (let k = 0; k < 16; k++) all[k.toString(2).padStart(4, '0')] = k === 5 ? 0 : 10 + k;
    const wide: Counts = {};
    for (let k = 0; k < 64; k++) wide[k.toString(2).padStart(6, '0')] = 1000 + k;
    return (await allConverted(m, [
      ['toBigEndian', all, 'All 16 outcomes of 4 qubits, one with count 0'],
      ['toLittleEndian', wide, 'All 64 outcomes of 6 qubits'],
    ])) ?? pass('No two keys collide: every outcome keeps its own count, zeros included, and the total is unchanged.');
  },
};

const separators: Check<BitOrderModule> = {
  id: 'separators',
  title: 'Spaces between registers move with their registers',
  points: 1,
  async run(m) {
    return (await allConverted(m, [
      ['toBigEndian', { '011 01': 4, '100 10': 1, '000 00': 0 }, "Two registers, '011 01'"],
      ['toLittleEndian', { '100 10 1': 2, '001 01 0': 3 }, 'Three registers in big-endian'],
    ])) ?? pass("'011 01' becomes '10 110': the registers change sides with their bits and the space stays a separator.");
  },
};

/** Random counts of one layout: 1 to 20 bits, sometimes in registers. */
function randomCounts(rng: Rng): Counts {
  const groups = rng() < 0.3 ? Array.from({ length: intIn(rng, 2, 3) }, () => intIn(rng, 1, 5)) : [intIn(rng, 1, 20)];
  const width = groups.reduce((a, b) => a + b, 0);
  const c: Counts = {};
  for (let i = intIn(rng, 1, 30); i > 0; i--) {
    let bitsLeft = Array.from({ length: width }, () => (rng() < 0.5 ? '0' : '1')).join('');
    const key = groups.map((len) => {
      const part = bitsLeft.slice(0, len);
      bitsLeft = bitsLeft.slice(len);
      return part;
    }).join(' ');
    c[key] = intIn(rng, 0, 5000);
  }
  return c;
}

const roundTrip: Check<BitOrderModule> = {
  id: 'round-trip',
  title: 'Converting there and back gives the original, on random counts',
  points: 1,
  async run(m) {
    const rng = mulberry32(35);
    for (let t = 0; t < 30; t++) {
      const input = randomCounts(rng);
      for (const [there, back] of [['toBigEndian', 'toLittleEndian'], ['toLittleEndian', 'toBigEndian']] as [Direction, Direction][]) {
        const once = await expectConverted(m, there, input, `Random counts ${t + 1}`);
        if (isResult(once)) return once;
        const twice = readCounts(await m[back](once), back);
        if (isResult(twice)) return twice;
        const r = differ(twice, input, once, back, `Random counts ${t + 1}, ${there} then ${back}`);
        if (r) return fail(`${r.message} Converting one way and back must give the original counts.`, r.expected, r.actual);
      }
    }
    return pass('30 random counts, 1 to 20 bits, some with registers: both directions are right and undo each other.');
  },
};

const noSideEffects: Check<BitOrderModule> = {
  id: 'no-side-effects',
  title: 'The input counts are left unchanged',
  points: 1,
  requires: ['bit-order'],
  async run(m) {
    for (const fn of ['toBigEndian', 'toLittleEndian'] as Direction[]) {
      const input: Counts = { '001': 7, '110': 3, '010': 1 };
      const r = await remote(m[fn]).withArgs({ ...input });
      const after = r.args[0] as Counts;
      const same = typeof after === 'object' && after !== null && Object.keys(after).length === 3 && Object.entries(input).every(([k, v]) => after[k] === v);
      if (!same) return fail(`${fn} changed the counts it was given. The caller may still need them in the old order: build a new object.`, showCounts(input), typeof after === 'object' && after !== null ? showCounts(after) : show(after));
    }
    return pass('Both functions return new objects and leave their input as it was.');
  },
};

export const grader: Grader<BitOrderModule> = { exerciseId: '35-bit-order-convert', checks: [bitOrder, widthKept, totalsKept, separators, roundTrip, noSideEffects] };
