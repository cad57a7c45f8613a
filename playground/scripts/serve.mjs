// A tiny static file server for the built playground (playground/dist): `npm start` uses it,
// and so do the browser tests and benchmarks. Text files are served as UTF-8, or Chinese
// text would turn into mojibake.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.woff2': 'font/woff2',
};

export const defaultDist = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Serves `dir` on 127.0.0.1; `port` 0 picks a free port. Resolves to { url, close }.
 * Unknown paths without an extension get index.html (the app routes with #/form ids).
 */
export function serveStatic(dir = defaultDist, { port = 0, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    return Promise.reject(new Error(`${join(root, 'index.html')} is missing: build the playground first (npm run build)`));
  }
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end(); return; }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(pathname)) { res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('未找到'); return; }
      file = join(root, 'index.html');
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
      resolvePromise({ url, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = Number(process.env.PORT ?? 5173);
  let served;
  for (let port = wanted; !served && port < wanted + 20; port++) {
    try {
      served = await serveStatic(defaultDist, { port });
    } catch (e) {
      if (e?.code !== 'EADDRINUSE') { console.error(e instanceof Error ? e.message : e); process.exit(1); }
    }
  }
  if (!served) { console.error(`没有可用的端口（${wanted}–${wanted + 19}）`); process.exit(1); }
  console.log(`\ngovforms 演示（playground）已启动：${served.url}\n按 Ctrl+C 停止。\n`);
}
