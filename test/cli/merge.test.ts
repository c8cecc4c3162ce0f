/**
 * Golden test of `thidua merge`: unit workbooks written with ExcelJS into a folder (both scoring layouts,
 * a duplicate unit, criteria that differ), plus a file that is not a workbook, a password-protected one
 * (OLE compound file header) and a picture; the merged workbook is read back and checked.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { runMerge } from '../../src/cli/merge';
import { analyze } from '../../src/engine/analyze';
import { readSnapshotFromBuffer } from '../../src/xlsx/read';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/snapshot';
import { ALL_BOOKS, DAM_HA, QUANG_LOI, TIEU_HOC_1 } from '../engine/merge/fixtures';
import type { FixtureBook } from '../engine/merge/fixtures';

async function writeBook(dir: string, book: FixtureBook): Promise<string> {
  const wb = new Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as never;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
    for (const r of s.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  }
  const file = path.join(dir, book.file);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

/** An OLE compound file as Excel writes a password-protected .xlsx: the CFB signature and an EncryptedPackage stream name. */
function encryptedBytes(): Uint8Array {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(b, 1152);
  return b;
}

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(args: string[], lang: 'vi' | 'en' = 'vi'): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMerge(args, { out: (s) => out.push(s), err: (s) => err.push(s), lang });
  return { code, out, err };
}

async function readBack(file: string): Promise<WorkbookSnapshot> {
  return readSnapshotFromBuffer(new Uint8Array(readFileSync(file)), path.basename(file));
}

