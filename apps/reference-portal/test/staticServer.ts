import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeStaticOptions {
  /** Sent with every response, as a host's configuration would (e.g. Content-Security-Policy). */
  headers?: Record<string, string>;
}

/**
 * Serves a built portal on loopback like a static host would: files from `root`, `index.html` for
 * every other path (client-side routes), plus `extra` paths (e.g. `/config.js` pointing the portal
 * at a test API, logo files) answered from memory. Listens on 127.0.0.1, which Chromium also
 * reaches as `localhost` (a second origin: host-mapped tenants).
 */
export async function serveStatic(
  root: string,
  extra: Record<string, { type: string; body: string | Buffer }> = {},
  { headers = {} }: ServeStaticOptions = {},
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return res.writeHead(400, headers).end();
    }
    const fixed = extra[pathname];
    if (fixed)
      return res
        .writeHead(200, { ...headers, 'content-type': fixed.type, 'cache-control': 'no-store' })
        .end(fixed.body);
    const file = path.join(root, pathname);
    const inside = file.startsWith(root + path.sep);
    if (inside && existsSync(file) && statSync(file).isFile())
      return res
        .writeHead(200, {
          ...headers,
          'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        })
        .end(readFileSync(file));
    if (path.extname(pathname)) return res.writeHead(404, headers).end();
    res.writeHead(200, { ...headers, 'content-type': types['.html']!, 'cache-control': 'no-store' });
    res.end(readFileSync(path.join(root, 'index.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
