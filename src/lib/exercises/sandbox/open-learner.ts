/**
 * Builds the `open` function that runChecks uses: compile the learner's TypeScript (and the exercise's helper files)
 * on the harness's side, then load it into a fresh sandbox per check through the given transport. The same code
 * path serves `npm run grade` (a confined child process), the browser (an opaque-origin iframe) and the graders'
 * own tests (a loopback transport with the module already imported).
 */
import { compileLearnerCode } from '../compile-learner';
import type { OpenLearner } from '../types';
import { loopbackTransport } from './loopback';
import { LearnerError, openRemote, type SandboxTransport } from './remote-learner';
import type { LoadRequest } from './protocol';

export interface SourceFile {
  /** Import path as the learner's file writes it ("./density"); unused for the learner's own file. */
  path: string;
  fileName: string;
  source: string;
}

/** The load request for a learner's file, or the LearnerError saying why it does not compile. */
export function compileForSandbox(fileName: string, source: string, helpers: readonly SourceFile[]): LoadRequest | LearnerError {
  const main = compileLearnerCode(source, fileName);
  if (!main.ok) return new LearnerError({ name: 'SyntaxError', message: main.message, line: main.line, stage: 'compile' });
  const compiledHelpers = [];
  for (const h of helpers) {
    const c = compileLearnerCode(h.source, h.fileName);
    // A helper is the course's own file; if it does not compile, that is the course's bug, and it says so.
    if (!c.ok) throw new Error(`helper ${h.fileName} does not compile: ${c.message}`);
    compiledHelpers.push({ path: h.path, fileName: h.fileName, code: c.code });
  }
  return { op: 'load', fileName, code: main.code, helpers: compiledHelpers };
}

export function sandboxOpener(load: LoadRequest | LearnerError, makeTransport: () => SandboxTransport): OpenLearner {
  return () => (load instanceof LearnerError ? Promise.reject(load) : openRemote(makeTransport(), load));
}

/** For modules the project wrote and vitest imported: the same wire, no confinement. */
export function localOpener(module: Record<string, unknown>): OpenLearner {
  return () => openRemote(loopbackTransport(module), { op: 'load', fileName: 'module.ts', code: '', helpers: [] });
}
