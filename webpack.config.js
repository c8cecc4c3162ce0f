/**
 * Web build of the add-in: the Excel task pane, the ribbon command file and the browser preview,
 * written to dist/web/. `npm run build:web` (= webpack --mode production). Type checking is done
 * separately by `npm run typecheck`; ts-loader only transpiles.
 *
 * dist/web/build-report.json lists, per entry, the modules of its initial chunks, so a test can prove
 * that ExcelJS never ships in the Excel-hosted pane except as a lazily loaded chunk.
 */
'use strict';
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OUT = path.resolve(__dirname, 'dist', 'web');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/**
 * Fluent UI v9 (Griffel) injects <style> elements at run time, hence 'unsafe-inline' for styles only.
 * Scripts come from this origin and, in the Excel pane, from Microsoft's office.js CDN: nothing else.
 */
function csp(withOffice) {
  const office = withOffice ? ` ${OFFICE_CDN}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${office}`,
    `frame-src 'self'${office}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Records which modules each entry loads up front (initial chunks) and which it may load later. */
class BuildReportPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BuildReportPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'BuildReportPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const { chunkGraph } = compilation;
        const modulesOf = (chunk) =>
          [...chunkGraph.getChunkModulesIterable(chunk)]
            .flatMap((m) => (m.modules ? m.modules : [m]))
            .map((m) => (m.resource ? path.relative(__dirname, m.resource).split(path.sep).join('/') : m.identifier()))
            .sort();
        const report = { entrypoints: {} };
        for (const [name, entry] of compilation.entrypoints) {
          const initial = entry.chunks;
          const lazy = new Set();
          for (const chunk of initial) for (const c of chunk.getAllAsyncChunks()) lazy.add(c);
          report.entrypoints[name] = {
            initialFiles: initial.flatMap((c) => [...c.files]).sort(),
            initialModules: [...new Set(initial.flatMap(modulesOf))].sort(),
            lazyFiles: [...lazy].flatMap((c) => [...c.files]).sort(),
            lazyModules: [...new Set([...lazy].flatMap(modulesOf))].sort(),
          };
        }
        compilation.emitAsset('build-report.json', new webpack.sources.RawSource(JSON.stringify(report, null, 1)));
      });
    });
  }
}

module.exports = (env, argv) => {
  const production = (argv && argv.mode) !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/taskpane/preview.tsx',
    },
    output: {
      path: OUT,
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs', '.json'],
      // The xlsx adapter is shared with the CLI: its file-system helpers must not break the browser build.
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules so webpack can tree-shake and split dynamic imports into lazy chunks.
              compilerOptions: { module: 'es2020', noEmit: false, sourceMap: true, target: 'es2020' },
            },
          },
        },
      ],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs: OFFICE_JS, csp: csp(true), title: 'Thi đua' },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJs: OFFICE_JS, csp: csp(true) },
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/taskpane/preview.html',
        chunks: ['preview'],
        templateParameters: { csp: csp(false), title: 'Thi đua — xem thử' },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
      new BuildReportPlugin(),
    ],
    performance: { hints: false },
    optimization: {
      splitChunks: { chunks: 'async' },
    },
    stats: 'errors-warnings',
  };
};
