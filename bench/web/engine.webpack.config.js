/**
 * Bundles ./enginePage.ts (the engine benchmark for headless Chromium): the end-to-end tests' bundling
 * of TypeScript for the browser (ES2020 through ts-loader, as the task pane's build), in production mode
 * like the pane. Bench-only.
 */
'use strict';
const path = require('path');
const stubConfig = require('../../test/e2e/support/stub.webpack.config.js');

const root = path.resolve(__dirname, '..', '..');

module.exports = (env = {}) => ({
  ...stubConfig(env),
  mode: 'production',
  entry: path.join(__dirname, 'enginePage.ts'),
  output: { path: path.resolve(env.out || path.join(root, 'dist', 'bench', 'web-engine')), filename: 'engine-bench.js' },
  performance: { hints: false },
});