function sheetOf(snap: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}: ${snap.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

/** Rows with trailing empty cells dropped, empty cells as null (ExcelJS reads back ragged rows). */
function rows(s: SheetSnapshot): unknown[][] {
  return s.values.map((r) => {
    const a = [...r].map((v) => (v === undefined ? null : v));
    while (a.length && a[a.length - 1] === null) a.pop();
    return a;
  });
}

describe('thidua merge <folder> -o merged.xlsx', () => {
  let dir: string;
  let inDir: string;
  let out: string;
  let result: Run;
  let snap: WorkbookSnapshot;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'thidua-merge-'));
    inDir = path.join(dir, 'don-vi');
    mkdirSync(inDir);
    for (const b of ALL_BOOKS) await writeBook(inDir, b);
    writeFileSync(path.join(inDir, 'Ghi chú.xlsx'), 'Danh sách gửi sau.\n');
    writeFileSync(path.join(inDir, 'Bảo mật.xlsx'), encryptedBytes());
    writeFileSync(path.join(inDir, 'ảnh chụp.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    mkdirSync(path.join(inDir, 'cũ'));
    out = path.join(dir, 'hop-nhat.xlsx');
    result = await run([inDir, '-o', out]);
    snap = await readBack(out);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('exit 0, progress per file on stderr in Vietnamese name order, summary on stdout', () => {
    expect(result.code).toBe(0);
    expect(result.err).toEqual([
      '[1/8] Bảo mật.xlsx',
      '[2/8] Cụm Tiểu học 1.xlsx',
      '[3/8] Cụm Tiểu học 2.xlsx',
      '[4/8] Ghi chú.xlsx',
      '[5/8] THCS Đầm Hà.xlsx',
      '[6/8] THCS Đầm Hà (1).xlsx',
      '[7/8] THCS Quảng Lợi.xlsx',
      '[8/8] THCS Quảng Thành.xlsx',
    ]);
    expect(result.out[result.out.length - 1]).toBe(
      `Đã hợp nhất 6/8 tệp vào «${out}»: 2 khối/cụm, 6 đơn vị, 4 dòng đề nghị; 4 lỗi, 6 cảnh báo (xem trang «Nhật ký hợp nhất»).`,
    );
    expect(result.out).toContain('Tệp «Bảo mật.xlsx» được đặt mật khẩu mở tệp; hãy gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi hợp nhất lại.');
    expect(result.out).toContain('Tệp «Ghi chú.xlsx» không phải là sổ tính Excel (.xlsx); tệp này không được hợp nhất.');
  });

  test('the merged workbook: settings, criteria, one sheet per bloc, the nomination list, the log', () => {
    // Blocs in the order their first file was read.
    expect(snap.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Tiêu chí Khối Tiểu học', 'Khối Tiểu học', 'Khối THCS', 'Đề nghị khen thưởng', 'Nhật ký hợp nhất']);
  });

  test('`score` reads the merged workbook as usual: every bloc, every unit ranked', () => {
    const a = analyze(snap, { now: new Date('2025-05-20T08:00:00Z'), lang: 'vi' });
    const roles = Object.fromEntries(a.sheets.map((s) => [s.sheet, s.layout ? `${s.role}:${s.layout}` : s.role]));
    expect(roles).toMatchObject({
      'Cấu hình': 'settings',
      'Tiêu chí Khối Tiểu học': 'criteria',
      'Khối Tiểu học': 'scoring:unitsInRows',
      'Khối THCS': 'scoring:criteriaInRows',
      'Đề nghị khen thưởng': 'nominations',
    });
    const blocs = Object.fromEntries(a.blocs.map((b) => [b.name, { scale: b.scale, units: b.units.map((u) => [u.unit, u.total, u.rank]) }]));
    // Bloc scores (Khối chấm) win over self scores: Quảng Lợi 19+18+29+29, Đầm Hà 17+19+28+26, Quảng Thành 15+16+24+20.
    expect(blocs['Khối THCS']).toEqual({
      scale: 100,
      units: [
        ['THCS Quảng Lợi', 95, 1],
        ['THCS Đầm Hà', 90, 2],
        ['THCS Quảng Thành', 75, 3],
      ],
    });
    expect(blocs['Khối Tiểu học']).toEqual({
      scale: 100,
      units: [
        ['TH Dực Yên', 96, 1],
        ['TH Tân Bình', 95, 2],
        ['TH Quảng Tân', 85, 3],
      ],
    });
    expect(a.nominations.map((n) => [n.name, n.award]).sort()).toEqual([
      ['Lê Văn Cường', 'LDTT'],
      ['Nguyễn Văn An', 'CSTDCS'],
      ['Phạm Thị Dung', 'LDTT'],
      ['Trần Thị Bình', 'LDTT'],
    ]);
  });

  test('Khối THCS: criteria once, each unit a merged name over Tự chấm | Khối chấm', () => {
    const s = sheetOf(snap, 'Khối THCS');
    expect(rows(s).slice(0, 4)).toEqual([
      ['TT', 'Nội dung', 'Điểm chuẩn', 'THCS Đầm Hà', null, 'THCS Quảng Lợi', null, 'THCS Quảng Thành'],
      [null, null, null, 'Tự chấm', 'Khối chấm', 'Tự chấm', 'Khối chấm', 'Tự chấm', 'Khối chấm'],
      ['I', 'Công tác chỉ đạo, điều hành', 40],
      [1, 'Xây dựng kế hoạch năm học', 20, 18, 17, 20, 19, 15, 15],
    ]);
    expect(s.merges).toContainEqual({ r0: 0, c0: 3, r1: 0, c1: 4 });
    expect(s.merges).toContainEqual({ r0: 0, c0: 1, r1: 1, c1: 1 });
    expect(rows(s)).toHaveLength(8);
  });

  test('Khối Tiểu học and the nominations carry the source file in `Nguồn`', () => {
    expect(rows(sheetOf(snap, 'Khối Tiểu học')).map((r) => [r[1], r[8]])).toEqual([
      ['Tên đơn vị', 'Nguồn'],
      ['TH Tân Bình', 'Cụm Tiểu học 1.xlsx'],
      ['TH Quảng Tân', 'Cụm Tiểu học 1.xlsx'],
      ['TH Dực Yên', 'Cụm Tiểu học 2.xlsx'],
    ]);
    const noms = rows(sheetOf(snap, 'Đề nghị khen thưởng'));
    expect(noms[0]![8]).toBe('Nguồn');
    expect(noms.slice(1).map((r) => [r[0], r[1], r[8]])).toEqual([
      [1, 'Nguyễn Văn An', 'THCS Đầm Hà.xlsx'],
      [2, 'Trần Thị Bình', 'THCS Đầm Hà.xlsx'],
      [3, 'Phạm Thị Dung', 'THCS Đầm Hà (1).xlsx'],
      [4, 'Lê Văn Cường', 'THCS Quảng Lợi.xlsx'],
    ]);
  });

  test('the log names each file that could not be merged, the duplicate unit, the differing criteria', () => {
    const log = rows(sheetOf(snap, 'Nhật ký hợp nhất'));
    expect(log[0]).toEqual(['STT', 'Mức độ', 'Mã', 'Tệp', 'Trang tính', 'Ô', 'Nội dung']);
    const brief = log.slice(1).filter((r) => r[1] !== 'Thông tin' || r[2] === 'MERGE_FILE_IGNORED').map((r) => [r[2], r[3], r[4] ?? null, r[5] ?? null]);
    expect(brief).toEqual([
      ['MERGE_ENCRYPTED', 'Bảo mật.xlsx', null, null],
      ['MERGE_DUPLICATE_UNIT', 'Cụm Tiểu học 2.xlsx', 'Khối Tiểu học', 'B3'],
      ['MERGE_COLUMNS_ADDED', 'Cụm Tiểu học 2.xlsx', 'Khối Tiểu học', null],
      ['MERGE_NOT_WORKBOOK', 'Ghi chú.xlsx', null, null],
      ['MERGE_DUPLICATE_UNIT', 'THCS Đầm Hà (1).xlsx', 'Chấm điểm Khối THCS', 'D1'],
      ['MERGE_DUPLICATE_ROW', 'THCS Đầm Hà (1).xlsx', 'Đề nghị khen thưởng', 'B4'],
      ['MERGE_SHEET_SKIPPED', 'THCS Quảng Lợi.xlsx', 'Ghi chú riêng', null],
      ['MERGE_CRITERION_TEXT', 'THCS Quảng Thành.xlsx', 'Khối THCS', 'B5'],
      ['MERGE_CRITERION_MAX', 'THCS Quảng Thành.xlsx', 'Khối THCS', 'C6'],
      ['MERGE_CRITERION_MAX', 'THCS Quảng Thành.xlsx', 'Khối THCS', 'C8'],
      ['MERGE_FILE_IGNORED', 'ảnh chụp.png', null, null],
    ]);
  });

  test('written atomically: no temp file left beside the output; inputs untouched', () => {
    const leftovers = readdirSync(dir).filter((n) => n.startsWith('.thidua-tmp-'));
    expect(leftovers).toEqual([]);
    expect(statSync(out).size).toBeGreaterThan(5000);
  });

  test('merging again into a file inside the input folder never reads that output as an input', async () => {
    const inside = path.join(inDir, 'Tổng hợp.xlsx');
    const again = await run([inDir, '-o', inside]);
    expect(again.code).toBe(0);
    const rerun = await run([inDir, '-o', inside]);
    expect(rerun.err).toHaveLength(8);
    expect(rerun.err.some((l) => l.includes('Tổng hợp.xlsx'))).toBe(false);
    rmSync(inside);
  });
});

describe('thidua merge: arguments and refusals', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'thidua-merge-args-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('files given one by one are read in the order given (the first sets the shape)', async () => {
    const a = await writeBook(dir, QUANG_LOI);
    const b = await writeBook(dir, DAM_HA);
    const out = path.join(dir, 'ab.xlsx');
    const r = await run([a, b, '--output', out]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['[1/2] THCS Quảng Lợi.xlsx', '[2/2] THCS Đầm Hà.xlsx']);
    const s = sheetOf(await readBack(out), 'Khối THCS');
    expect(rows(s)[0]).toEqual(['TT', 'Nội dung', 'Điểm chuẩn', 'THCS Quảng Lợi', null, 'THCS Đầm Hà']);
  });

  test('the output is never one of the inputs', async () => {
    const a = await writeBook(dir, TIEU_HOC_1);
    const before = readFileSync(a);
    const r = await run([a, '-o', a]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe(`Tệp kết quả «${a}» là một tệp đầu vào; không bao giờ ghi đè tệp đầu vào. Hãy chọn tên khác.`);
    expect(readFileSync(a).equals(before)).toBe(true);
  });

  test('nothing mergeable: exit 2, no output written', async () => {
    const enc = path.join(dir, 'Khóa.xlsx');
    writeFileSync(enc, encryptedBytes());
    const out = path.join(dir, 'none.xlsx');
    const r = await run([enc, '-o', out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.out).toEqual(['Tệp «Khóa.xlsx» được đặt mật khẩu mở tệp; hãy gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi hợp nhất lại.', 'Không có tệp nào hợp nhất được.']);
  });

  test('an old .xls (compound file without an encrypted package) is named as such', async () => {
    const xls = path.join(dir, 'cũ.xls');
    const b = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
    Buffer.from('Workbook', 'utf16le').copy(b, 1024);
    writeFileSync(xls, b);
    const r = await run([xls, path.join(dir, 'THCS Đầm Hà.xlsx'), '-o', path.join(dir, 'xls.xlsx')], 'en');
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('File «cũ.xls» is in the old Excel format (.xls); open it and save it as .xlsx, then merge again.');
    expect(r.out[r.out.length - 1]).toMatch(/^Merged 1\/2 files into/);
  });

  test('a damaged zip is unreadable, not a crash', async () => {
    const bad = path.join(dir, 'Hỏng.xlsx');
    writeFileSync(bad, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    const r = await run([bad, path.join(dir, 'THCS Đầm Hà.xlsx'), '-o', path.join(dir, 'bad.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^Không đọc được tệp «Hỏng\.xlsx» \(.+\); tệp có thể bị hỏng\. Tệp này không được hợp nhất\.$/);
  });

  test.each([
    [['a.xlsx'], 'Thiếu tệp kết quả: thêm -o <tệp-hợp-nhất.xlsx>.'],
    [['-o', 'x.xlsx'], 'Chưa chỉ ra tệp hoặc thư mục nào để hợp nhất.'],
    [['a.xlsx', '-o', 'x.csv'], 'Tệp kết quả «x.csv» phải có đuôi .xlsx.'],
    [['a.xlsx', '--fast', '-o', 'x.xlsx'], 'Tùy chọn không hợp lệ: --fast.'],
  ])('bad arguments %j → exit 2 and a usage message', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe(message);
    expect(r.err[1]).toMatch(/^Cách dùng: thidua merge/);
  });

  test('an output folder that does not exist → exit 2 before reading anything', async () => {
    const out = path.join(dir, 'khong-co-thu-muc', 'x.xlsx');
    const r = await run([path.join(dir, 'THCS Đầm Hà.xlsx'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe(`Thư mục của tệp kết quả «${out}» không tồn tại.`);
    expect(r.err.some((l) => l.startsWith('['))).toBe(false);
  });

  test('a missing input → exit 2 naming it', async () => {
    const r = await run([path.join(dir, 'khong-co.xlsx'), '-o', path.join(dir, 'y.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe(`Không tìm thấy «${path.join(dir, 'khong-co.xlsx')}».`);
  });

  test('--help prints the usage and exits 0; --lang en switches the language', async () => {
    const h = await run(['--help']);
    expect(h.code).toBe(0);
    expect(h.out[0]).toMatch(/^Cách dùng: thidua merge <tệp hoặc thư mục…> -o <tệp-hợp-nhất\.xlsx>/);
    const e = await run(['--lang', 'en', '--help']);
    expect(e.out[0]).toMatch(/^Usage: thidua merge/);
  });
});
