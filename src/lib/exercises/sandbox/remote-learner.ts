/**
 * The harness's view of learner code in a sandbox: a module whose functions are async stand-ins that send a call
 * across the wire and decode what comes back. Replies are checked for shape and matched to the call that is waiting
 * for them; anything else is ignored. Functions that learner code returns come back as further stand-ins.
 */
import { RngSpec } from './rng-spec';
import { decode, encode, WireError } from './wire';
import type { CallRequest, LearnerFailure, LoadRequest, SandboxRequest } from './protocol';

/** Why a sandbox stopped before answering. */
export type StopReason = 'cpu' | 'wall' | 'memory' | 'output' | 'crashed';

/** Learner code threw (or returned something that cannot be sent back). */
export class LearnerError extends Error {
  override name = 'LearnerError';
  constructor(readonly failure: LearnerFailure) {
    super(`${failure.name}: ${failure.message}`);
  }
}

/** The sandbox was stopped (time, memory, output) or died: no answer will come. */
export class SandboxStopped extends Error {
  override name = 'SandboxStopped';
  constructor(readonly reason: StopReason, message: string) {
    super(message);
  }
}

/** How the harness reaches one sandbox. */
export interface SandboxTransport {
  send(req: SandboxRequest): void;
  /** Called once: `receive` for each message from the sandbox, `stopped` when it ends for good. */
  listen(receive: (raw: unknown) => void, stopped: (e: SandboxStopped) => void): void;
  close(): void;
}

export interface RemoteFunction {
  (...args: unknown[]): Promise<unknown>;
  /** Calls it `count` times with the same arguments in one round trip. */
  times(count: number, args?: unknown[], collect?: 'all' | 'sum' | 'last'): Promise<unknown>;
  /** Calls it once and also returns the arguments as learner code left them (to see inputs modified in place). */
  withArgs(...args: unknown[]): Promise<{ result: unknown; args: unknown[] }>;
  /** Calls it twice with the same arguments; `same` says whether both calls returned one and the same object. */
  twice(...args: unknown[]): Promise<{ result: unknown; same: boolean }>;
}

export type RemoteModule = Record<string, RemoteFunction>;

export interface RemoteSession {
  module: RemoteModule;
  /** The module's export names, as the sandbox reported them. */
  exportNames: string[];
  close(): void;
}

function isFailure(x: unknown): x is LearnerFailure {
  const f = x as LearnerFailure;
  return typeof f === 'object' && f !== null && typeof f.name === 'string' && typeof f.message === 'string' && (f.line === null || Number.isInteger(f.line)) && ['compile', 'load', 'run', 'result'].includes(f.stage);
}

/** Loads the learner's code into the sandbox behind `transport`; rejects with LearnerError if it does not load. */
export function openRemote(transport: SandboxTransport, load: LoadRequest): Promise<RemoteSession> {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const specs = new Map<number, RngSpec>();
  let stoppedWith: SandboxStopped | null = null;
  let nextId = 1;

  const decodeHooks = {
    tag(tag: string, body: unknown) {
      if (tag === '$fn' && Number.isInteger(body) && (body as number) >= 0) return remoteFunction({ handle: body as number });
      throw new WireError(`an unexpected ${tag}`);
    },
  };
  const encodeHooks = {
    special(v: unknown) {
      if (v instanceof RngSpec) {
        specs.set(v.id, v);
        return { $rng: { id: v.id, recipe: v.recipe } };
      }
      return undefined;
    },
  };

  function call(target: CallRequest['target'], args: unknown[], times?: number, collect?: CallRequest['collect'], report?: CallRequest['report']): Promise<unknown> {
    if (stoppedWith) return Promise.reject(stoppedWith);
    const id = nextId++;
    const req: CallRequest = { op: 'call', id, target, args: args.map((a) => encode(a, encodeHooks)), ...(times ? { times, collect } : {}), ...(report ? { report } : {}) };
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      transport.send(req);
    });
  }
  function remoteFunction(target: CallRequest['target']): RemoteFunction {
    const f = ((...args: unknown[]) => call(target, args)) as RemoteFunction;
    f.times = (count, args = [], collect = 'all') => call(target, args, Math.max(1, Math.floor(count)), collect);
    f.withArgs = async (...args) => {
      const r = (await call(target, args, undefined, undefined, 'args')) as { result?: unknown; args?: unknown };
      if (typeof r !== 'object' || r === null || !Array.isArray(r.args)) throw new LearnerError({ name: 'WireError', message: 'the sandbox did not send the arguments back', line: null, stage: 'result' });
      return { result: r.result, args: r.args };
    };
    f.twice = async (...args) => {
      const r = (await call(target, args, undefined, undefined, 'same')) as { result?: unknown; same?: unknown };
      if (typeof r !== 'object' || r === null || typeof r.same !== 'boolean') throw new LearnerError({ name: 'WireError', message: 'the sandbox did not say whether the results were shared', line: null, stage: 'result' });
      return { result: r.result, same: r.same };
    };
    return f;
  }

  return new Promise<RemoteSession>((resolveOpen, rejectOpen) => {
    pending.set(0, {
      resolve: (names) => {
        const list = Array.isArray(names) ? names.filter((n): n is { name: string } => typeof n?.name === 'string').map((n) => n.name) : [];
        const module = new Proxy({} as RemoteModule, {
          get: (_t, key) => (typeof key === 'string' && key !== 'then' ? remoteFunction({ export: key }) : undefined),
        });
        resolveOpen({ module, exportNames: list, close: () => transport.close() });
      },
      reject: rejectOpen,
    });
    transport.listen(
      (raw) => {
        const r = raw as { id?: unknown; ok?: unknown; value?: unknown; error?: unknown; rngCalls?: unknown };
        if (typeof r !== 'object' || r === null || !Number.isInteger(r.id) || typeof r.ok !== 'boolean') return;
        const waiting = pending.get(r.id as number);
        if (!waiting) return;
        pending.delete(r.id as number);
        if (Array.isArray(r.rngCalls)) {
          for (const pair of r.rngCalls) {
            if (!Array.isArray(pair) || !Number.isInteger(pair[0]) || !Number.isInteger(pair[1]) || pair[1] < 0) continue;
            const spec = specs.get(pair[0]);
            if (spec) spec.calls = pair[1];
          }
        }
        if (!r.ok) {
          waiting.reject(isFailure(r.error) ? new LearnerError(r.error) : new LearnerError({ name: 'Error', message: 'the sandbox sent a malformed error', line: null, stage: 'run' }));
          return;
        }
        try {
          waiting.resolve(decode(r.value, decodeHooks));
        } catch (e) {
          waiting.reject(new LearnerError({ name: 'WireError', message: `the result could not be read: ${(e as Error).message}`, line: null, stage: 'result' }));
        }
      },
      (e) => {
        stoppedWith = e;
        for (const w of pending.values()) w.reject(e);
        pending.clear();
      },
    );
    transport.send(load);
  });
}
