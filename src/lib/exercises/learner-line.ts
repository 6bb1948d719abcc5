/**
 * Where in the learner's file an error happened. Learner code runs as the body of a Function constructor, whose source
 * engines name `<anonymous>` (V8) and start with two lines of their own ("function anonymous(require,exports,module"
 * and ") {"), so line L of the stack is line L − 2 of the compiled code. Sucrase keeps line numbers when it strips types
 * and rewrites imports, so the compiled line is the learner's line.
 */
export const FUNCTION_HEADER_LINES = 2;

/** The learner's 1-based line for an error thrown from their code, or null when the stack does not say. */
export function learnerLine(err: unknown): number | null {
  const stack = err instanceof Error ? (err.stack ?? '') : '';
  const m = /<anonymous>:(\d+):\d+/.exec(stack);
  if (!m) return null;
  const line = Number(m[1]) - FUNCTION_HEADER_LINES;
  return line >= 1 ? line : null;
}

/** "TypeError: x is not a function (line 12)" for a learner: the error and, when known, its line. */
export function describeError(err: unknown): string {
  const e = err instanceof Error ? err : new Error(String(err));
  const line = learnerLine(e);
  return `${e.name}: ${e.message}${line ? ` (line ${line} of your file)` : ''}`;
}
