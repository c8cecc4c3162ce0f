/**
 * From navigation to ready in headless Chromium: dist/web served on 127.0.0.1 by scripts/static-server.js,
 * office.js answered by the end-to-end tests' stub (the strict simulator holding the example workbook),
 * every other off-machine request refused. "Ready" = the pane's first interactive render: the
 * "Kiểm tra sổ tính" button present and enabled. Each sample is a fresh browser context (empty cache).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Server } from 'http';
import { chromium, type Browser } from 'playwright-core';

export const READY_BUDGET_MS = 1500;
export const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHECK_BUTTON = 'Kiểm tra sổ tính';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS (shared with `npm run preview`), no types.
const { listen } = require(path.join(process.cwd(), 'scripts', 'static-server.js')) as {
  listen: (root: string, port?: number) => Promise<{ server: Server; url: string }>;
};

/** The office.js stand-in of test/e2e, bundled by its own webpack config into `outDir`. */
export function buildOfficeStub(root: string, outDir: string): string {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  execFileSync(process.execPath, [cli, '--config', path.join(root, 'test', 'e2e', 'support', 'stub.webpack.config.js'), '--env', `out=${outDir}`], { cwd: root, stdio: 'pipe' });
  return fs.readFileSync(path.join(outDir, 'office-stub.js'), 'utf8');
}

/** Debian's Chromium, headless, with the flags every browser test and benchmark of the project uses. */
export function launchHeadless(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

export interface ReadySample {
  /** performance.now() in the page when the pane was ready: ms since navigation start. */
  readonly readyMs: number;
  readonly offsite: string[];
}

export async function measureReady(web: string, stub: string, samples: number): Promise<ReadySample[]> {
  const { server, url } = await listen(web, 0);
  const browser = await launchHeadless();
  const out: ReadySample[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: 'vi-VN' });
      const offsite: string[] = [];
      await context.route('**/*', async (route) => {
        const u = route.request().url();
        if (u === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: stub });
        if (u.startsWith(url) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
        offsite.push(u);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.goto(`${url}/taskpane.html`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        (label: string) => {
          const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === label);
          return b && !(b as HTMLButtonElement).disabled ? performance.now() : null;
        },
        CHECK_BUTTON,
        { polling: 10, timeout: 30_000 },
      );
      out.push({ readyMs: (await handle.jsonValue()) as number, offsite });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
