/**
 * Grader for exercise 37 (SWAP routing on a line). The expected layout is built on a list of the qubits in line order:
 * the control is taken out of the line and put back right beside the target (Array.splice), which is what the chain of
 * neighbour SWAPs does; the SWAP count is the distance minus one. The learner swaps step by step, a different route.
 * The grader also builds two wrong layouts (the control jumping straight next to the target, and the target moving)
 * to name those mistakes when it sees them.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, intIn } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, numberArray, pass, remote, show } from '../../src/lib/exercises/grading/check-kit';

type Pair = [number, number];
interface Routing { swaps: number; swapsPerGate: number[]; positions: number[] }
export interface SwapRoutingModule {
  swapsToAdjacent(a: number, b: number): Promise<unknown>;
  routeOnLine(qubits: number, cxs: Pair[]): Promise<unknown>;
}

type Rule = 'slide' | 'jump' | 'target-moves';
/** The routing by moving qubits in a line list: slide (right), the control jumping, or the target moving. */
function route(qubits: number, cxs: Pair[], rule: Rule): Routing {
  const line = Array.from({ length: qubits }, (_, q) => q);
  const swapsPerGate = cxs.map(([c, t]) => {
    const [mover, fixed] = rule === 'target-moves' ? [t, c] : [c, t];
    const from = line.indexOf(mover);
    const gap = Math.abs(from - line.indexOf(fixed)) - 1;
    if (gap <= 0) return 0;
    const beside = line.indexOf(fixed) + (from < line.indexOf(fixed) ? -1 : 1);
    if (rule === 'jump') [line[from], line[beside]] = [line[beside]!, line[from]!];
    else {
      line.splice(from, 1);
      line.splice(line.indexOf(fixed) + (from < beside ? 0 : 1), 0, mover);
    }
    return gap;
  });
  const positions = Array.from({ length: qubits }, (_, q) => line.indexOf(q));
  return { swaps: swapsPerGate.reduce((a, b) => a + b, 0), swapsPerGate, positions };
}

