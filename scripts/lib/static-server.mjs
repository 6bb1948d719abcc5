// A small static file server for a built course, used by the browser tests (so they never compete with a running
// `npm start`, which is `astro preview`, of which Astro allows one per project) and by tests that change a copy of a
// build. Serves `dir` under the URL path `base`, folders as their index.html, unknown paths as the build's 404 page.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.wasm': 'application/wasm', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.txt': 'text/plain',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
};

/**
 * @param {string} dir
 * @param {string} base URL path the course lives under, with slashes at both ends ("/" or "/courses/qgen/")
 */
export function staticServer(dir, base = '/') {
  const root = normalize(dir);
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (file, status = 200) => {
      const body = readFileSync(file);
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => {
      try {
        send(join(root, '404.html'), 404);
      } catch {
        res.writeHead(404).end('not found');
      }
    };
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    try {
      if (statSync(file).isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      send(file);
    } catch {
      notFound();
    }
  });
}

// `node scripts/lib/static-server.mjs <dir> <port> [base]`: Playwright's web server.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port, base = '/'] = process.argv.slice(2);
  staticServer(dir, base).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`));
}
