/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not Office.js proxies: nothing to load or sync. */
import JSZip from 'jszip';
import type { Workbook, Worksheet } from 'exceljs';
import { applyPlanToWorkbook, addTemplateSheets, PlanApplyError } from '../../src/xlsx/write';
import { readSnapshotFromBuffer, snapshotFromWorkbook } from '../../src/xlsx/read';
import { buildSheetPlans } from '../../src/engine/plan/buildSheetPlans';
import { resolveWritePlan } from '../../src/workbook/ownership';
import { hashPlanValues, hashValues, planReadBackValues } from '../../src/workbook/hash';
import type { WritePlan } from '../../src/workbook/plan';
import { sampleAnalysis, TEST_NOW } from '../support/xlsxAnalysis';
import { reload, workbookOf, xlsxBytes } from '../support/xlsxBook';

function inputBook(): Workbook {
  return workbookOf([
    { name: 'Khối THCS', rows: [['KHỐI THCS'], ['TT', 'Nội dung', 'Điểm chuẩn', 'Trường A'], ['I', 'Chỉ đạo', 60, 58.5], [null, null, null, { formula: 'D3', result: 58.5 }]] },
    { name: 'Ghi chép', rows: [['=cmd|calc', '+1', '-2', '@x'], [new Date(Date.UTC(2024, 8, 5))]] },
  ]);
}

async function run(wb: Workbook, now = TEST_NOW): Promise<{ plan: WritePlan; book: Workbook; bytes: Uint8Array }> {
  const snap = snapshotFromWorkbook(wb);
  const plans = buildSheetPlans(sampleAnalysis(), { now, lang: 'vi' });
  const { plan } = resolveWritePlan(snap, plans, { now, paramsHash: 'p' });
  applyPlanToWorkbook(wb, plan);
  const bytes = await xlsxBytes(wb);
  return { plan, book: await reload(wb), bytes };
}

function headerRow(ws: Worksheet): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (found < 0 && row.getCell(1).value === 'STT') found = n;
  });
  return found;
}

