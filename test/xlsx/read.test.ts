import { readSnapshotFromBuffer, toCellValue } from '../../src/xlsx/read';
import { workbookOf, xlsxBytes } from '../support/xlsxBook';

describe('readSnapshotFromBuffer', () => {
  it('reads values from A1: numbers, text, booleans, rich text, dates as serials, errors, formula results', async () => {
    const wb = workbookOf([{ name: 'Khối THCS', rows: [] }]);
    const ws = wb.getWorksheet('Khối THCS')!;
    ws.getCell('B2').value = 8.5;
    ws.getCell('C2').value = '8,5';
    ws.getCell('D2').value = true;
    ws.getCell('E2').value = { richText: [{ text: 'Trường ' }, { font: { bold: true }, text: 'THCS' }] };
    ws.getCell('F2').value = new Date(Date.UTC(2024, 8, 5));
    ws.getCell('G2').value = { error: '#N/A' };
    ws.getCell('H2').value = { formula: 'B2*2', result: 17 };
    ws.getCell('I2').value = { formula: 'C2', result: { error: '#REF!' } } as never;
    ws.getCell('A4').value = { text: 'liên kết', hyperlink: 'https://example.invalid' };
    const snap = await readSnapshotFromBuffer(await xlsxBytes(wb), 'a.xlsx');
    expect(snap.source).toBe('a.xlsx');
    const s = snap.sheets[0]!;
    expect(s.values[0]).toEqual([]);
    expect(s.values[1]).toEqual([null, 8.5, '8,5', true, 'Trường THCS', 45540, { error: '#N/A' }, 17, { error: '#REF!' }]);
    expect(s.values[2]).toEqual([]);
    expect(s.values[3]).toEqual(['liên kết']);
    expect(s.values.length).toBe(4);
  });

  it('reads merges (0-based), merged tails as empty, hidden rows, visibility and protection', async () => {
    const wb = workbookOf([
      { name: 'A', rows: [['Đơn vị', null, 'x'], ['Tự chấm', 'Khối chấm'], [1, 2], [3, 4]] },
      { name: 'B', rows: [['b']], state: 'hidden' },
      { name: '_thidua', rows: [['name']], state: 'veryHidden' },
    ]);
    const a = wb.getWorksheet('A')!;
    a.mergeCells('A1:B1');
    a.getRow(3).hidden = true;
    await wb.getWorksheet('B')!.protect('', {});
    const snap = await readSnapshotFromBuffer(await xlsxBytes(wb));
    const [sa, sb, sc] = snap.sheets;
    expect(sa!.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 1 }]);
    expect(sa!.values[0]).toEqual(['Đơn vị', null, 'x']);
    expect(sa!.hiddenRows).toEqual([2]);
    expect(sa!.protected).toBe(false);
    expect(sa!.visibility).toBe('visible');
    expect(sb!.visibility).toBe('hidden');
    expect(sb!.protected).toBe(true);
    expect(sc!.visibility).toBe('veryHidden');
  });

  it('keeps falsy cached formula results (0, FALSE) that ExcelJS drops from cell.value', async () => {
    const wb = workbookOf([{ name: 'A', rows: [] }]);
    const ws = wb.getWorksheet('A')!;
    ws.getCell('A1').value = { formula: 'ROUNDDOWN(0.15*C1,0)', result: 0 };
    ws.getCell('B1').value = { formula: '1>2', result: false };
    ws.getCell('C1').value = { formula: 'D1', result: 3 };
    const snap = await readSnapshotFromBuffer(await xlsxBytes(wb));
    expect(snap.sheets[0]!.values).toEqual([[0, false, 3]]);
  });

  it('turns dates into Excel serials exactly (1900 system)', () => {
    expect(toCellValue(new Date(Date.UTC(1899, 11, 31)))).toBe(1);
    expect(toCellValue(new Date(Date.UTC(2025, 0, 1)))).toBe(45658);
  });

  it('throws on bytes that are not a workbook (callers turn it into a message)', async () => {
    await expect(readSnapshotFromBuffer(new TextEncoder().encode('not a zip'))).rejects.toThrow();
  });
});
