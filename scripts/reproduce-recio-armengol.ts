/**
 * `npm run reproduce -- recio-armengol`: reruns the 16-bit rows of Recio-Armengol, Ahmed & Bowles (2025) in Node and
 * prints them beside the paper's figures (src/lib/reproduce/recio-armengol/reproduction.ts holds the settings,
 * shared with the lesson's island).
 *
 *   --seeds=3            seeds 1..S (each seed draws its own data sets and starting angles)
 *   --steps=N            Adam steps for the two circuit models instead of the paper's 10,000 (the RBM keeps its own)
 *   --only=a,b           only these data sets or models: 8-blobs, 2d-ising, iqp, bitflip, rbm, random, noise-floor
 *   --sampled-check      also estimate each trained IQP model's training loss the paper's way (1,000 operators ×
 *                        1,000 samples) and print it beside the exact value
 *
 * Results also go to test-results/reproduce-recio-armengol.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import {
  CIRCUIT_TRAINING, DATASETS, defaultSteps, formatTable, MODELS, RBM_TRAINING, runToEnd, sampledTrainLoss, summarise, type RunResult,
} from '../src/lib/reproduce/recio-armengol/reproduction';

export function reproduceRecioArmengol(args: string[]): void {
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const seedCount = Number(option('seeds') ?? 3);
  const steps = option('steps') === undefined ? undefined : Number(option('steps'));
  if (!Number.isInteger(seedCount) || seedCount < 1) throw new Error(`--seeds must be a whole number ≥ 1, got ${option('seeds')}`);
  if (steps !== undefined && (!Number.isInteger(steps) || steps < 1)) throw new Error(`--steps must be a whole number ≥ 1, got ${option('steps')}`);
  const only = option('only')?.split(',') ?? [];
  const known = [...DATASETS.map((d) => d.id as string), ...MODELS.map((m) => m.id as string)];
  for (const o of only) if (!known.includes(o)) throw new Error(`--only: unknown "${o}"; choose from ${known.join(', ')}`);
  const datasets = DATASETS.filter((d) => !only.some((o) => DATASETS.some((x) => x.id === o)) || only.includes(d.id));
  const models = MODELS.filter((m) => m.rerun && (!only.some((o) => MODELS.some((x) => x.id === o)) || only.includes(m.id)));
  const sampledCheck = args.includes('--sampled-check');

  const results: (RunResult & { sampledTrainLoss?: number | null })[] = [];
  for (const ds of datasets) {
    for (const m of models) {
      for (let seed = 1; seed <= seedCount; seed++) {
        let last = performance.now();
        const { result, run } = runToEnd(ds.id, m.id, seed, {
          steps: defaultSteps(m.id, steps),
          onStep: (s) => {
            if (performance.now() - last > 10_000) {
              last = performance.now();
              process.stderr.write(`  ${ds.id} ${m.id} seed ${seed}: step ${s.step}/${s.steps}, loss ${s.loss.toExponential(3)}\n`);
            }
          },
        });
        const row: RunResult & { sampledTrainLoss?: number | null } = { ...result };
        if (sampledCheck && m.id === 'iqp') row.sampledTrainLoss = sampledTrainLoss(run, { nOps: 1000, nSamples: 1000, seed });
        results.push(row);
        process.stderr.write(
          `${ds.id} ${m.id} seed ${seed}: test MMD² ${result.test.mean.toExponential(3)} ± ${result.test.se.toExponential(1)}` +
            `${result.trainLoss === null ? '' : `, training loss ${result.trainLoss.toExponential(3)}`}` +
            `${row.sampledTrainLoss == null ? '' : ` (sampled estimate ${row.sampledTrainLoss.toExponential(3)})`}, ${result.steps} steps, ${(result.ms / 1000).toFixed(1)} s\n`,
        );
      }
    }
  }

  const summaries = summarise(results);
  const circuitSteps = steps ?? CIRCUIT_TRAINING.steps;
  console.log(`\nRecio-Armengol, Ahmed & Bowles (2025), arXiv:2503.02934: test MMD² on 16-bit data; seeds 1–${seedCount}`);
  console.log(`${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(formatTable(summaries));
  console.log(`\nCircuits: Adam lr ${CIRCUIT_TRAINING.lr}, ${circuitSteps} steps${steps === undefined ? ' (the paper\'s)' : ` (shortened; the paper runs ${CIRCUIT_TRAINING.steps})`}, exact loss and gradient, training bandwidths 0.6 and 1.3.`);
  console.log(`RBM: exact log-likelihood gradient, ${RBM_TRAINING.hidden} hidden units, Adam lr ${RBM_TRAINING.lr}, ${RBM_TRAINING.steps} steps (the paper: scikit-learn PCD, 64 or 256 hidden units).`);
  console.log('Data generated here by the paper\'s recipes, a fresh draw per seed; the paper\'s figures come from its own files.');
  console.log('± = standard error over 20 test chunks (the paper\'s protocol, calc_mmd_loss.py), averaged over seeds. The deep EBM is not rerun.');

  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/reproduce-recio-armengol.json', `${JSON.stringify({ date: new Date().toISOString(), seeds: seedCount, circuitSteps, results, summaries }, null, 2)}\n`);
}