function readRouting(v: unknown, gates: number, qubits: number): Routing | CheckResult {
  if (typeof v !== 'object' || v === null) return fail('routeOnLine should return { swaps, swapsPerGate, positions }.', '{ swaps, swapsPerGate, positions }', show(v));
  const r = v as Routing;
  const swaps = finiteNumber(r.swaps, 'The returned swaps');
  if (isResult(swaps)) return swaps;
  const per = numberArray(r.swapsPerGate, gates, 'The returned swapsPerGate (one entry per CNOT)');
  if (isResult(per)) return per;
  const positions = numberArray(r.positions, qubits, 'The returned positions (one entry per qubit)');
  if (isResult(positions)) return positions;
  return { swaps, swapsPerGate: per, positions };
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const list = (cxs: Pair[]) => (cxs.length ? cxs.map(([c, t]) => `CX(${c}→${t})`).join(', ') : 'no CNOTs');

async function compareRoutes(m: SwapRoutingModule, cases: [number, Pair[], string][], what: 'counts' | 'all'): Promise<CheckResult | null> {
  for (const [qubits, cxs, label] of cases) {
    const got = readRouting(await m.routeOnLine(qubits, cxs.map((p) => [...p])), cxs.length, qubits);
    if (isResult(got)) return got;
    const want = route(qubits, cxs, 'slide');
    const where = `${label}, ${qubits} qubits in a line, ${list(cxs)}`;
    if (!same(got.swapsPerGate, want.swapsPerGate)) {
      const stale = cxs.map(([c, t]) => Math.max(0, Math.abs(c - t) - 1));
      const jumped = same(got.swapsPerGate, route(qubits, cxs, 'jump').swapsPerGate);
      const targetMoved = same(got.swapsPerGate, route(qubits, cxs, 'target-moves').swapsPerGate);
      const why = same(got.swapsPerGate, stale) && !same(stale, want.swapsPerGate)
        ? 'Those are the distances between the qubits\' original positions: after the SWAPs of one CNOT the qubits have moved, so look their positions up again before the next.'
        : jumped || targetMoved
          ? `The SWAPs move the control (${jumped && targetMoved ? 'did the target move, or did the control jump?' : jumped ? 'not in one jump' : 'not the target'}): each SWAP moves it one place toward the target, and the neighbour it passes moves one place back.`
          : 'Before each CNOT, count the SWAPs that bring the control next to the target where they are now: their distance minus one.';
      return fail(`${where}: the SWAPs before each CNOT are wrong. ${why}`, `swapsPerGate ${show(want.swapsPerGate)}`, `swapsPerGate ${show(got.swapsPerGate)}`);
    }
    if (got.swaps !== want.swaps) return fail(`${where}: swaps should be the total of swapsPerGate.`, `swaps = ${want.swaps}`, `swaps = ${show(got.swaps)}`);
    if (what === 'all' && !same(got.positions, want.positions)) {
      const why = same(got.positions, route(qubits, cxs, 'target-moves').positions)
        ? 'These are the positions you get by moving the target; the README moves the control and leaves the target where it is.'
        : same(got.positions, route(qubits, cxs, 'jump').positions)
          ? 'The control swapped places with the qubit beside the target in one go; SWAPs exchange neighbours, so every qubit it passes moves one place back.'
          : same(got.positions, Array.from({ length: qubits }, (_, q) => q))
            ? 'The qubits are still where they started: the SWAPs move them, and positions must say where they are now.'
            : 'positions[q] is where logical qubit q sits after all the SWAPs.';
      return fail(`${where}: the final positions are wrong. ${why}`, `positions ${show(want.positions)}`, `positions ${show(got.positions)}`);
    }
  }
  return null;
}

const adjacentPairs: Check<SwapRoutingModule> = {
  id: 'adjacent-pairs',
  title: 'SWAPs to make two positions neighbours: |a − b| − 1',
  points: 1,
  async run(m) {
    for (const [a, b] of [[0, 1], [3, 2], [0, 2], [5, 1], [0, 9], [11, 4]] as Pair[]) {
      const got = await m.swapsToAdjacent(a, b);
      const want = Math.abs(a - b) - 1;
      if (got !== want) {
        const why = got === want + 1 ? ' That is the distance itself; the last step is the CNOT between the neighbours, not a SWAP.' : '';
        return fail(`Positions ${a} and ${b} of a line: ${want} SWAP${want === 1 ? '' : 's'} bring${want === 1 ? 's' : ''} them next to each other.${why}`, String(want), show(got));
      }
    }
    return pass('Neighbours need 0 SWAPs, and each step of distance beyond 1 needs one.');
  },
};

const oneGate: Check<SwapRoutingModule> = {
  id: 'one-gate',
  title: 'One CNOT: the control slides next to the target',
  points: 1,
  async run(m) {
    return (await compareRoutes(m, [
      [5, [], 'No CNOTs'],
      [5, [[2, 3]], 'Neighbours'],
      [5, [[0, 4]], 'From one end to the other'],
      [5, [[4, 0]], 'From the other end back'],
    ], 'all')) ?? pass('CX(0→4) on 5 qubits takes 3 SWAPs and leaves qubit 0 at position 3, qubits 1, 2, 3 one place down.');
  },
};

const layoutUpdated: Check<SwapRoutingModule> = {
  id: 'layout-updated',
  title: 'Later CNOTs see the qubits where the SWAPs left them',
  points: 2,
  async run(m) {
    return (await compareRoutes(m, [
      [5, [[0, 4], [0, 1]], 'Two CNOTs from qubit 0'],
      [6, [[5, 0], [4, 5], [1, 2]], 'Three CNOTs'],
      [4, [[0, 3], [3, 0]], 'There and back'],
    ], 'counts')) ?? pass('Every CNOT is routed from the positions the previous SWAPs left.');
  },
};

const shiftsNeighbours: Check<SwapRoutingModule> = {
  id: 'shifts-neighbours',
  title: 'The qubits the control passes move one place back',
  points: 1,
  async run(m) {
    return (await compareRoutes(m, [
      [4, [[0, 3]], 'One long CNOT'],
      [4, [[0, 3], [1, 3]], 'A long CNOT, then one from qubit 1'],
      [7, [[6, 1], [2, 6], [0, 5]], 'Three CNOTs on 7 qubits'],
    ], 'all')) ?? pass('Each SWAP exchanges neighbours, so the qubits passed by the control shift by one.');
  },
};

const randomSequences: Check<SwapRoutingModule> = {
  id: 'random-sequences',
  title: 'Random CNOT lists on lines of 2 to 12 qubits',
  points: 2,
  requires: ['adjacent-pairs'],
  async run(m) {
    const rng = mulberry32(37);
    const cases: [number, Pair[], string][] = [];
    for (let i = 0; i < 40; i++) {
      const qubits = intIn(rng, 2, 12);
      const cxs: Pair[] = Array.from({ length: intIn(rng, 1, 12) }, () => {
        const c = intIn(rng, 0, qubits - 1);
        let t = intIn(rng, 0, qubits - 2);
        if (t >= c) t++;
        return [c, t];
      });
      cases.push([qubits, cxs, `Random list ${i + 1}`]);
    }
    const r = await compareRoutes(m, cases, 'all');
    if (r) return r;
    const [qubits, cxs] = cases[0]!;
    const args = cxs.map((p) => [...p]);
    const after = (await remote(m.routeOnLine).withArgs(qubits, args)).args[1] as Pair[];
    if (!Array.isArray(after) || !same(after.flat(), cxs.flat())) return fail('routeOnLine changed the list of CNOTs it was given; route on your own copy.', list(cxs), Array.isArray(after) ? list(after) : show(after));
    return pass('40 random CNOT lists: SWAPs per CNOT, total and final positions all right, and the list left unchanged.');
  },
};

export const grader: Grader<SwapRoutingModule> = { exerciseId: '37-swap-routing', checks: [adjacentPairs, oneGate, layoutUpdated, shiftsNeighbours, randomSequences] };
