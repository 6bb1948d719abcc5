/**
 * The C yardstick of `npm run bench` (scripts/bench-native/circuits.c): compiles it with the system's
 * `cc -O3 -march=native` into the OS temp folder (never into the repository) and runs the benchmark circuits with it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Circuit } from '../../src/lib/quantum';

export interface NativeRunner {
  /** The compiler's first line of `--version`. */
  compiler: string;
  /** Median ms of `runs` runs of the circuit, and the first four amplitudes [re, im]. */
  run(c: Circuit, runs: number): { ms: number; amps: [number, number][] };
}

const KIND = { rx: 0, ry: 1, rz: 2, cx: 3 } as const;

/** Compiles the C source, or says why not (no `cc`, or it failed). */
export function compileNative(): NativeRunner | string {
  const version = spawnSync('cc', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) return 'no C compiler (`cc`) on this machine, so no native yardstick';
  const dir = mkdtempSync(join(tmpdir(), 'qbench-'));
  const exe = join(dir, 'circuits');
  const src = new URL('../bench-native/circuits.c', import.meta.url).pathname;
  const built = spawnSync('cc', ['-O3', '-march=native', '-o', exe, src, '-lm'], { encoding: 'utf8' });
  if (built.status !== 0) return `cc -O3 -march=native failed: ${built.stderr.trim().split('\n')[0] ?? ''}`;
  return {
    compiler: version.stdout.split('\n')[0] ?? 'cc',
    run(c, runs) {
      const lines = [`${c.numQubits} ${c.ops.length}`];
      for (const op of c.ops) {
        const kind = KIND[op.gate as keyof typeof KIND];
        if (kind === undefined) throw new Error(`the native yardstick does not know ${op.gate}`);
        lines.push(`${kind} ${op.wires[0]} ${op.wires[1] ?? 0} ${(op.params?.[0] ?? 0).toPrecision(17)}`);
      }
      const file = join(dir, `circuit-${c.numQubits}.txt`);
      writeFileSync(file, lines.join('\n') + '\n');
      const r = spawnSync(exe, [file, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(`native run failed: ${r.stderr}`);
      const ms = Number(/^ms (\S+)/m.exec(r.stdout)?.[1]);
      const amps = [...r.stdout.matchAll(/^amp \d+ (\S+) (\S+)/gm)].map((m): [number, number] => [Number(m[1]), Number(m[2])]);
      return { ms, amps };
    },
  };
}
