/**
 * Messages between a check (the harness) and the sandbox that holds learner code. The harness sends requests and
 * trusts nothing in a reply beyond its shape: a reply carries only values learner code returned or threw, never a
 * verdict. Pass or fail is decided by the checks, on the harness's side of the wire.
 */

/** Code for the sandbox to evaluate: the learner's file and the exercise's public helper files it may import. */
export interface LoadRequest {
  op: 'load';
  fileName: string;
  /** CommonJS JavaScript, compiled from the learner's TypeScript by the harness. */
  code: string;
  helpers: { path: string; fileName: string; code: string }[];
}

export interface CallRequest {
  op: 'call';
  id: number;
  /** A named export of the learner's module, or a function an earlier call returned. */
  target: { export: string } | { handle: number };
  /** Encoded arguments (see wire.ts). */
  args: unknown[];
  /** Call this many times with the same arguments (one round trip for many draws). */
  times?: number;
  /** With `times`: return every result ('all'), only their sum ('sum', for timing without transfer), or the last. */
  collect?: 'all' | 'sum' | 'last';
  /**
   * Without `times`, report more than the result, for checks that look for side effects: 'args' sends back the
   * arguments as they are after the call (`{ result, args }`, to see an input modified in place); 'same' calls twice
   * with the same arguments and says whether both calls returned the same object (`{ result, same }`, to see a
   * returned array or object shared between calls). Learner code could forge either; they detect mistakes, not fraud.
   */
  report?: 'args' | 'same';
}

export type SandboxRequest = LoadRequest | CallRequest;

export interface LearnerFailure {
  name: string;
  message: string;
  /** Line in the learner's file, when the stack says. */
  line: number | null;
  /** Where it happened: loading the module, running it, or sending its result back. */
  stage: 'compile' | 'load' | 'run' | 'result';
}

export type SandboxReply =
  | { id: number; ok: true; value: unknown; rngCalls: [number, number][] }
  | { id: number; ok: false; error: LearnerFailure; rngCalls: [number, number][] };

/** Longest error text kept from learner code: a message is for reading, not a channel. */
export const MAX_ERROR_CHARS = 600;
