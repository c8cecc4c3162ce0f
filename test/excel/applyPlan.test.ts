/** The plan writer: what it writes, and in how many syncs. */
import { columnWidthPoints } from '../../src/excel/sheetWriter';
import type { SheetPlan, WritePlan } from '../../src/workbook/plan';
import { ownershipToValues } from '../../src/workbook/ownership';
import { hashPlanValues, hashValues } from '../../src/workbook/hash';
import { BatchFailedError } from '../../src/excel';
import { ExcelSimulator } from '../support/excelSimulator';
import { portFor, sheetPlan } from './helpers';

const input = { name: 'Khối THCS', visibility: 'visible' as const, values: [['STT', 'Đơn vị', 'Điểm'], [1, 'THCS A', 95]], merges: [] };

/** A summary sheet with every kind of content a plan can carry. */
function summary(name = 'Tổng hợp xếp hạng'): SheetPlan {
  return sheetPlan(name, {
    key: 'summary',
    values: [
      ['TỔNG HỢP XẾP HẠNG', null, null, null],
      ['STT', 'Đơn vị', 'Tự chấm', 'Cộng', 'Tổng'],
      [1, 'THCS A', 90.5, 2.25, 92.75],
      [2, '=SUM(1)', 80, -5, 75],
      [3, '1.5', 70, 0, 70],
    ],
    formulas: [
      { row: 2, col: 4, formula: 'SUM(C3:D3)', result: 92.75 },
      { row: 3, col: 4, formula: 'C4+D4', result: 75 },
    ],
    styles: [
      { range: { r0: 1, c0: 0, r1: 1, c1: 4 }, style: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fill: '#d9e1f2' } },
      { range: { r0: 1, c0: 0, r1: 4, c1: 4 }, style: { border: true } },
      { range: { r0: 2, c0: 2, r1: 4, c1: 4 }, style: { numberFormat: '0.00', hAlign: 'right' } },
      { range: { r0: 0, c0: 0, r1: 0, c1: 0 }, style: { fontSize: 14, italic: true, underline: true, color: '#c00000' } },
    ],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 4 }],
    columnWidths: [6, 30, 10, 10, 10],
    rowHeights: { 0: 34, 1: 30 },
    freeze: { rows: 2, cols: 0 },
    hyperlinks: [{ row: 2, col: 1, sheet: 'Khối THCS', cell: 'B2' }],
    orientation: 'landscape',
    repeatRows: { r0: 1, r1: 1 },
  });
}

function createPlan(plans: SheetPlan[]): WritePlan {
  const records = plans.map((p) => ({ name: p.name, key: p.key, writtenAt: '2025-05-20T03:00:00.000Z', paramsHash: 'p', valuesHash: hashPlanValues(p) }));
  return { actions: plans.map((p) => ({ kind: 'create', name: p.name, plan: p })), deletions: [], ownership: { version: 1, sheets: records }, ownershipSheet: '_thidua', ownershipValues: ownershipToValues(records) };
}

