// The opaque-origin frame that holds learner code in the browser, as text: an <iframe sandbox="allow-scripts">
// made from `srcdoc`, so it needs no request (a sandboxed frame is never served by the service worker, and the course
// must grade offline). Its only script is FRAME_SCRIPT below: it runs no learner code itself, but starts one worker per
// check from a blob: script the grading worker composed (learner code inside), relays that worker's messages to and
// from the port the page handed over, and ends workers when asked. The frame's own policy allows that one script, blob
// workers and nothing else (no network); as a srcdoc document it is also bound by the page's policy, which lists this
// script's hash (scripts/lib/csp.mjs). Plain JavaScript in an .mjs file, so the page and the CSP step share one text.

export const FRAME_SCRIPT = `(() => {
  let port = null;
  const workers = new Map();
  const end = (s) => {
    const w = workers.get(s);
    if (!w) return;
    w.worker.terminate();
    URL.revokeObjectURL(w.url);
    workers.delete(s);
  };
  addEventListener('message', (e) => {
    if (e.source !== parent || port || e.data !== 'qgen-connect' || !e.ports[0]) return;
    port = e.ports[0];
    port.onmessage = (ev) => {
      const d = ev.data || {};
      const s = d.s;
      if (typeof d.spawn === 'string') {
        const url = URL.createObjectURL(new Blob([d.spawn], { type: 'text/javascript' }));
        let worker;
        try {
          worker = new Worker(url);
        } catch (err) {
          port.postMessage({ s, error: String(err && err.message || err) });
          return;
        }
        worker.onmessage = (m) => port.postMessage({ s, msg: m.data });
        worker.onerror = (err) => {
          err.preventDefault();
          port.postMessage({ s, error: String(err.message || 'the sandbox worker failed to start') });
        };
        workers.set(s, { worker, url });
      } else if (d.kill) end(s);
      else if (workers.has(s)) workers.get(s).worker.postMessage(d.msg);
    };
  });
  parent.postMessage('qgen-frame-ready', '*');
})();`;

/** The frame's own policy: this one script, workers from blob: URLs, nothing else (no fetch, no socket, no image). */
export const FRAME_CSP = "default-src 'none'; script-src 'sha256-HASH'; worker-src blob:";

/**
 * The frame document, given the SHA-256 of FRAME_SCRIPT (base64), which the caller computes (the page with Web
 * Crypto, the build with node:crypto).
 * @param {string} hash
 */
export function frameDocument(hash) {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${FRAME_CSP.replace('HASH', hash)}"><script>${FRAME_SCRIPT}</script></head><body></body></html>`;
}
