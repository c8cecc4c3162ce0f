/**
 * Bundles ./enginePage.ts (the engine benchmark for headless Chromium) with the task pane's build
 * settings: production mode, ES2020 output through ts-loader (see webpack.config.js). Bench-only.
 */
'use strict';
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

module.exports = (env = {}) => ({
  mode: 'production',
  target: 'web',
  devtool: false,
  entry: path.join(__dirname, 'enginePage.ts'),
  output: { path: path.resolve(env.out || path.join(root, 'dist', 'bench', 'web-engine')), filename: 'engine-bench.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json'), compilerOptions: { module: 'es2020', noEmit: false, target: 'es2020' } },
        },
      },
    ],
  },
  performance: { hints: false },
  stats: 'errors-warnings',
});
