#!/usr/bin/env node
/**
 * Serves the built add-in (dist/web) over HTTPS on https://localhost:3000, where manifest.xml points,
 * for sideloading into Excel. The certificate is the one `npx office-addin-dev-certs install` creates
 * (~/.office-addin-dev-certs/localhost.crt and .key), or the files named by HTTPS_CERT / HTTPS_KEY.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const { staticHandler } = require('./static-server');

const root = path.resolve(__dirname, '..', 'dist', 'web');
const port = Number(process.env.PORT || 3000);
const certDir = path.join(os.homedir(), '.office-addin-dev-certs');
const certFile = process.env.HTTPS_CERT || path.join(certDir, 'localhost.crt');
const keyFile = process.env.HTTPS_KEY || path.join(certDir, 'localhost.key');

if (!fs.existsSync(path.join(root, 'taskpane.html'))) {
  process.stderr.write('Chưa có bản dựng dist/web. Chạy "npm run build:web" trước. / Run "npm run build:web" first.\n');
  process.exit(1);
}
if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) {
  process.stderr.write(
    `Không thấy chứng chỉ HTTPS (${certFile}). Chạy "npx office-addin-dev-certs install" một lần, hoặc đặt HTTPS_CERT/HTTPS_KEY.\n` +
      `No HTTPS certificate found. Run "npx office-addin-dev-certs install" once, or set HTTPS_CERT/HTTPS_KEY.\n`,
  );
  process.exit(1);
}

const server = https.createServer({ cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) }, staticHandler(root, { index: 'taskpane.html' }));
server.listen(port, 'localhost', () => {
  process.stdout.write(`Thi đua add-in: https://localhost:${port}/taskpane.html — nạp manifest.xml vào Excel (Ctrl+C để dừng)\n`);
});
server.on('error', (err) => {
  process.stderr.write(`Không mở được cổng ${port}: ${err.message}\n`);
  process.exit(1);
});