describe('applyPlan on a small plan', () => {
  const bloc = sheetPlan('XH Khối THCS', { key: 'bloc:Khối THCS', values: [['XH'], [1, 'THCS A']] });

  test('two syncs: check, then write with the print setup; calculation suspended while writing', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] });
    const progress: [number, number][] = [];
    const result = await portFor(sim).applyPlan(createPlan([summary(), bloc]), (d, t) => progress.push([d, t]));
    expect(sim.syncCount).toBe(2);
    expect(sim.syncs[1]!.calcSuspended).toBe(true);
    expect(result).toEqual({ written: ['Tổng hợp xếp hạng', 'XH Khối THCS'], deleted: [], degraded: [] });
    expect(progress).toEqual([[0, 2], [1, 2], [2, 2]]);
    expect(sim.sheetNames()).toEqual(['Khối THCS', 'Tổng hợp xếp hạng', 'XH Khối THCS', '_thidua']);
    expect(sim.activeSheet).toBe('Tổng hợp xếp hạng');
  });

  test('cells read back as planned: guarded text, numbers, formulas with their results', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] });
    const plan = summary();
    await portFor(sim).applyPlan(createPlan([plan]));
    const s = sim.sheet('Tổng hợp xếp hạng');
    expect(s.cell('B4')).toMatchObject({ value: '=SUM(1)', formula: null });
    expect(s.cell('B5').value).toBe('1.5');
    expect(s.cell('E3')).toMatchObject({ formula: '=SUM(C3:D3)', value: 92.75 });
    expect(s.cell('E4')).toMatchObject({ formula: '=C4+D4', value: 75 });
    // The ownership step compares hashes of what is read back with the plan's: they must agree.
    const read = await portFor(sim).readSnapshot();
    expect(hashValues(read.sheets.find((x) => x.name === plan.name)!.values)).toBe(hashPlanValues(plan));
  });

  test('styles, merges, sizes, panes, links and the sheet font', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] });
    await portFor(sim).applyPlan(createPlan([summary()]));
    const s = sim.sheet('Tổng hợp xếp hạng');
    expect(s.cell('B2').format).toMatchObject({ 'font.bold': true, horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true, 'fill.color': '#D9E1F2', 'font.name': 'Times New Roman', 'font.size': 13 });
    expect(s.cell('A1').format).toMatchObject({ 'font.size': 14, 'font.italic': true, 'font.underline': 'Single', 'font.color': '#C00000' });
    expect(s.cell('C4').format).toMatchObject({ 'border.top.style': 'Continuous', 'border.left.weight': 'Thin', 'border.bottom.style': 'Continuous', horizontalAlignment: 'Right' });
    expect(s.cell('C4').numberFormat).toBe('0.00');
    expect(s.cell('G9').format).toMatchObject({ 'font.name': 'Times New Roman', 'font.size': 13 });
    expect(s.cell('G9').format['border.top.style']).toBeUndefined();
    expect(s.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 4 }]);
    expect([s.columnWidth(0), s.columnWidth(1)]).toEqual([columnWidthPoints(6), columnWidthPoints(30)]);
    expect(columnWidthPoints(30)).toBe(157.5);
    expect([s.rowHeight(0), s.rowHeight(1), s.rowHeight(2)]).toEqual([34, 30, 15]);
    expect(s.freeze).toEqual({ rows: 2, cols: 0 });
    // An internal link on a text cell is a HYPERLINK formula (one operation less per link); the cell reads its text.
    expect(s.cell('B3').link).toBe("'Khối THCS'!B2");
    expect(s.cell('B3').formula).toMatch(/^=HYPERLINK\("#'Khối THCS'!B2",/);
  });

  test('links by the column and runs of row heights are written as the one-by-one forms would be', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] });
    const plan = sheetPlan('Kiểm tra', {
      values: [['Nguồn'], ['Khối THCS, dòng 2'], [7], ['Khối THCS, dòng 4']],
      rowHeights: { 1: 34, 2: 34, 3: 51 },
      linkColumns: [{ col: 0, r0: 1, sheets: ['Khối THCS', 'Khối THCS', 'Khối THCS'], cells: ['B2', 'B3', 'B4'] }],
    });
    await portFor(sim).applyPlan(createPlan([plan]));
    const s = sim.sheet('Kiểm tra');
    expect(s.cell('A2').formula).toBe(`=HYPERLINK("#'Khối THCS'!B2","Khối THCS, dòng 2")`);
    expect(s.cell('A4').link).toBe("'Khối THCS'!B4");
    // A number cannot carry a HYPERLINK formula's text: its link is set on the range.
    expect(s.cell('A3')).toMatchObject({ value: 7, link: "'Khối THCS'!B3" });
    expect([0, 1, 2, 3, 4].map((r) => s.rowHeight(r))).toEqual([15, 34, 34, 51, 15]);
  });

  test('print setup: A4, orientation, one page wide, repeated header, footer, margins', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] });
    await portFor(sim).applyPlan(createPlan([summary()]));
    expect(sim.sheet('Tổng hợp xếp hạng').page).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$2:$2',
      centerFooter: 'Trang &P/&N',
      leftFooter: '',
      leftMargin: 0.7 * 72,
      bottomMargin: 0.7 * 72,
    });
  });

  test('the ownership sheet holds the record and is very hidden', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] });
    const plan = createPlan([summary()]);
    await portFor(sim).applyPlan(plan);
    const own = sim.sheet('_thidua');
    expect(own.visibility).toBe('VeryHidden');
    expect(own.values()).toEqual(plan.ownershipValues);
  });

  test('below ExcelApi 1.9 the print setup is skipped, said in Vietnamese, and costs no sync', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] }, { apiVersion: '1.8' });
    const result = await portFor(sim).applyPlan(createPlan([summary()]));
    expect(sim.syncCount).toBe(2);
    expect(result.degraded).toEqual([expect.stringContaining('ExcelApi 1.9')]);
    expect(result.degraded[0]).toMatch(/trang in/);
    expect(sim.sheet('Tổng hợp xếp hạng').page.paperSize).toBe('Letter');
    expect(sim.sheet('Tổng hợp xếp hạng').cell('E3').value).toBe(92.75);
  });

  test('print setup refused by the host: a note, and the content, names, record and active sheet stay', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] });
    sim.failOn((op) => op.name === 'setPrintTitleRows', { code: 'InvalidOperation', message: 'Not supported on this platform.' });
    const plan = createPlan([summary(), bloc]);
    const result = await portFor(sim).applyPlan(plan);
    expect(result.written).toEqual(['Tổng hợp xếp hạng', 'XH Khối THCS']);
    expect(result.degraded).toEqual([expect.stringContaining('Not supported on this platform')]);
    // The refusal came in the last sync, after the swap: nothing is retried or cleaned up.
    expect(sim.syncCount).toBe(2);
    expect(sim.syncs[1]!.failed).toBe('InvalidOperation');
    expect(sim.sheetNames()).toEqual(['Khối THCS', 'Tổng hợp xếp hạng', 'XH Khối THCS', '_thidua']);
    expect(sim.sheet('Tổng hợp xếp hạng').cell('B3').value).toBe('THCS A');
    expect(sim.sheet('_thidua').values()).toEqual(plan.ownershipValues);
    expect(sim.sheet('_thidua').visibility).toBe('VeryHidden');
    expect(sim.activeSheet).toBe('Tổng hợp xếp hạng');
    // What ran before the refused operation stays.
    expect(sim.sheet('Tổng hợp xếp hạng').page.paperSize).toBe('A4');
  });

  test('a failure in the swap of the last sync is no print note: the write fails and its sheets go', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] });
    // Renaming a built sheet to its final name is part of the swap, before the print marker.
    sim.failOn((op) => op.kind === 'set' && op.name === 'name' && !op.path.endsWith('.font'), { code: 'GeneralException', message: 'Rename refused.' });
    const e = await portFor(sim).applyPlan(createPlan([summary(), bloc])).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BatchFailedError);
    expect((e as BatchFailedError).removed).toEqual(['~thidua 1', '~thidua 2']);
    expect(sim.sheetNames()).toEqual(['Khối THCS']);
  });

  test('a formula naming another output sheet is written once that sheet has its name', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] });
    const first = sheetPlan('Tổng hợp', { key: 's', values: [['Tổng', 7]], formulas: [{ row: 0, col: 1, formula: "'XH Khối THCS'!B1+1", result: 7 }] });
    const second = sheetPlan('XH Khối THCS', { key: 'b', values: [['x', 6]] });
    await portFor(sim).applyPlan(createPlan([first, second]));
    expect(sim.sheet('Tổng hợp').cell('B1')).toMatchObject({ formula: "='XH Khối THCS'!B1+1", value: 7 });
  });
});

