/**
 * Turns the learner's TypeScript into CommonJS JavaScript on the harness's side (the grading worker, `npm run grade`):
 * types stripped and `import`/`export` rewritten by Sucrase, a small, maintained transpiler that keeps line numbers,
 * so a line in an error is the learner's own line.
 */
import { transform } from 'sucrase';

export type CompileResult =
  | { ok: true; code: string }
  | { ok: false; message: string; line: number | null; column: number | null };

/** TypeScript → CommonJS JavaScript, or a syntax error with the learner's line and column. */
export function compileLearnerCode(source: string, fileName: string): CompileResult {
  try {
    return { ok: true, code: transform(source, { transforms: ['typescript', 'imports'], filePath: fileName, keepUnusedImports: false }).code };
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    const line = err.loc?.line ?? null;
    const column = err.loc ? err.loc.column + 1 : null;
    const text = err.message.replace(/^Error transforming [^:]*: /, '').replace(/\s*\(\d+:\d+\)\s*$/, '');
    return { ok: false, message: `${fileName} does not compile: ${text}${line ? ` (line ${line}, column ${column})` : ''}`, line, column };
  }
}

