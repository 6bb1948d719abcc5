// Fuzzing OpenQASM pastes: random text and mutated valid programs. Each must either load as a circuit the engine
// accepts or give a message a learner can act on (naming a line that exists); none may throw or reject.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQasm, toQasm } from '../../../src/lib/qasm';
import { bitDistribution, checkDynamicCircuit, createRng, sampleBits, validateCircuit } from '../../../src/lib/quantum';
import { FUZZ_RUNS, FUZZ_SEED, XSS_PAYLOADS, circuitArb, mutated } from './arbitraries';

const HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';

const pasteArb = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 120 }).map((s) => `${HEAD}qreg q[2];\n${s}`) },
  { weight: 1, arbitrary: fc.constantFrom(...XSS_PAYLOADS).map((p) => `${HEAD}qreg q[1];\n${p} q[0];\n`) },
  { weight: 1, arbitrary: circuitArb(6, 12).map(toQasm) },
  { weight: 5, arbitrary: mutated(circuitArb(6, 12).map(toQasm)) },
);

async function check(text: string): Promise<boolean> {
  let r: Awaited<ReturnType<typeof parseQasm>>;
  try {
    r = await parseQasm(text);
  } catch (e) {
    throw new Error(`parseQasm threw on ${JSON.stringify(text)}: ${e}`);
  }
  if (r.ok && r.kind === 'pure') {
    expect(validateCircuit(r.circuit), JSON.stringify(text)).toEqual([]);
  } else if (r.ok) {
    // A program that measures in the middle, resets or branches: the engine's own checks accept it, and it runs.
    expect(() => checkDynamicCircuit(r.program), JSON.stringify(text)).not.toThrow();
    expect(bitDistribution(r.program, { maxBranches: 64 }) ?? sampleBits(r.program, 4, createRng(1))).toBeTruthy();
  } else {
    expect(r.message.length, JSON.stringify(text)).toBeGreaterThan(10);
    if (r.line !== undefined) {
      expect(r.line).toBeGreaterThanOrEqual(1);
      expect(r.line, `${r.message} in ${JSON.stringify(text)}`).toBeLessThanOrEqual(text.split('\n').length);
    }
    // Markup in the input may be quoted back, but the message is shown as text; nothing here is HTML to render.
    expect(typeof r.message).toBe('string');
  }
  return r.ok;
}

describe('fuzzing OpenQASM pastes', () => {
  it(`${FUZZ_RUNS} random and mutated programs each load or give a located message, never throw`, async () => {
    let loaded = 0;
    await fc.assert(
      fc.asyncProperty(pasteArb, async (text) => {
        if (await check(text)) loaded++;
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
    );
    // The mix must exercise both outcomes, or the fuzzing proves little.
    expect(loaded).toBeGreaterThan(FUZZ_RUNS * 0.05);
    expect(loaded).toBeLessThan(FUZZ_RUNS * 0.95);
  }, 300_000);
});
