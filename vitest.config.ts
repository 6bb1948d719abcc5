import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    // One module graph per worker instead of one per file: 80 files each paid 1 to 2 s of start-up, over a minute of
    // CI's budget. The tests share no mutable module state (a full run passes either way); learner code never runs
    // in these workers anyway, it runs in sandboxed child processes (src/lib/exercises/sandbox).
    isolate: false,
  },
});
