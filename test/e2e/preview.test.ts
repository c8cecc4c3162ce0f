/**
 * End-to-end, in the browser preview: preview.html (no office.js) over the example workbook built in the
 * page through the ExcelJS adapter. Check → rank → write, then the offered download is captured and read
 * back with ExcelJS; the downloaded file is then opened in the preview again.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Server } from 'http';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { E2E_OUT, SCREENSHOTS, ensureWebBuild } from './support/build';
import { chromiumAvailable, fitsWidth, guardedPage, launch, serveWeb } from './support/browser';
import { bookBytes } from '../corpus/support/book';
import { repack, unzipParts } from '../corpus/support/zip';

const run = chromiumAvailable() ? describe : describe.skip;

run('browser preview (ExcelJS adapter), headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    await ensureWebBuild();
    ({ server, base } = await serveWeb());
    browser = await launch();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('runs check → rank → write on the example and offers the result as a download', async () => {
    const g = await guardedPage(browser, 320, null);
    const { page } = g;
    await page.goto(`${base}/preview.html`);
    await page.getByRole('button', { name: 'Kiểm tra sổ tính' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText('Sổ tính: vi-du-thi-dua.xlsx').count()).toBe(1);

    await page.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
    await page.getByRole('button', { name: 'Kiểm tra lại' }).waitFor();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-320-1-kiem-tra.png'), fullPage: true });

    // Clicking a finding selects its cell; the preview says which.
    const finding = page.getByRole('button', { name: /Chọn ô / }).first();
    if (await finding.count()) {
      const title = (await finding.getAttribute('title')) ?? '';
      await finding.click();
      const status = await page.getByText(/^Đã chọn ô /).textContent();
      expect(status).toBe(`Đã chọn ${title.replace(/^Chọn /, '')}`);
    }

    await page.getByRole('tab', { name: 'Xếp hạng' }).click();
    await page.getByRole('table').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-320-2-xep-hang.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Ghi bảng tổng hợp' }).click();
    await page.getByRole('button', { name: 'Ghi bảng tổng hợp' }).click();
    await page.getByRole('button', { name: 'Ghi lại bảng tổng hợp' }).waitFor({ timeout: 60_000 });
    const written = (await page.getByText(/^Đã ghi \d+ trang\.$/).textContent()) ?? '';
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-320-3-ghi.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về tệp kết quả (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('vi-du-thi-dua - kết quả.xlsx');
    fs.mkdirSync(E2E_OUT, { recursive: true });
    const file = path.join(E2E_OUT, 'preview-ket-qua.xlsx');
    await download.saveAs(file);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Cấu hình', 'Tiêu chí', 'Tổng hợp xếp hạng', 'Nhật ký kiểm tra', '_thidua']));
    expect(wb.getWorksheet('_thidua')!.state).toBe('veryHidden');
    const owned = wb.getWorksheet('_thidua')!.getSheetValues().filter(Boolean).length - 1;
    expect(written).toBe(`Đã ghi ${owned} trang.`);
    const summary = wb.getWorksheet('Tổng hợp xếp hạng')!;
    const text: string[] = [];
    summary.eachRow((row) => row.eachCell((c) => text.push(String(c.text))));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text.join('\n')).toMatch(/THCS/);

    // The minutes (.docx) come the same way, built in the page (the docx chunk loads on demand).
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất biên bản (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/^Biên bản họp bình xét thi đua.*\.docx$/);
    const docxFile = path.join(E2E_OUT, 'preview-bien-ban.docx');
    await docx.saveAs(docxFile);
    const bytes = fs.readFileSync(docxFile);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    // Its tables are written as prebuilt XML (src/minutes/prebuiltTable.ts) through docx's browser build too.
    const documentXml = Buffer.from(unzipParts(new Uint8Array(bytes)).find((p) => p.name === 'word/document.xml')!.data).toString('utf8');
    expect(documentXml.match(/<w:tbl>/g)!.length).toBeGreaterThan(3);
    expect(documentXml).toContain('<w:t xml:space="preserve">Trường THCS Quảng Lợi</w:t>');
    expect(documentXml).not.toMatch(/=>|function|\[object /);

    const { scrollWidth, clientWidth } = await fitsWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(g.offsite).toEqual([]);
    expect(g.errors).toEqual([]);

    // The downloaded result opens in the preview again; its summary sheets are recognised as output.
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByText('Sổ tính: preview-ket-qua.xlsx').waitFor();
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
    await page.getByRole('button', { name: 'Kiểm tra lại' }).waitFor();
    const sheets = page.getByRole('button', { name: /^Các trang tính \(\d+\)$/ });
    if ((await sheets.getAttribute('aria-expanded')) !== 'true') await sheets.click();
    expect(await page.getByRole('combobox', { name: 'Vai trò của trang “Tổng hợp xếp hạng”' }).textContent()).toBe('Bảng kết quả (Thi đua ghi)');
    await page.getByRole('tab', { name: 'Ghi bảng tổng hợp' }).click();
    await page.getByRole('button', { name: 'Ghi bảng tổng hợp' }).click();
    await page.getByRole('button', { name: 'Ghi lại bảng tổng hợp' }).waitFor({ timeout: 60_000 });
    expect(await page.getByText('Lưu ý khi ghi').count()).toBe(0);
    await g.context.close();
  });

  it('refuses a zip bomb before ExcelJS inflates it, names it, and keeps the open workbook', async () => {
    const g = await guardedPage(browser, 320, null);
    const { page } = g;
    await page.goto(`${base}/preview.html`);
    await page.getByText('Sổ tính: vi-du-thi-dua.xlsx').waitFor({ timeout: 30_000 });
    // A sheet part that declares 100 bytes and inflates to 64 MB of zeros.
    const sound = await bookBytes([{ name: 'Khối THCS', rows: [['TT', 'Nội dung']] }]);
    const bomb = repack(sound, { 'xl/worksheets/sheet1.xml': { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(64 * 1024 * 1024), declaredSize: 100 } });
    fs.mkdirSync(E2E_OUT, { recursive: true });
    const file = path.join(E2E_OUT, 'bom-nen.xlsx');
    fs.writeFileSync(file, bomb);
    await page.getByTestId('file-input').setInputFiles(file);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('bom-nen.xlsx');
    expect(text).toContain('xl/worksheets/sheet1.xml');
    expect(text).toContain('bom nén');
    expect(await page.getByText('Sổ tính: vi-du-thi-dua.xlsx').count()).toBe(1);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('at 500 px too', async () => {
    const g = await guardedPage(browser, 500, null);
    await g.page.goto(`${base}/preview.html`);
    await g.page.getByRole('button', { name: 'Kiểm tra sổ tính' }).click();
    await g.page.getByRole('button', { name: 'Kiểm tra lại' }).waitFor({ timeout: 30_000 });
    await g.page.screenshot({ path: path.join(SCREENSHOTS, 'preview-500-1-kiem-tra.png'), fullPage: true });
    const { scrollWidth, clientWidth } = await fitsWidth(g.page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(g.offsite).toEqual([]);
    await g.context.close();
  });
});
