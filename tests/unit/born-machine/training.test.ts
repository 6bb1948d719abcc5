import { describe, expect, it } from 'vitest';
import { createAdam, createLbfgs, createTrainer } from '../../../src/lib/born-machine';
import { basDistribution } from '../../../src/lib/datasets';

describe('optimisers on functions with a known minimum', () => {
  it('Adam finds the minimum of a shifted quadratic', () => {
    const target = [1, -2, 0.5];
    const th = new Float64Array(3);
    const adam = createAdam(3, 0.05);
    for (let i = 0; i < 2000; i++) adam.step(th, th.map((v, k) => 2 * (v - target[k]!)));
    th.forEach((v, k) => expect(v).toBeCloseTo(target[k]!, 3));
  });
  it('L-BFGS finds the Rosenbrock minimum (1, 1)', () => {
    const th = Float64Array.from([-1.2, 1]);
    const opt = createLbfgs(2);
    const fg = (x: Float64Array) => ({
      value: (1 - x[0]!) ** 2 + 100 * (x[1]! - x[0]! ** 2) ** 2,
      gradient: [-2 * (1 - x[0]!) - 400 * x[0]! * (x[1]! - x[0]! ** 2), 200 * (x[1]! - x[0]! ** 2)],
    });
    for (let i = 0; i < 200; i++) opt.step(th, fg);
    expect(th[0]!).toBeCloseTo(1, 6);
    expect(th[1]!).toBeCloseTo(1, 6);
  });
});

describe('training the 2×2 bars-and-stripes Born machine', () => {
  it('reaches a valid-pattern rate ≥ 95 % with Adam (lr 0.1) on exact gradients within 300 steps (seed 1)', () => {
    const t0 = performance.now();
    const tr = createTrainer({ rows: 2, cols: 2, depth: 3, lr: 0.1, seed: 1, mode: { kind: 'exact' } });
    expect(tr.ansatz.numParams).toBe(40);
    // At random angles the model is far from the data.
    expect(tr.stats().chi).toBeLessThan(0.8);
    let s = tr.stats();
    while (s.chi < 0.95 && s.step < 300) s = tr.step();
    const ms = performance.now() - t0;
    console.log(`2×2, depth 3, seed 1: χ = ${(100 * s.chi).toFixed(1)} % after ${s.step} steps, ${ms.toFixed(0)} ms in Node`);
    expect(s.chi).toBeGreaterThanOrEqual(0.95);
    // χ alone could be met by one image; the MMD says the six are all there, roughly evenly.
    const p = tr.probs();
    for (const k of tr.validIndices) expect(p[k]!).toBeGreaterThan(0.1);
    // Honest counters: one adjoint gradient per step plus the first, 3 simulated passes each, no shots.
    expect(s.gradientEvaluations).toBe(s.step + 1);
    expect(s.circuitRuns).toBe(3 * (s.step + 1));
    expect(s.shots).toBe(0);
  });
  it('counts 2P + 1 circuits of N shots per step in shots mode', () => {
    const tr = createTrainer({ rows: 2, cols: 2, depth: 1, lr: 0.1, seed: 2, mode: { kind: 'shots', shots: 50 } });
    const P = tr.ansatz.numParams;
    tr.step();
    const s = tr.step();
    expect(s.circuitRuns).toBe(2 * (2 * P + 1));
    expect(s.shots).toBe(2 * (2 * P + 1) * 50);
  });
  it('depth 0 (no entanglement) cannot match the data: the loss stays well above that of depth 3', () => {
    const tr = createTrainer({ rows: 2, cols: 2, depth: 0, lr: 0.1, seed: 1, mode: { kind: 'exact' } });
    let s = tr.stats();
    for (let i = 0; i < 300; i++) s = tr.step();
    // A product distribution could reach χ = 100 % by always drawing the blank image, but not the uniform mix of six
    // correlated images, which is what the MMD asks for; so the loss cannot approach 0. Measured: χ ≈ 37.5 % here.
    console.log(`depth 0 after 300 steps: χ = ${(100 * s.chi).toFixed(1)} %, MMD² = ${s.loss.toExponential(2)}`);
    expect(s.loss).toBeGreaterThan(1e-3);
  });
  it('gives the same run for the same seed', () => {
    const run = () => {
      const tr = createTrainer({ rows: 2, cols: 2, depth: 2, lr: 0.1, seed: 5, mode: { kind: 'shots', shots: 30 } });
      for (let i = 0; i < 5; i++) tr.step();
      return [...tr.theta];
    };
    expect(run()).toEqual(run());
  });
  it('the data distribution itself has MMD 0', () => {
    const tr = createTrainer({ rows: 2, cols: 2, depth: 1, lr: 0.1, seed: 1, mode: { kind: 'exact' } });
    expect(tr.data).toEqual(basDistribution(2, 2));
  });
});
