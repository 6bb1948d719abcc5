// The reproduction's settings match the paper, a shortened run converges, and the summary's arithmetic is right.
// The full reproduction is `npm run reproduce -- liu-wang` (minutes), not a unit test.
import { describe, expect, it } from 'vitest';
import { parameterCount } from '../../../src/lib/born-machine';
import { barsAndStripes } from '../../../src/lib/datasets';
import { formatTable, LIU_WANG_MODEL, LIU_WANG_SETTINGS, runToEnd, settingById, startRun, summarise, type RunResult } from '../../../src/lib/reproduce/liu-wang';

describe('the settings are the paper\'s', () => {
  it('9 qubits, depth 10, 279 angles, 14 valid images, Adam at lr 0.1, the four reported rows', () => {
    expect(LIU_WANG_MODEL.rows * LIU_WANG_MODEL.cols).toBe(9);
    expect(parameterCount(9, LIU_WANG_MODEL.depth)).toBe(279);
    expect(barsAndStripes(3, 3).indices).toHaveLength(2 ** 3 + 2 ** 3 - 2);
    expect(LIU_WANG_MODEL.lr).toBe(0.1);
    expect(LIU_WANG_SETTINGS.map((s) => [s.shots, s.paper.chi])).toEqual([[null, 0.999], [null, 0.954], [2_000, 0.886], [20_000, 0.924]]);
    const run = startRun(settingById('adam-2000'), 1, 1);
    expect(run.trainer.ansatz.numParams).toBe(279);
    expect(() => settingById('adam-200')).toThrow(/Unknown setting "adam-200": choose from lbfgs-exact/);
    expect(() => startRun(settingById('adam-exact'), -1)).toThrow(/seed must be a whole number/);
  });
});

describe('a shortened run with a fixed seed converges', () => {
  it('L-BFGS on exact gradients passes χ = 95 % within 150 iterations (seed 1)', () => {
    // At random angles χ is near 14/512 ≈ 3 % times whatever the circuit favours: far from 95 %.
    const start = startRun(settingById('lbfgs-exact'), 1);
    expect(start.trainer.stats().chi).toBeLessThan(0.5);
    const r = runToEnd(settingById('lbfgs-exact'), 1, { steps: 150 });
    expect(r.chi).toBeGreaterThan(0.95);
    expect(r.mmd).toBeLessThan(1e-3);
    expect(r.shots).toBe(0);
  }, 60_000);

  it('Adam with N = 2,000-shot gradients lowers the exact loss over 40 steps, counting 559 circuits per step', () => {
    const run = startRun(settingById('adam-2000'), 1, 40);
    const before = run.trainer.stats();
    while (!run.done) run.step();
    const after = run.result(0);
    expect(after.steps).toBe(40);
    expect(after.mmd).toBeLessThan(0.5 * before.loss);
    expect(after.chi).toBeGreaterThan(before.chi);
    // Hardware cost as the paper counts it: 2P + 1 circuits of N shots per gradient.
    expect(after.circuitRuns).toBe(40 * (2 * 279 + 1));
    expect(after.shots).toBe(40 * (2 * 279 + 1) * 2_000);
  }, 60_000);
});

describe('summarise and formatTable', () => {
  const r = (settingId: RunResult['settingId'], seed: number, chi: number, mmd = 1e-3): RunResult => ({ settingId, seed, steps: 500, chi, mmd, ms: 1000, circuitRuns: 0, shots: 0 });

  it('means, ranges and the 5-point target, by hand', () => {
    const s = summarise([r('adam-2000', 1, 0.85), r('adam-2000', 2, 0.88), r('adam-2000', 3, 0.91), r('adam-20000', 1, 0.80), r('lbfgs-exact', 1, 0.99)]);
    expect(s.map((x) => x.setting.id)).toEqual(['lbfgs-exact', 'adam-2000', 'adam-20000']);
    const a = s.find((x) => x.setting.id === 'adam-2000')!;
    expect(a.chiMean).toBeCloseTo(0.88, 12);
    expect([a.chiMin, a.chiMax]).toEqual([0.85, 0.91]);
    expect(a.diffPp).toBeCloseTo(-0.6, 9);
    expect(a.withinTarget).toBe(true);
    expect(s.find((x) => x.setting.id === 'adam-20000')!.withinTarget).toBe(false); // 80.0 vs 92.4: 12.4 pp off
    expect(s.find((x) => x.setting.id === 'lbfgs-exact')!.withinTarget).toBeNull();
  });

  it('prints the paper\'s figures beside the course\'s', () => {
    const t = formatTable(summarise([r('adam-2000', 1, 0.85), r('adam-2000', 2, 0.91), r('lbfgs-exact', 4, 0.998, 3e-7)]));
    expect(t).toMatch(/L-BFGS, exact gradient .* 99\.8 % \(99\.8 %–99\.8 %\) +99\.9 % +-0\.1 pp +3\.0e-7 +2\.4e-7/);
    expect(t).toMatch(/Adam, N = 2,000 shots .*1,2 +88\.0 % \(85\.0 %–91\.0 %\) +88\.6 % +-0\.6 pp ✓/);
  });
});
