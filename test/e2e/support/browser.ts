/**
 * Headless Debian Chromium through playwright-core, the built pages served on 127.0.0.1, and a network
 * guard: office.js is answered by the stub, any other request that leaves localhost fails the test.
 */
import * as fs from 'fs';
import type { AddressInfo } from 'net';
import type { Server } from 'http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { WEB } from './build';

const { createStaticServer } = require('../../../scripts/static-server.js') as { createStaticServer: (root: string, opts?: { index?: string }) => Server };

export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Skips (locally) or fails (CI) when Chromium is not installed. */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  const message = `${CHROMIUM} not found: install Debian's "chromium" package to run the end-to-end tests.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
  return false;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

export async function serveWeb(): Promise<{ server: Server; base: string }> {
  const server = createStaticServer(WEB);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export interface GuardedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests that tried to leave the machine (each one is a failure). */
  readonly offsite: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
}

function isLocal(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
    return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

/** A page whose office.js request gets `officeStub` (when given) and whose other off-machine requests are refused. */
export async function guardedPage(browser: Browser, width: number, officeStub: string | null): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
  const offsite: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (officeStub !== null && url === OFFICE_JS) {
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeStub });
      return;
    }
    if (isLocal(url)) {
      await route.continue();
      return;
    }
    offsite.push(url);
    await route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, offsite, errors };
}

/** True when the page fits its viewport: no horizontal scrolling. */
export async function fitsWidth(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}
