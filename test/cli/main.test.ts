import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { runCli, tempDir } from '../support/xlsxCli';
import { workbookOf, xlsxBytes } from '../support/xlsxBook';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('thidua: arguments', () => {
  it('--version prints the version of package.json', async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, out: pkg.version, err: '' });
  });

  it('--help prints the usage in Vietnamese (English with --lang en), exit 0', async () => {
    const vi = await runCli(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('thidua score <sổ tính.xlsx> -o <kết quả.xlsx>');
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.out).toContain('Usage:');
  });

  it('exits 2 with a Vietnamese message on a missing or unknown command or option', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Thiếu lệnh');
    const unknown = await runCli(['rank', 'a.xlsx']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Lệnh không hợp lệ: «rank»');
    const bad = await runCli(['check', 'a.xlsx', '--fast']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Tùy chọn không hợp lệ: «--fast»');
    const lang = await runCli(['check', 'a.xlsx', '--lang', 'fr']);
    expect(lang.code).toBe(2);
  });

  it('exits 2 when an argument is missing', async () => {
    expect((await runCli(['check'])).err).toContain('Thiếu tệp sổ tính đầu vào');
    const noOut = await runCli(['score', 'a.xlsx']);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('Thiếu tham số -o');
    expect((await runCli(['template'])).code).toBe(2);
    expect((await runCli(['score', 'a.xlsx', '-o', 'b.txt'])).err).toContain('phải có đuôi .xlsx');
  });
});

describe('thidua: unusable input files (exit 2, clear Vietnamese message)', () => {
  const cases: [string, (f: string) => Promise<void>, RegExp][] = [
    ['missing', async () => undefined, /Không tìm thấy tệp/],
    ['not an xlsx', (f) => fs.writeFile(f, 'Họ và tên;Đơn vị\n'), /không phải là sổ tính Excel/],
    ['truncated', async (f) => fs.writeFile(f, (await xlsxBytes(workbookOf([{ name: 'A', rows: [['x']] }]))).slice(0, 300)), /bị hỏng hoặc không đầy đủ/],
    ['oversized', async (f) => { await fs.writeFile(f, 'PK'); await fs.truncate(f, 51 * 1024 * 1024); }, /quá lớn/],
    ['an old .xls', (f) => fs.writeFile(f, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), /Excel 97-2003/],
  ];
  it.each(cases)('%s', async (_label, make, message) => {
    const f = path.join(dir, 'in.xlsx');
    await make(f);
    for (const argv of [['check', f], ['score', f, '-o', path.join(dir, 'out.xlsx')]]) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    }
    await expect(fs.access(path.join(dir, 'out.xlsx'))).rejects.toThrow();
  });
});

describe('thidua template', () => {
  it('writes the example workbook with every input sheet', async () => {
    const f = path.join(dir, 'mau.xlsx');
    const r = await runCli(['template', '-o', f]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã tạo sổ tính mẫu: ${f}`);
    const wb = new Workbook();
    await wb.xlsx.readFile(f);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Cấu hình', 'Tiêu chí', 'Khối THCS', 'Khối Tiểu học', 'Đơn vị', 'Suy tôn']));
    expect(wb.getWorksheet('Khối THCS')!.getCell('D3').value).toBe('Trường THCS Đầm Hà');
    expect(wb.getWorksheet('Khối THCS')!.getCell('D3').font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(await fs.readdir(dir)).toEqual(['mau.xlsx']);
  });
});

describe('thidua merge', () => {
  it('dispatches to the merge command', async () => {
    const r = await runCli(['merge', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('merge');
  });
});
