// Runs scripts/grade-one.ts for one exercise in a child process with a time and a memory limit, so that learner
// code that loops, crashes or eats memory is reported and never takes the caller down with it.
import { spawn } from 'node:child_process';
import type { GradedCheck } from '../../src/lib/exercises/types';

export interface ChildOutcome {
  id: string;
  results?: GradedCheck[];
  score?: number;
  max?: number;
  loadError?: string;
  missing?: string;
  crashed?: string;
  timedOut?: boolean;
}

export function gradeInChild(id: string, root: string, timeLimitMs: number, memoryMb = 1024): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${memoryMb}`, '--import', 'tsx', 'scripts/grade-one.ts', id, root], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeLimitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').filter((l) => l.startsWith('{')).pop();
      if (line) return resolve(JSON.parse(line) as ChildOutcome);
      if (signal === 'SIGKILL') return resolve({ id, timedOut: true, crashed: `Stopped after ${timeLimitMs / 1000} s: does a loop in the code never end?` });
      const tail = err.trim().split('\n').slice(-3).join(' ');
      resolve({ id, crashed: `The grader stopped unexpectedly (exit ${code ?? signal})${/heap out of memory/i.test(err) ? ': out of memory' : ''}: ${tail}` });
    });
  });
}
