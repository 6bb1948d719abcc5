import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    // One module graph per worker instead of one per file: 80 files each paid 1 to 2 s of start-up, over a minute of
    // CI's budget. The tests share no mutable module state (a full run passes either way); learner code never runs
    // in these workers anyway, it runs in sandboxed child processes (src/lib/exercises/sandbox).
    isolate: false,
    // Vitest's default is one worker fewer than the cores, which on CI's 2 cores is one: every file ran in turn, 170 s.
    // Two there (more where there are more cores) ran the same files in about 140 s. The graders' learner processes
    // are limited by processor time, not wall time, so sharing the cores slows them without failing them.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
