/// <reference lib="webworker" />
// Runs a Clifford circuit on the Aaronson–Gottesman tableau and samples it, off the main thread (a thousand qubits
// take a few hundred milliseconds, enough to drop frames if done on the page).
import { bellPairsCircuit, bitsToString, createStabilizerSampler, ghzCircuit, randomCliffordCircuit, runClifford, stabilizerSupport, supportDimension } from '../../../lib/classical/stabilizer';
import { createRng } from '../../../lib/quantum/rng';
import { SHOTS_SHOWN, type StabilizerReply, type StabilizerRequest } from './protocol';

const post = (m: StabilizerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

/** Layers of the random Clifford circuit: enough to spread every qubit's influence over the register. */
export const RANDOM_LAYERS = 10;

self.onmessage = (e: MessageEvent<StabilizerRequest>) => {
  const req = e.data;
  try {
    const rng = createRng(req.seed);
    const circuit = req.kind === 'ghz' ? ghzCircuit(req.numQubits) : req.kind === 'bell' ? bellPairsCircuit(req.numQubits) : randomCliffordCircuit(req.numQubits, RANDOM_LAYERS, rng);
    const t0 = performance.now();
    const tableau = runClifford(circuit);
    const t1 = performance.now();
    post({ type: 'progress', stage: 'measuring once and finding the support…' });
    const support = stabilizerSupport(tableau, rng);
    const t2 = performance.now();
    const draw = createStabilizerSampler(support);
    const shown: string[] = [];
    const seen = new Set<string>();
    let allZeros = 0, allOnes = 0;
    for (let s = 0; s < req.shots; s++) {
      const bits = draw(rng);
      const text = bitsToString(bits);
      if (!text.includes('1')) allZeros++;
      if (!text.includes('0')) allOnes++;
      seen.add(text);
      if (shown.length < SHOTS_SHOWN) shown.push(text);
    }
    const t3 = performance.now();
    post({
      type: 'result', request: req, gates: circuit.ops.length, supportDimension: supportDimension(support), shown, allZeros, allOnes,
      distinct: seen.size, circuitMs: t1 - t0, setupMs: t2 - t1, shotsMs: t3 - t2,
    });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
