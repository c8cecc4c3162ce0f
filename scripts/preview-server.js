#!/usr/bin/env node
/**
 * `npm run preview`: serves the built pages (dist/web) on http://127.0.0.1:3000 (PORT to change it)
 * and points to the browser preview, where the task pane runs over an .xlsx file without Excel.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { listen } = require('./static-server');

const root = path.resolve(__dirname, '..', 'dist', 'web');
const port = Number(process.env.PORT || 3000);

if (!fs.existsSync(path.join(root, 'preview.html'))) {
  process.stderr.write('Chưa có bản dựng dist/web. Chạy "npm run build:web" trước. / Run "npm run build:web" first.\n');
  process.exit(1);
}

listen(root, port, { index: 'preview.html' }).then(
  ({ server, url }) => {
    process.stdout.write(`Thi đua — bản xem thử / preview: ${url}/preview.html\n(Ctrl+C để dừng / to stop)\n`);
    const stop = () => server.close(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (err) => {
    process.stderr.write(`Không mở được cổng ${port}: ${err.message}\n`);
    process.exit(1);
  },
);
