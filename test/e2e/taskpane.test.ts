/**
 * End-to-end, inside "Excel": the production build of taskpane.html served on localhost and driven in
 * headless Chromium, with office.js answered by a stub that hands the strict Excel simulator (loaded
 * with the example workbook) to Excel.run. Check → rank → write, then the workbook and the sync counts
 * are read back from the simulator; screenshots at 320 px and 500 px go to test-artifacts/screenshots/.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Server } from 'http';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, E2E_OUT, buildOfficeStub, ensureWebBuild } from './support/build';
import { chromiumAvailable, fitsWidth, guardedPage, launch, serveWeb, type GuardedPage } from './support/browser';

const run = chromiumAvailable() ? describe : describe.skip;

interface SimProbe {
  syncCount(): number;
  runs(): number;
  sheetNames(): string[];
  visibility(name: string): string;
  values(name: string): unknown[][];
  selection(): { sheet: string; address: string } | null;
}

/** Reads the simulator in the page (window.__thiduaSim, installed by the stub). */
function sim<T>(page: Page, fn: (s: SimProbe) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__thiduaSim)`) as Promise<T>;
}

/** Polls until `pred` holds (the page updates after the click resolves). */
async function until<T>(read: () => Promise<T>, pred: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (pred(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

run('task pane in Excel (office.js stub + simulator), headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let stub: string;

  beforeAll(async () => {
    await ensureWebBuild();
    stub = await buildOfficeStub();
    ({ server, base } = await serveWeb());
    browser = await launch();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function open(width: number): Promise<GuardedPage> {
    const g = await guardedPage(browser, width, stub);
    await g.page.goto(`${base}/taskpane.html`);
    await g.page.getByRole('button', { name: 'Kiểm tra sổ tính' }).waitFor();
    return g;
  }

  for (const width of [320, 500]) {
    it(`check → rank → write at ${width} px: the workbook gets its summary sheets, in few syncs`, async () => {
      const g = await open(width);
      const { page } = g;
      const syncs: Record<string, number> = {};
      const before = await sim(page, (s) => ({ names: s.sheetNames(), syncs: s.syncCount() }));

      // Kiểm tra
      await page.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
      await page.getByRole('button', { name: 'Kiểm tra lại' }).waitFor();
      syncs.check = (await sim(page, (s) => s.syncCount())) - before.syncs;
      await shot(page, `taskpane-${width}-1-kiem-tra.png`);
      await page.getByRole('button', { name: /^Các trang tính \(\d+\)$/ }).click();
      expect(await page.getByRole('combobox', { name: 'Vai trò của trang “Khối THCS”' }).textContent()).toBe('Bảng chấm điểm khối, cụm');

      // A finding selects its cell in the workbook.
      const finding = page.getByRole('button', { name: /Chọn ô / }).first();
      if (await finding.count()) {
        const label = (await finding.getAttribute('title')) ?? '';
        await finding.click();
        const where = /Chọn ô (.+)!([A-Z]+\d+)/.exec(label);
        const selection = await until(() => sim(page, (s) => s.selection()), (v) => v !== null);
        if (where) expect(selection?.sheet).toBe(where[1]);
      }

      // Xếp hạng
      await page.getByRole('tab', { name: 'Xếp hạng' }).click();
      await page.getByRole('table').first().waitFor();
      expect(await page.getByRole('table').count()).toBeGreaterThanOrEqual(2);
      await shot(page, `taskpane-${width}-2-xep-hang.png`);

      // Ghi bảng tổng hợp
      await page.getByRole('tab', { name: 'Ghi bảng tổng hợp' }).click();
      const s0 = await sim(page, (s) => s.syncCount());
      await page.getByRole('button', { name: 'Ghi bảng tổng hợp' }).click();
      await page.getByRole('button', { name: 'Ghi lại bảng tổng hợp' }).waitFor({ timeout: 60_000 });
      syncs.write = (await sim(page, (s) => s.syncCount())) - s0;
      await shot(page, `taskpane-${width}-3-ghi.png`);

      const after = await sim(page, (s) => s.sheetNames());
      const added = after.filter((n) => !before.names.includes(n));
      expect(added).toEqual(expect.arrayContaining(['Tổng hợp xếp hạng', 'Nhật ký kiểm tra', '_thidua']));
      expect(before.names.every((n) => after.includes(n))).toBe(true);
      expect(await sim(page, (s) => s.visibility('_thidua'))).toBe('VeryHidden');
      const summary = JSON.stringify(await sim(page, (s) => s.values('Tổng hợp xếp hạng')));
      expect(summary).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      for (const unit of ['Khối THCS', 'Tiểu học']) expect(summary).toContain(unit);
      const written = await page.getByText(/^Đã ghi \d+ trang\.$/).textContent();
      expect(written).toBe(`Đã ghi ${added.length - 1} trang.`);

      // A second write replaces its own sheets: no "(2)", same sheets, same number of syncs.
      const s1 = await sim(page, (s) => s.syncCount());
      await page.getByRole('button', { name: 'Ghi lại bảng tổng hợp' }).click();
      await page.getByRole('button', { name: 'Ghi lại bảng tổng hợp' }).waitFor();
      await until(() => sim(page, (s) => s.syncCount()), (n) => n > s1);
      await page.getByText(/^Đã ghi \d+ trang\.$/).waitFor();
      syncs.rewrite = (await sim(page, (s) => s.syncCount())) - s1;
      fs.mkdirSync(E2E_OUT, { recursive: true });
      fs.writeFileSync(path.join(E2E_OUT, `taskpane-${width}-syncs.json`), JSON.stringify({ width, syncs, sheets: added }, null, 2));
      // Check = the snapshot read: 2 syncs (sheets + used ranges, then all values in one batch; the
      // remembered roles come with the snapshot). Write = a fresh read (2, so the summary reflects the
      // sheets as they are now and an owned sheet edited since the check is detected) + the plan writer
      // (≤ 3: pre-check, one batch, print setup), whatever the number of sheets.
      expect(syncs.check).toBe(2);
      expect(syncs.write).toBeGreaterThan(0);
      expect(syncs.write).toBeLessThanOrEqual(5);
      expect(added.length).toBeGreaterThan(syncs.write);
      expect(syncs.rewrite).toBe(syncs.write);

      const again = await sim(page, (s) => s.sheetNames());
      // (A sheet whose formulas the host cannot evaluate reads back different and is kept as edited.)
      expect(again).toEqual(after);
      expect(again.some((n) => /\(2\)$/.test(n))).toBe(false);

      const { scrollWidth, clientWidth } = await fitsWidth(page);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(g.offsite).toEqual([]);
      expect(g.errors).toEqual([]);
      await g.context.close();
    });
  }

  it('every step fits 320 px without horizontal scrolling, in both languages; the keyboard reaches everything', async () => {
    const g = await open(320);
    const { page } = g;
    // Keyboard: Tab reaches the step list, arrows move along it, Enter opens a step, Tab reaches its action.
    const focused = () => page.evaluate(() => `${document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName}:${(document.activeElement as HTMLElement | null)?.innerText?.split('\n')[0] ?? ''}`);
    let at = '';
    for (let i = 0; i < 10 && at !== 'tab:Kiểm tra'; i++) {
      await page.keyboard.press('Tab');
      at = await focused();
    }
    expect(at).toBe('tab:Kiểm tra');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab:Xếp hạng');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('BUTTON:Kiểm tra sổ tính');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Kiểm tra lại' }).waitFor();
    for (const lang of ['vi', 'en']) {
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      const tabs = lang === 'vi' ? ['Kiểm tra', 'Xếp hạng', 'Ghi bảng tổng hợp', 'Tạo mẫu', 'Cấu hình'] : ['Check', 'Rank', 'Write summary', 'Template', 'Settings'];
      for (const [i, tab] of tabs.entries()) {
        await page.getByRole('tab', { name: tab }).click();
        const { scrollWidth, clientWidth } = await fitsWidth(page);
        expect({ tab, scrollWidth }).toEqual({ tab, scrollWidth: clientWidth });
        if (lang === 'vi' && i >= 3) await shot(page, `taskpane-320-${i + 1}-${tab === 'Tạo mẫu' ? 'tao-mau' : 'cau-hinh'}.png`);
      }
    }
    expect(g.offsite).toEqual([]);
    await g.context.close();
  });
});