describe('applyPlanToWorkbook (ExcelJS round trip)', () => {
  let first: Awaited<ReturnType<typeof run>>;
  let zip: JSZip;
  beforeAll(async () => {
    first = await run(inputBook());
    zip = await JSZip.loadAsync(first.bytes);
  });

  it('adds the planned sheets after the input sheets and a very-hidden _thidua', () => {
    expect(first.book.worksheets.map((w) => w.name)).toEqual(['Khối THCS', 'Ghi chép', 'Tổng hợp xếp hạng', 'XH Khối THCS', 'XH Khối Tiểu học', 'Nhật ký kiểm tra', '_thidua']);
    expect(first.book.getWorksheet('_thidua')!.state).toBe('veryHidden');
  });

  it('reads back exactly the planned values (the hash recorded in _thidua matches)', async () => {
    const snap = await readSnapshotFromBuffer(first.bytes);
    for (const a of first.plan.actions) {
      const s = snap.sheets.find((x) => x.name === a.name)!;
      expect(s.values.map((r) => [...r])).toEqual(trimGrid(planReadBackValues(a.plan)));
      expect(hashValues(s.values)).toBe(hashPlanValues(a.plan));
    }
    const own = snap.sheets.find((x) => x.name === '_thidua')!;
    expect(own.values.slice(1).map((r) => r[4])).toEqual(first.plan.actions.map((a) => hashPlanValues(a.plan)));
  });

  it('leaves the input sheets untouched (same values hash, same formulas)', async () => {
    const before = snapshotFromWorkbook(inputBook());
    const after = await readSnapshotFromBuffer(first.bytes);
    for (const s of before.sheets) expect(hashValues(after.sheets.find((x) => x.name === s.name)!.values)).toBe(hashValues(s.values));
    expect(first.book.getWorksheet('Khối THCS')!.getCell('D4').formula).toBe('D3');
  });

  it('writes Times New Roman 13 everywhere, bold headers, borders', () => {
    const ws = first.book.getWorksheet('XH Khối THCS')!;
    const h = headerRow(ws);
    expect(ws.getCell(h, 2).font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
    expect(ws.getCell(h + 1, 2).font).toMatchObject({ name: 'Times New Roman', size: 13 });
    expect(ws.getCell(h + 1, 2).border?.top?.style).toBe('thin');
    expect(ws.getCell(1, 1).value).toBe('UBND HUYỆN ĐẦM HÀ');
    expect(ws.getColumn(2).width).toBe(28);
  });

  it('sets up printing: A4, fit to one page wide, repeated header row, footer, and freezes under the header', () => {
    const ws = first.book.getWorksheet('XH Khối THCS')!;
    const h = headerRow(ws);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${h}:${h}` });
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: h, xSplit: 0 });
  });

  it('writes Tổng điểm as a formula with the engine total cached', () => {
    const ws = first.book.getWorksheet('XH Khối THCS')!;
    const h = headerRow(ws);
    const cell = ws.getCell(h + 1, 9);
    expect(cell.formula).toBe(`SUM(C${h + 1}:D${h + 1})+E${h + 1}-F${h + 1}`);
    expect(cell.result).toBe(98.5);
  });

  it('links a finding to its cell with a HYPERLINK formula, quoting sheet names', () => {
    const ws = first.book.getWorksheet('Nhật ký kiểm tra')!;
    const h = headerRow(ws);
    expect(ws.getCell(h + 1, 5).formula).toBe(`HYPERLINK("#'Bob''s sheet'!C5","C5:C9")`);
    expect(ws.getCell(h + 1, 5).result).toBe('C5:C9');
    expect(ws.getCell(h + 2, 5).formula).toBe(`HYPERLINK("#'Khối THCS'!F7","F7")`);
  });

  it('writes user text starting with = + - @ as text, never as a formula', async () => {
    const ws = first.book.getWorksheet('XH Khối THCS')!;
    const h = headerRow(ws);
    const cell = ws.getCell(h + 3, 2);
    expect(cell.value).toBe('=cmd|calc');
    expect(cell.formula).toBeUndefined();
    const files = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    for (const f of files) expect(await zip.file(f)!.async('string')).not.toMatch(/<f>=?cmd/);
  });

  it('declares the print titles as a defined name in workbook.xml', async () => {
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).toMatch(/_xlnm\.Print_Titles/);
    expect(xml).toMatch(/state="veryHidden"/);
  });

  it('replaces its own sheets in place on a rerun: same tabs, same values, no duplicates', async () => {
    const second = await run(first.book, new Date('2026-11-22T03:00:00Z'));
    expect(second.plan.actions.every((a) => a.kind === 'replace')).toBe(true);
    expect(second.book.worksheets.map((w) => w.name)).toEqual(first.book.worksheets.map((w) => w.name));
    const a = await readSnapshotFromBuffer(first.bytes);
    const b = await readSnapshotFromBuffer(second.bytes);
    for (const s of a.sheets.filter((x) => x.name !== '_thidua' && x.name !== 'Nhật ký kiểm tra' && !x.name.startsWith('XH') && x.name !== 'Tổng hợp xếp hạng'))
      expect(b.sheets.find((x) => x.name === s.name)!.values).toEqual(s.values);
  });

  it('keeps a replaced sheet at its tab position, after a user moved a sheet behind it', async () => {
    const wb = first.book;
    const extra = wb.addWorksheet('Sau cùng');
    extra.getCell('A1').value = 'x';
    const second = await run(wb);
    expect(second.book.worksheets.map((w) => w.name)).toEqual(['Khối THCS', 'Ghi chép', 'Tổng hợp xếp hạng', 'XH Khối THCS', 'XH Khối Tiểu học', 'Nhật ký kiểm tra', 'Sau cùng', '_thidua']);
  });

  it('deletes the owned sheets the plan names, and refuses a plan that does not fit the workbook', async () => {
    const wb = await reload(first.book);
    const plan: WritePlan = { actions: [], deletions: ['XH Khối Tiểu học'], ownership: { version: 1, sheets: [] }, ownershipSheet: '_thidua', ownershipValues: [] };
    const res = applyPlanToWorkbook(wb, plan);
    expect(res.deleted).toEqual(['XH Khối Tiểu học']);
    expect(wb.getWorksheet('XH Khối Tiểu học')).toBeUndefined();
    const bad: WritePlan = { ...plan, deletions: [], actions: [{ kind: 'create', name: 'Ghi chép', plan: first.plan.actions[0]!.plan }] };
    const names = wb.worksheets.map((w) => w.name);
    expect(() => applyPlanToWorkbook(wb, bad)).toThrow(PlanApplyError);
    expect(wb.worksheets.map((w) => w.name)).toEqual(names);
  });

  it('adds template sheets, skipping names that exist', () => {
    const wb = workbookOf([{ name: 'Ghi chép', rows: [['a']] }]);
    const p = first.plan.actions[0]!.plan;
    expect(addTemplateSheets(wb, [{ ...p, name: 'Ghi chép' }, { ...p, name: 'Mới' }])).toEqual(['Mới']);
    expect(wb.getWorksheet('Ghi chép')!.getCell('A1').value).toBe('a');
  });
});

describe('text that looks like a formula', () => {
  it('is written as a text cell for = + - @, also in a linked cell, and reads back as the same text', async () => {
    const texts = ['=SUM(A1:A2)', '+84 912 345 678', '-2', '@cmd', "=HYPERLINK(\"http://x\")"];
    const plan = { ...buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'vi' })[0]!, values: [texts], formulas: [], styles: [], merges: [], hyperlinks: [{ row: 0, col: 4, sheet: 'Khác', cell: 'A1' }] };
    const wb = workbookOf([{ name: 'Khác', rows: [['x']] }]);
    applyPlanToWorkbook(wb, { actions: [{ kind: 'create', name: 'Chữ', plan }], deletions: [], ownership: { version: 1, sheets: [] }, ownershipSheet: '_thidua', ownershipValues: [] });
    const bytes = await xlsxBytes(wb);
    expect((await readSnapshotFromBuffer(bytes)).sheets.find((x) => x.name === 'Chữ')!.values).toEqual([texts]);
    const back = await reload(wb);
    const ws = back.getWorksheet('Chữ')!;
    for (let c = 1; c <= 4; c++) expect(ws.getCell(1, c).formula).toBeUndefined();
    // The link is a HYPERLINK formula whose display text is a quoted string literal, never evaluated.
    expect(ws.getCell(1, 5).formula).toBe(`HYPERLINK("#'Khác'!A1","=HYPERLINK(""http://x"")")`);
  });
});

describe('compact plan parts', () => {
  it('writes links by the column as HYPERLINK formulas and each run of row heights on its rows', () => {
    const plan = {
      ...buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'vi' })[0]!,
      values: [['Nguồn'], ['Khác, dòng 2'], ['Khác, dòng 9']],
      formulas: [],
      styles: [],
      merges: [],
      hyperlinks: [],
      linkColumns: [{ col: 0, r0: 1, sheets: ['Khác', 'Khác'], cells: ['AB2', 'AB9'] }],
      rowHeights: [{ r0: 1, count: 2, height: 34 }],
    };
    const wb = workbookOf([{ name: 'Khác', rows: [['x']] }]);
    applyPlanToWorkbook(wb, { actions: [{ kind: 'create', name: 'Nối', plan }], deletions: [], ownership: { version: 1, sheets: [] }, ownershipSheet: '_thidua', ownershipValues: [] });
    const ws = wb.getWorksheet('Nối')!;
    expect(ws.getCell(2, 1).formula).toBe(`HYPERLINK("#'Khác'!AB2","Khác, dòng 2")`);
    expect(ws.getCell(3, 1).formula).toBe(`HYPERLINK("#'Khác'!AB9","Khác, dòng 9")`);
    expect(ws.getCell(1, 1).formula).toBeUndefined();
    expect([1, 2, 3, 4].map((r) => ws.getRow(r).height)).toEqual([undefined, 34, 34, undefined]);
  });
});

describe('hashValues across a real write and read', () => {
  it('gives the same hash for numbers, text, formula results, empty cells and trailing empties', async () => {
    const plan = {
      ...buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'vi' })[0]!,
      values: [[1, 'a', null, ''], [null], [2.5, true, null, null], [], [-0, 'x\ny', 'tổng'], [null, null]],
      formulas: [{ row: 4, col: 3, formula: 'A3*2', result: 5 }, { row: 6, col: 0, formula: 'B1&"b"', result: 'ab' }, { row: 6, col: 1, formula: 'A1-1', result: 0 }],
      styles: [],
      merges: [],
      hyperlinks: [{ row: 0, col: 1, sheet: 'Khác', cell: 'A1' }],
    };
    const wb = workbookOf([{ name: 'Khác', rows: [['x']] }]);
    applyPlanToWorkbook(wb, { actions: [{ kind: 'create', name: 'Băm', plan }], deletions: [], ownership: { version: 1, sheets: [] }, ownershipSheet: '_thidua', ownershipValues: [] });
    const snap = await readSnapshotFromBuffer(await xlsxBytes(wb));
    const read = snap.sheets.find((x) => x.name === 'Băm')!;
    expect(read.values).toEqual([[1, 'a'], [], [2.5, true], [], [0, 'x\ny', 'tổng', 5], [], ['ab', 0]]);
    expect(hashValues(read.values)).toBe(hashPlanValues(plan));
  });
});

/** The grid as a reader returns it: trailing empties trimmed, merged tails already null. */
function trimGrid(grid: (string | number | boolean | null)[][]): (string | number | boolean | null)[][] {
  const out = grid.map((r) => {
    const row = r.map((v) => (v === '' ? null : v));
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}
