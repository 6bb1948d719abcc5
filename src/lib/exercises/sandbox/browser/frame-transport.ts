/**
 * The grading worker's side of the browser sandbox: one MessagePort to the sandbox frame, over which each check opens
 * a session (a fresh worker in the frame, holding the learner's code) and talks to it. Messages from the frame are
 * matched to their session; anything else is dropped.
 */
import { SandboxStopped, type SandboxTransport } from '../remote-learner';
import type { LoadRequest, SandboxRequest } from '../protocol';
import { workerScript } from './worker-script';

export function frameSessions(port: MessagePort, runtime: string) {
  const sessions = new Map<number, { receive: (raw: unknown) => void; stopped: (e: SandboxStopped) => void }>();
  let next = 1;
  port.onmessage = (ev: MessageEvent) => {
    const d = ev.data as { s?: unknown; msg?: unknown; error?: unknown } | null;
    if (typeof d !== 'object' || d === null || typeof d.s !== 'number') return;
    const session = sessions.get(d.s);
    if (!session) return;
    if (typeof d.error === 'string') {
      sessions.delete(d.s);
      session.stopped(new SandboxStopped('crashed', `Your code stopped its sandbox: ${d.error.slice(0, 300)}`));
    } else session.receive(d.msg);
  };

  /** A transport for one check; the first message it sends starts the worker with `load`'s code in it. */
  return (load: LoadRequest): SandboxTransport => {
    const s = next++;
    let started = false;
    return {
      send(req: SandboxRequest) {
        if (!started) {
          started = true;
          port.postMessage({ s, spawn: workerScript(load, runtime) });
        }
        port.postMessage({ s, msg: req });
      },
      listen(receive, stopped) {
        sessions.set(s, { receive, stopped });
      },
      close() {
        sessions.delete(s);
        port.postMessage({ s, kill: true });
      },
    };
  };
}
