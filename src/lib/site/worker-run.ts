/**
 * Starts a run in a dedicated worker the island has just created: wires its replies and a crash, then sends the
 * request. The island creates the worker itself (`new Worker(new URL('…', import.meta.url))`) because the bundler
 * finds worker files only in that literal form. A crash (out of memory, a failed load) is handled here, so the
 * browser does not also log it as an uncaught error; stopping the worker stays with the island (terminate).
 */
export function runInWorker<Request, Reply>(worker: Worker, request: Request, onReply: (m: Reply) => void, onCrash: () => void): Worker {
  worker.onmessage = (e: MessageEvent<Reply>) => onReply(e.data);
  worker.onerror = (ev) => {
    ev.preventDefault();
    onCrash();
  };
  worker.postMessage(request);
  return worker;
}
