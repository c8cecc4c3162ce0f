/** The rest of the port: template sheets, the settings form, navigation and the workbook's memory. */
import { BatchFailedError, SheetHiddenError, SheetNameTakenError, SheetNotFoundError, SheetProtectedError, WorkbookProtectedError, createOfficePort } from '../../src/excel';
import { MEMORY_SHEET, readMemory } from '../../src/workbook/memory';
import { ExcelSimulator, installOfficeGlobals } from '../support/excelSimulator';
import { portFor, sheetPlan } from './helpers';

function book(): ExcelSimulator {
  return ExcelSimulator.fromSnapshot({
    sheets: [
      { name: 'Khối THCS', visibility: 'visible', values: [['STT', 'Đơn vị'], [1, 'THCS A']], merges: [] },
      { name: 'Ẩn', visibility: 'hidden', values: [['x']], merges: [] },
    ],
  });
}

async function failure<E>(p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (e) {
    return e as E;
  }
  throw new Error('expected a failure');
}

describe('addSheets (the example template)', () => {
  test('adds the sheets with their content and print setup in two syncs and activates the first', async () => {
    const sim = new ExcelSimulator();
    sim.addSheet('Sheet1');
    const names = await portFor(sim).addSheets([
      sheetPlan('Tiêu chí', { values: [['TT', 'Nội dung', 'Điểm chuẩn'], ['I', 'Tổ chức', 20], ['1', '-', 10]] }),
      sheetPlan('Khối THCS', { values: [['STT', 'Đơn vị']] }),
    ]);
    expect(names).toEqual(['Tiêu chí', 'Khối THCS']);
    expect(sim.syncCount).toBe(2);
    expect(sim.sheetNames()).toEqual(['Sheet1', 'Tiêu chí', 'Khối THCS']);
    expect(sim.sheet('Tiêu chí').values()).toEqual([['TT', 'Nội dung', 'Điểm chuẩn'], ['I', 'Tổ chức', 20], ['1', '-', 10]]);
    expect(sim.activeSheet).toBe('Tiêu chí');
    expect(sim.sheet('Tiêu chí').page.paperSize).toBe('A4');
  });

  test('a print setup the host refuses is a note; the sheets stay', async () => {
    const sim = new ExcelSimulator();
    sim.addSheet('Sheet1');
    sim.failOn((op) => op.name === 'zoom', { code: 'InvalidOperation', message: 'Not supported on this platform.' });
    const port = portFor(sim);
    const names = await port.addSheets([sheetPlan('Tiêu chí', { values: [['TT', 'Nội dung']] }), sheetPlan('Khối THCS')]);
    expect(names).toEqual(['Tiêu chí', 'Khối THCS']);
    expect(port.lastDegraded).toEqual([expect.stringContaining('Not supported on this platform')]);
    expect(sim.syncCount).toBe(2);
    expect(sim.sheetNames()).toEqual(['Sheet1', 'Tiêu chí', 'Khối THCS']);
    expect(sim.sheet('Tiêu chí').values()).toEqual([['TT', 'Nội dung']]);
    expect(sim.activeSheet).toBe('Tiêu chí');
  });

  test('refuses names that exist, before writing anything', async () => {
    const sim = book();
    const e = await failure<SheetNameTakenError>(portFor(sim).addSheets([sheetPlan('Tiêu chí'), sheetPlan('KHỐI THCS')]));
    expect(e).toBeInstanceOf(SheetNameTakenError);
    expect(e.names).toEqual(['Khối THCS']);
    expect(sim.sheetNames()).toEqual(['Khối THCS', 'Ẩn']);
    expect(sim.syncCount).toBe(1);
  });

  test('a protected workbook is refused; a failed write removes what it added', async () => {
    const sim = book();
    sim.protectWorkbook();
    expect(await failure(portFor(sim).addSheets([sheetPlan('Tiêu chí')]))).toBeInstanceOf(WorkbookProtectedError);
    sim.protectWorkbook(false);
    sim.failOn((op) => op.sheet === 'Mẫu 2' && op.name === 'values');
    const e = await failure<BatchFailedError>(portFor(sim).addSheets([sheetPlan('Mẫu 1'), sheetPlan('Mẫu 2')]));
    expect(e).toBeInstanceOf(BatchFailedError);
    expect(e.removed).toEqual(['Mẫu 1', 'Mẫu 2']);
    expect(sim.sheetNames()).toEqual(['Khối THCS', 'Ẩn']);
  });
});

