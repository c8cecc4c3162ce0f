/**
 * The engine on the generated workbook inside headless Chromium, the task pane's runtime: the bundle of
 * ./enginePage.ts is loaded into a blank page of a fresh browser context per sample (a new renderer, so
 * the engine's code starts cold each time), and the page runs the stages twice (cold, then warm).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserEngineSample } from './enginePage';
import { launchHeadless } from './ready';

/** Bundles the engine benchmark page into `outDir`; returns the script's text. */
export function buildEngineBundle(root: string, outDir: string): string {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  execFileSync(process.execPath, [cli, '--config', path.join(root, 'bench', 'web', 'engine.webpack.config.js'), '--env', `out=${outDir}`], { cwd: root, stdio: 'pipe' });
  return fs.readFileSync(path.join(outDir, 'engine-bench.js'), 'utf8');
}

export async function measureEngineInBrowser(script: string, rows: number, samples: number): Promise<{ version: string; samples: BrowserEngineSample[] }> {
  const browser = await launchHeadless();
  const out: BrowserEngineSample[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      await page.addScriptTag({ content: script });
      out.push(await page.evaluate((n) => window.thiduaEngineBench!(n), rows));
      await context.close();
    }
    return { version: browser.version(), samples: out };
  } finally {
    await browser.close();
  }
}
