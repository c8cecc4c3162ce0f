/** The snapshot reader: what it reads equals the workbook, in the number of syncs promised. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/snapshot';
import { SHEET_CHAIN } from '../../src/excel/readSnapshot';
import { ExcelSimulator, PAYLOAD_LIMIT_BYTES } from '../support/excelSimulator';
import { portFor } from './helpers';

/** A bloc sheet whose table starts at C5 under a merged title, with an error value and a date serial. */
const bloc: SheetSnapshot = {
  name: 'Khối THCS',
  visibility: 'visible',
  values: [
    [],
    [null, null, 'BẢNG ĐIỂM KHỐI THCS'],
    [],
    [],
    [null, null, 'STT', 'Đơn vị', 'Điểm', 'Ngày'],
    [null, null, 1, 'THCS Nguyễn Du', 95.5, 45293],
    [null, null, 2, 'THCS Lê Lợi', { error: '#N/A' }],
    [null, null, 3, '=SUM(1)', true, '8,5'],
  ],
  merges: [{ r0: 1, c0: 2, r1: 1, c1: 5 }],
  hiddenRows: [],
  protected: false,
};

const small: WorkbookSnapshot = {
  sheets: [
    bloc,
    { name: 'Trống', visibility: 'hidden', values: [], merges: [], hiddenRows: [], protected: false },
    { name: '_thidua', visibility: 'veryHidden', values: [['name', 'key']], merges: [], hiddenRows: [], protected: true },
  ],
  structureProtected: false,
};

describe('readSnapshot on a small workbook', () => {
  test('two syncs, and the snapshot equals the workbook (padded from A1, errors, merges, flags)', async () => {
    const sim = ExcelSimulator.fromSnapshot(small);
    const read = await portFor(sim).readSnapshot();
    expect(sim.syncCount).toBe(2);
    expect(read).toEqual(small);
  });

  test('more sheets than one chain addresses: one more sync per SHEET_CHAIN sheets', async () => {
    const many: WorkbookSnapshot = {
      sheets: Array.from({ length: SHEET_CHAIN + 5 }, (_, i): SheetSnapshot => ({ name: `Tờ ${i + 1}`, visibility: 'visible', values: i % 7 === 0 ? [] : [['STT', i]], merges: [], hiddenRows: [], protected: false })),
      structureProtected: false,
    };
    const sim = ExcelSimulator.fromSnapshot(many);
    const read = await portFor(sim).readSnapshot();
    expect(sim.syncCount).toBe(3);
    expect(read).toEqual(many);
  });

  test('structure protection is reported', async () => {
    const sim = ExcelSimulator.fromSnapshot({ ...small, structureProtected: true });
    expect((await portFor(sim).readSnapshot()).structureProtected).toBe(true);
  });

  test('hidden rows cost one more sync, and only when a sheet has some', async () => {
    const withHidden: WorkbookSnapshot = { sheets: [{ ...bloc, hiddenRows: [5, 7] }, small.sheets[1]!, small.sheets[2]!], structureProtected: false };
    const sim = ExcelSimulator.fromSnapshot(withHidden);
    const read = await portFor(sim).readSnapshot();
    expect(read).toEqual(withHidden);
    expect(sim.syncCount).toBe(3);
  });

  test('a sheet whose used rows are all hidden needs no extra sync', async () => {
    const allHidden: WorkbookSnapshot = { sheets: [{ name: 'A', visibility: 'visible', values: [[], [1], [2]], merges: [], hiddenRows: [1, 2], protected: false }], structureProtected: false };
    const sim = ExcelSimulator.fromSnapshot(allHidden);
    expect(await portFor(sim).readSnapshot()).toEqual(allHidden);
    expect(sim.syncCount).toBe(2);
  });

  test('below ExcelApi 1.13 merges are not read and the snapshot says so', async () => {
    const sim = ExcelSimulator.fromSnapshot(small, { apiVersion: '1.12' });
    const read = await portFor(sim).readSnapshot();
    expect(read.sheets[0]!.merges).toEqual([]);
    expect(read.sheets[0]!.values).toEqual(bloc.values);
    expect(read.degraded).toEqual([expect.stringContaining('ô gộp')]);
    expect(sim.syncCount).toBe(2);
  });

  test('below ExcelApi 1.9 hidden rows are unknown, and said so in the port’s language', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [{ ...bloc, hiddenRows: [6] }] }, { apiVersion: '1.8' });
    const read = await portFor(sim, 'en').readSnapshot();
    expect(read.sheets[0]!.hiddenRows).toBeUndefined();
    expect(read.degraded).toEqual([expect.stringContaining('merged cells'), expect.stringContaining('"Khối THCS" has hidden rows')]);
    expect(sim.syncCount).toBe(2);
  });
});

function column(rows: number, cols: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [`Đơn vị ${r}`];
    for (let c = 1; c < cols; c++) row.push((r * 3 + c) % 1000);
    out.push(row);
  }
  return out;
}

describe('readSnapshot on large workbooks', () => {
  test('100,000 rows within the limits: still two syncs', async () => {
    const values = column(100_000, 3);
    const book: WorkbookSnapshot = { sheets: [{ name: 'Lớn', visibility: 'visible', values, merges: [], hiddenRows: [], protected: false }, bloc], structureProtected: false };
    const sim = ExcelSimulator.fromSnapshot(book);
    const read = await portFor(sim).readSnapshot();
    expect(sim.syncCount).toBe(2);
    expect(sim.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(read).toEqual(book);
  });

  test('1,000,000 rows over the limit: a size sync, then one sync per ~5 MB, none refused', async () => {
    const rows = 1_000_000;
    const values: CellValue[][] = Array.from({ length: rows }, (_, r) => [r + 0.5]);
    const sim = ExcelSimulator.fromSnapshot({ sheets: [{ name: 'Rất lớn', visibility: 'visible', values, merges: [], protected: false }] });
    const read = await portFor(sim).readSnapshot();
    const moved = sim.syncs.reduce((n, s) => n + s.responseBytes, 0);
    const chunks = Math.ceil(moved / PAYLOAD_LIMIT_BYTES);
    expect(chunks).toBeGreaterThan(1);
    expect(sim.syncs.filter((x) => x.failed)).toEqual([]);
    expect(sim.syncCount).toBeLessThanOrEqual(2 + chunks - 1);
    for (const s of sim.syncs.filter((x) => !x.failed)) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    const big = read.sheets[0]!.values;
    expect(big).toHaveLength(rows);
    expect([big[0], big[124_999], big[125_000], big[rows - 1]]).toEqual([[0.5], [124_999.5], [125_000.5], [rows - 0.5]]);
  });
});
