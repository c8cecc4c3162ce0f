import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { runCli, tempDir } from '../support/xlsxCli';
import { readSnapshotFromBuffer } from '../../src/xlsx/read';
import { hashValues } from '../../src/workbook/hash';

let dir: string;
let input: string;
let inputBytes: Buffer;
beforeAll(async () => {
  dir = await tempDir();
  input = path.join(dir, 'vi-du.xlsx');
  expect((await runCli(['template', '-o', input])).code).toBe(0);
  inputBytes = await fs.readFile(input);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sheetNames(file: string): Promise<string[]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe('thidua score', () => {
  it('writes a copy of the input plus the output sheets, the JSON report and the minutes; the input stays byte for byte', async () => {
    const out = path.join(dir, 'ket-qua.xlsx');
    const json = path.join(dir, 'bao-cao.json');
    const docx = path.join(dir, 'bien-ban.docx');
    const r = await runCli(['score', input, '-o', out, '--json', json, '--docx', docx]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(await fs.readFile(input)).toEqual(inputBytes);
    const names = await sheetNames(out);
    expect(names.slice(0, 6)).toEqual(['Cấu hình', 'Tiêu chí', 'Khối THCS', 'Khối Tiểu học', 'Đơn vị', 'Suy tôn']);
    expect(names).toEqual(expect.arrayContaining(['Nhật ký kiểm tra', '_thidua']));
    // Input sheets are unchanged in the copy.
    const before = await readSnapshotFromBuffer(inputBytes);
    const after = await readSnapshotFromBuffer(await fs.readFile(out));
    for (const s of before.sheets) expect(hashValues(after.sheets.find((x) => x.name === s.name)!.values)).toBe(hashValues(s.values));
    const report = JSON.parse(await fs.readFile(json, 'utf8'));
    expect(report.version).toBe(1);
    expect((await fs.readFile(docx)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(r.out).toContain(`Đã ghi sổ tính kết quả: ${out}`);
    expect(r.out).toContain(`Đã ghi báo cáo JSON: ${json}`);
    expect(r.out).toContain(`Đã ghi dự thảo biên bản: ${docx}`);
    // No temp file is left behind.
    expect((await fs.readdir(dir)).filter((f) => f.startsWith('.thidua-tmp'))).toEqual([]);
  });

  it('prints the ranking of every bloc', async () => {
    const r = await runCli(['score', input, '-o', path.join(dir, 'a.xlsx')]);
    expect(r.out).toContain('Khối THCS (thang điểm 100):\n  1. Trường THCS Đầm Hà - 98 điểm - Xuất sắc - Cờ thi đua\n  2. Trường THCS Dực Yên - 95,5 điểm - Xuất sắc - Không đề nghị (vi phạm)');
    expect(r.out).toContain('  4. Trường TH Dực Yên - 90 điểm - Tốt\n  4. Trường TH Quảng Lợi - 90 điểm - Tốt');
    expect(r.out).toMatch(/Tổng cộng: 0 lỗi, \d+ cảnh báo, \d+ thông tin\./);
  });

  it('refuses to write over its input (same path or a path to the same file), exit 2, input untouched', async () => {
    for (const o of [input, path.join(dir, '.', 'vi-du.xlsx')]) {
      const r = await runCli(['score', input, '-o', o]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('trùng với tệp đầu vào');
    }
    const r = await runCli(['score', input, '-o', path.join(dir, 'x.xlsx'), '--json', input]);
    expect(r.code).toBe(2);
    expect(await fs.readFile(input)).toEqual(inputBytes);
    await expect(fs.access(path.join(dir, 'x.xlsx'))).rejects.toThrow();
  });

  it('on a rerun over its own output replaces its sheets: no duplicate sheets, identical values', async () => {
    const first = path.join(dir, 'lan-1.xlsx');
    const second = path.join(dir, 'lan-2.xlsx');
    expect((await runCli(['score', input, '-o', first])).code).toBe(0);
    const r = await runCli(['score', first, '-o', second]);
    expect(r.code).toBe(0);
    expect(await sheetNames(second)).toEqual(await sheetNames(first));
    const a = await readSnapshotFromBuffer(await fs.readFile(first));
    const b = await readSnapshotFromBuffer(await fs.readFile(second));
    for (const s of a.sheets.filter((x) => x.name !== '_thidua')) expect(b.sheets.find((x) => x.name === s.name)!.values).toEqual(s.values);
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli(['score', input, '-o', path.join(dir, 'en.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Wrote the result workbook');
    expect(r.out).toContain('2. Trường THCS Dực Yên - 95.5 points - Excellent - Not proposed (violation)');
  });
});

describe('thidua check', () => {
  it('prints the recognised sheets and the findings', async () => {
    const r = await runCli(['check', input]);
    expect([0, 1]).toContain(r.code);
    expect(r.out).toContain('Các trang tính nhận diện được:');
    expect(r.out).toMatch(/Tổng cộng: \d+ lỗi, \d+ cảnh báo, \d+ thông tin\./);
    expect(r.code).toBe(/Tổng cộng: 0 lỗi/.test(r.out) ? 0 : 1);
  });

  it('exits 1 when a finding is an error (a #N/A in a bloc score cell)', async () => {
    const wb = new Workbook();
    await wb.xlsx.load(inputBytes as unknown as ArrayBuffer);
    wb.getWorksheet('Khối THCS')!.getCell('G8').value = { error: '#N/A' };
    const bad = path.join(dir, 'loi.xlsx');
    await wb.xlsx.writeFile(bad);
    const r = await runCli(['check', bad]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[LỖI\]/);
  });
});
