/**
 * The sandbox's side of the wire: evaluates the learner's module and answers calls on it. It runs next to learner
 * code (in the confined child process of `npm run grade`, or the opaque-origin iframe's worker in the browser), so
 * nothing here is trusted by the harness: learner code could replace any of it, and could then only change the values
 * it returns, which is what it could do anyway. It imports nothing with side effects and no host API.
 */
import { evaluateModule, runFactory, type ModuleFactory } from '../learner-module';
import { learnerLine } from '../learner-line';
import { mulberry32, type Rng } from './mulberry32';
import type { RngRecipe } from './rng-spec';
import { decode, encode } from './wire';
import { MAX_ERROR_CHARS, type LearnerFailure, type SandboxReply, type SandboxRequest } from './protocol';

function failure(e: unknown, stage: LearnerFailure['stage'], lineOf: (e: unknown) => number | null = learnerLine): LearnerFailure {
  let name = 'Error';
  let message = '';
  try {
    if (e instanceof Error) {
      name = String(e.name).slice(0, 80);
      message = String(e.message);
    } else message = `a thrown ${typeof e}: ${String(e)}`;
  } catch {
    message = 'an error that could not be read';
  }
  return { name, message: message.slice(0, MAX_ERROR_CHARS), line: stage === 'load' || stage === 'run' ? lineOf(e) : null, stage };
}

function materialise(recipe: RngRecipe): Rng {
  if (recipe.kind === 'seeded') return mulberry32(recipe.seed);
  if (recipe.kind === 'constant') return () => recipe.value;
  const rest = mulberry32(recipe.thenSeed);
  let i = 0;
  return () => (i < recipe.values.length ? recipe.values[i++]! : rest());
}

export interface ServerOptions {
  /** A module already loaded in this process (the graders' own tests); a load request then only lists it. */
  preloaded?: Record<string, unknown>;
  /** Module bodies already in this script (the browser's sandbox worker); a load request then runs these. */
  factories?: { main: ModuleFactory; helpers: Record<string, ModuleFactory> };
  /** The learner's line for an error, where the code does not run under `new Function`. */
  lineOf?: (e: unknown) => number | null;
}

export function createSandboxServer(send: (reply: SandboxReply) => void, options: ServerOptions = {}) {
  const { preloaded, factories, lineOf } = options;
  let exports: Record<string, unknown> | null = preloaded ?? null;
  const handles: ((...a: unknown[]) => unknown)[] = [];
  const rngs = new Map<number, { fn: Rng; calls: number }>();
  const rngCalls = (): [number, number][] => [...rngs].map(([id, r]) => [id, r.calls]);

  const encodeHooks = {
    special(v: unknown) {
      if (typeof v === 'function') {
        handles.push(v as (...a: unknown[]) => unknown);
        return { $fn: handles.length - 1 };
      }
      return undefined;
    },
  };
  const decodeHooks = {
    tag(tag: string, body: unknown) {
      if (tag !== '$rng') throw new Error(`cannot receive ${tag}`);
      const { id, recipe } = body as { id: number; recipe: RngRecipe };
      let r = rngs.get(id);
      if (!r) {
        const inner = materialise(recipe);
        const entry = { fn: inner, calls: 0 };
        entry.fn = () => {
          entry.calls++;
          return inner();
        };
        rngs.set(id, entry);
        r = entry;
      }
      return r.fn;
    },
  };

  function handle(req: SandboxRequest): void {
    if (req.op === 'load') {
      try {
        if (factories) {
          const helpers: Record<string, unknown> = {};
          for (const [path, f] of Object.entries(factories.helpers)) helpers[path] = runFactory(f, {}, path);
          exports = runFactory(factories.main, helpers, req.fileName);
        } else if (!preloaded) {
          const helpers: Record<string, unknown> = {};
          for (const h of req.helpers) helpers[h.path] = evaluateModule(h.code, {}, h.fileName);
          exports = evaluateModule(req.code, helpers, req.fileName);
        }
        const names = Object.keys(exports!).map((name) => ({ name, kind: typeof exports![name] === 'function' ? 'function' : 'value' }));
        send({ id: 0, ok: true, value: names, rngCalls: [] });
      } catch (e) {
        send({ id: 0, ok: false, error: failure(e, 'load', lineOf), rngCalls: [] });
      }
      return;
    }
    const { id } = req;
    let fn: unknown;
    if ('export' in req.target) fn = exports?.[req.target.export];
    else fn = handles[req.target.handle];
    if (typeof fn !== 'function') {
      const what = 'export' in req.target ? `export ${req.target.export}` : 'returned function';
      send({ id, ok: false, error: { name: 'TypeError', message: `${what} is not a function`, line: null, stage: 'run' }, rngCalls: rngCalls() });
      return;
    }
    let value: unknown;
    try {
      const args = req.args.map((a) => decode(a, decodeHooks));
      const f = fn as (...a: unknown[]) => unknown;
      const times = req.times ?? 0;
      if (times > 0) {
        const collect = req.collect ?? 'all';
        const all = collect === 'all' ? new Array<unknown>(times) : null;
        let sum = 0;
        let last: unknown;
        for (let i = 0; i < times; i++) {
          last = f(...args);
          if (all) all[i] = last;
          else if (collect === 'sum') sum += Number(last);
        }
        value = collect === 'all' ? (all!.every((x) => typeof x === 'number') ? Float64Array.from(all as number[]) : all) : collect === 'sum' ? sum : last;
      } else if (req.report === 'args') {
        value = { result: f(...args), args };
      } else if (req.report === 'same') {
        const first = f(...args);
        const second = f(...args);
        value = { result: first, same: typeof first === 'object' && first !== null && first === second };
      } else value = f(...args);
    } catch (e) {
      send({ id, ok: false, error: failure(e, 'run', lineOf), rngCalls: rngCalls() });
      return;
    }
    let encoded: unknown;
    try {
      encoded = encode(value, encodeHooks);
    } catch (e) {
      send({ id, ok: false, error: failure(e, 'result'), rngCalls: rngCalls() });
      return;
    }
    send({ id, ok: true, value: encoded, rngCalls: rngCalls() });
  }
  return { handle };
}