test('a formula beyond the values grid gets its own cell (same sheet or another)', async () => {
  const sim = ExcelSimulator.fromSnapshot({ sheets: [input] });
  const plan = sheetPlan('Tổng hợp', { key: 's', values: [[1, 2]], formulas: [{ row: 2, col: 3, formula: 'A1+B1', result: 3 }, { row: 3, col: 4, formula: "'Khối THCS'!C2*2", result: 190 }] });
  await portFor(sim).applyPlan(createPlan([plan]));
  expect(sim.sheet('Tổng hợp').cell('D3')).toMatchObject({ formula: '=A1+B1', value: 3 });
  expect(sim.sheet('Tổng hợp').cell('E4')).toMatchObject({ formula: "='Khối THCS'!C2*2", value: 190 });
});

test('row heights over more than 100,000 rows are set in areas the host takes, with and without getRanges', async () => {
  for (const apiVersion of ['1.17', '1.8']) {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [input] }, { apiVersion });
    const rows = 150_000;
    const rowHeights: Record<number, number> = {};
    for (let r = 1; r < rows; r++) rowHeights[r] = 20;
    rowHeights[0] = 34;
    await portFor(sim).applyPlan(createPlan([sheetPlan('Danh sách', { values: [['Danh sách']], rowHeights })]));
    const s = sim.sheet('Danh sách');
    expect([s.rowHeight(0), s.rowHeight(1), s.rowHeight(50_001), s.rowHeight(rows - 1), s.rowHeight(rows)]).toEqual([34, 20, 20, 20, 15]);
  }
});
