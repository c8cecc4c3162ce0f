/**
 * Bundles the office.js stub (./officeStub.ts: the Excel simulator + the example workbook) into one
 * browser script for the end-to-end test. Test-only; never part of the product build.
 */
'use strict';
const path = require('path');

module.exports = (env = {}) => ({
  mode: 'development',
  target: 'web',
  devtool: false,
  entry: path.join(__dirname, 'officeStub.ts'),
  output: { path: path.resolve(env.out || path.join(__dirname, '..', '..', '..', 'test-artifacts', 'e2e')), filename: 'office-stub.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: path.resolve(__dirname, '..', '..', '..', 'tsconfig.json'), compilerOptions: { module: 'es2020', noEmit: false, target: 'es2020' } },
        },
      },
    ],
  },
  stats: 'errors-warnings',
});
