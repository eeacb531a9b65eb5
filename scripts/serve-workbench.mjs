#!/usr/bin/env node
// `npm run workbench`: builds the preset workbench and serves it on http://127.0.0.1:<port>/ (default 5178; pass
// --port <n>, or 0 for any free port). A small static server: only the built files, read-only, local address only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildWorkbench, OUT } from './build-workbench.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Starts the static server for `dir`; resolves to the server once it listens. */
export function serveStatic(dir, port = 5178) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir + sep) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--port');
  const port = i === -1 ? 5178 : Number(process.argv[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('serve-workbench: --port must be a whole number from 0 to 65535');
    process.exit(2);
  }
  try {
    await buildWorkbench();
    const server = await serveStatic(OUT, port);
    console.log(`Preset workbench: http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
  } catch (error) {
    console.error(`serve-workbench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