describe('writeValues (the Cấu hình form)', () => {
  test('creates the sheet when missing, in two syncs', async () => {
    const sim = book();
    await portFor(sim).writeValues('Cấu hình', [['Tham số', 'Giá trị'], ['Tỷ lệ CSTĐCS', '15%'], ['Năm học', '2024-2025']]);
    expect(sim.syncCount).toBe(2);
    expect(sim.sheet('Cấu hình').values()).toEqual([['Tham số', 'Giá trị'], ['Tỷ lệ CSTĐCS', '15%'], ['Năm học', '2024-2025']]);
  });

  test('overwrites an existing sheet and empties what lies outside the new values', async () => {
    const sim = book();
    sim.addSheet('Cấu hình', [['Tham số', 'Giá trị', 'Ghi chú cũ'], ['A', 1, 'x'], ['B', 2], ['C', 3]]);
    await portFor(sim).writeValues('Cấu hình', [['Tham số', 'Giá trị'], ['A', 5]]);
    expect(sim.sheet('Cấu hình').values()).toEqual([['Tham số', 'Giá trị'], ['A', 5]]);
  });

  test('a protected sheet is refused with a clear message, untouched', async () => {
    const sim = book();
    sim.addSheet('Cấu hình', [['cũ']]);
    sim.protectSheet('Cấu hình');
    const e = await failure<SheetProtectedError>(portFor(sim).writeValues('Cấu hình', [['mới']]));
    expect(e).toBeInstanceOf(SheetProtectedError);
    expect(e.message).toContain('«Cấu hình» đang được bảo vệ');
    expect(sim.sheet('Cấu hình').values()).toEqual([['cũ']]);
  });
});

describe('selectCell', () => {
  test('activates the sheet and selects the cell in one sync', async () => {
    const sim = book();
    sim.addSheet('Khác');
    await portFor(sim).selectCell('Khối THCS', 'B2');
    expect(sim.syncCount).toBe(1);
    expect(sim.activeSheet).toBe('Khối THCS');
    expect(sim.selection).toEqual({ sheet: 'Khối THCS', address: 'B2' });
  });

  test('a missing or hidden sheet gets a message that says so', async () => {
    const sim = book();
    const gone = await failure<SheetNotFoundError>(portFor(sim).selectCell('Đã xoá', 'A1'));
    expect(gone).toBeInstanceOf(SheetNotFoundError);
    expect(gone.message).toBe('Không tìm thấy trang tính «Đã xoá»; có thể nó đã bị đổi tên hoặc xoá. Hãy chạy Kiểm tra lại.');
    const hidden = await failure<SheetHiddenError>(portFor(sim).selectCell('Ẩn', 'C3'));
    expect(hidden).toBeInstanceOf(SheetHiddenError);
    expect(hidden.text('en')).toContain('Sheet "Ẩn" is hidden, so cell C3 cannot be selected');
  });
});

describe('memory', () => {
  test('an empty workbook has an empty memory (one sync)', async () => {
    const sim = book();
    expect(await portFor(sim).loadMemory()).toEqual({});
    expect(sim.syncCount).toBe(1);
  });

  test('saved memory comes back, lives in a very hidden sheet, and the snapshot reader agrees', async () => {
    const sim = book();
    const memory = { 'role:Khối THCS': 'bloc', 'role:Bảng 2': 'nominations', 'col:Khối THCS:C': '=SUM' };
    await portFor(sim).saveMemory(memory);
    expect(sim.sheet(MEMORY_SHEET).visibility).toBe('VeryHidden');
    expect(await portFor(sim).loadMemory()).toEqual(memory);
    expect(readMemory(await portFor(sim).readSnapshot())).toEqual(memory);
    await portFor(sim).saveMemory({ 'role:Khối THCS': 'criteria' });
    expect(await portFor(sim).loadMemory()).toEqual({ 'role:Khối THCS': 'criteria' });
  });
});

test('with office.js present the port asks Office for requirement sets by itself', async () => {
  const sim = book();
  sim.setApiVersion('1.8');
  const restore = installOfficeGlobals(sim);
  try {
    const port = createOfficePort(sim.run);
    expect(port.label).toBe('Excel');
    const result = await port.applyPlan({ actions: [{ kind: 'create', name: 'Tổng hợp', plan: sheetPlan('Tổng hợp') }], deletions: [], ownership: { version: 1, sheets: [] }, ownershipSheet: '_thidua', ownershipValues: [] });
    expect(result.degraded).toEqual([expect.stringContaining('ExcelApi 1.9')]);
  } finally {
    restore();
  }
});
