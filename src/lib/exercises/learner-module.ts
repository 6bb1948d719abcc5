/**
 * Runs the learner's compiled module (see compile-learner.ts) as a function given `require` (which serves only the
 * exercise's own helper files), `exports` and `module`, inside a sandbox. Kept apart from the compiler so that the
 * browser sandbox's program, which includes this file, does not carry the transpiler. `evaluateModule` is the one
 * place that evaluates code, and only the sandbox side imports this file (tests/unit/security/no-html-sinks.test.ts
 * checks both). In the browser, learner code is not evaluated here but written into the sandbox worker's own script
 * (sandbox/browser), so no page or worker of the site needs eval.
 */

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
