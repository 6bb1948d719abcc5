// Limits and risk flags shared by `npm run grade` and `npm run gradebook`, read from the command line.
import { DEFAULT_LIMITS, probeConfinement, type Limits } from './sandbox/confinement';

export function limitsFrom(args: string[]): Limits {
  const num = (name: string) => {
    const raw = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
    if (raw === undefined) return undefined;
    const v = Number(raw);
    if (!(v > 0) || !Number.isFinite(v)) {
      console.error(`--${name} must be a positive number, got "${raw}"`);
      process.exit(2);
    }
    return v;
  };
  const cpuMs = num('time-limit') ?? (process.env.GRADE_TIME_LIMIT_MS ? Number(process.env.GRADE_TIME_LIMIT_MS) : undefined);
  const cpuSeconds = cpuMs ? cpuMs / 1000 : DEFAULT_LIMITS.cpuSeconds;
  return {
    ...DEFAULT_LIMITS,
    cpuSeconds,
    // Wall time only catches code that waits; a loaded machine stretches CPU time, so it is generous.
    wallSeconds: (num('wall-limit') ?? 0) / 1000 || Math.max(DEFAULT_LIMITS.wallSeconds, 6 * cpuSeconds),
    memoryMb: num('memory-mb') ?? DEFAULT_LIMITS.memoryMb,
  };
}

/**
 * Says which protections are missing on this machine. For other people's code (`untrusted`), refuses to go on
 * unless --accept-risk was given; for your own exercises it warns and goes on.
 */
export function checkConfinement(args: string[], untrusted: boolean): void {
  const c = probeConfinement();
  if (!c.missing.length) return;
  const lines = c.missing.map((m) => `  - ${m}`).join('\n');
  if (untrusted && !args.includes('--accept-risk')) {
    console.error(`This machine cannot confine learner code fully:\n${lines}\nGrading other people's code here could expose this machine. Run on Linux with util-linux (prlimit, unshare), or pass --accept-risk to grade anyway.`);
    process.exit(3);
  }
  console.error(`Note: learner code is graded with fewer protections on this machine:\n${lines}${untrusted ? '\n(--accept-risk given: grading anyway)' : ''}`);
}
