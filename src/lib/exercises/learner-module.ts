/**
 * Turns the learner's TypeScript into a module the graders can call, in the browser (the grading worker). Types are
 * stripped and `import`/`export` rewritten to CommonJS by Sucrase, a small, maintained transpiler that keeps line
 * numbers; the result runs as a function given `require` (which serves only the exercise's own helper files),
 * `exports` and `module`. This is the one place in the site that evaluates code, and only the grading worker imports
 * it (tests/unit/security/no-html-sinks.test.ts checks both). In the browser, learner code is not evaluated here but
 * written into the sandbox worker's own script (sandbox/browser), so no page or worker of the site needs eval.
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

/** "./density", "../../exercises/02-noise/density" and "./density.ts" all name the helper "./density". */
const helperKey = (path: string) => `./${path.split('/').pop()!.replace(/\.[cm]?[jt]s$/, '')}`;

/**
 * Runs compiled code and returns its exports. `helpers` maps the import paths the starter uses ("./density") to the
 * modules behind them; an import is matched by its last segment, so a published solution that imports the helper
 * from its place in the project ("../../exercises/02-noise/density") works when pasted. Any other import is refused
 * with a message naming it.
 */
export function evaluateModule(code: string, helpers: Record<string, unknown>, fileName: string): Record<string, unknown> {
  // eslint-disable-next-line no-new-func -- evaluating the learner's own code is the point of this module
  const factory = new Function('require', 'exports', 'module', code) as ModuleFactory;
  return runFactory(factory, helpers, fileName);
}

/** A CommonJS module body as a function: what `new Function` makes of compiled code, or what a script declares. */
export type ModuleFactory = (require: (path: string) => unknown, exports: Record<string, unknown>, module: { exports: Record<string, unknown> }) => void;

/** Runs a module body with the exercise's helpers as its only imports and returns its exports. */
export function runFactory(factory: ModuleFactory, helpers: Record<string, unknown>, fileName: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const require = (path: string) => {
    if (path in helpers) return helpers[path];
    if (!path.startsWith('node:') && helperKey(path) in helpers) return helpers[helperKey(path)];
    throw new Error(`${fileName} imports "${path}", which is not available to graded code: an exercise can import only ${Object.keys(helpers).map((h) => `"${h}"`).join(', ') || 'nothing'}`);
  };
  factory(require, module.exports, module);
  return module.exports;
}
