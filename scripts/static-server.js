/**
 * A tiny static file server (Node built-ins only) for the built web pages in dist/web: used by
 * `npm run preview` and by the end-to-end tests. Serves files under one root, never lists folders,
 * never follows a path outside the root, and listens on the loopback interface only.
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The request handler that serves the files of `root` (GET/HEAD only, never outside `root`).
 * @param {string} root folder to serve
 * @param {{ index?: string }} [opts] file served for "/" (default index.html)
 * @returns {(req: http.IncomingMessage, res: http.ServerResponse) => void}
 */
function staticHandler(root, opts = {}) {
  const base = path.resolve(root);
  const index = opts.index || 'index.html';
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname === '/') pathname = `/${index}`;
    const file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

/**
 * @param {string} root folder to serve
 * @param {{ index?: string }} [opts] file served for "/" (default index.html)
 * @returns {http.Server}
 */
function createStaticServer(root, opts = {}) {
  return http.createServer(staticHandler(root, opts));
}

/**
 * Starts a server on 127.0.0.1 (port 0 = any free port) and resolves with it and its base URL.
 * @returns {Promise<{ server: http.Server, url: string }>}
 */
function listen(root, port = 0, opts = {}) {
  const server = createStaticServer(root, opts);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, url: `http://127.0.0.1:${addr.port}` });
    });
  });
}

module.exports = { staticHandler, createStaticServer, listen };
