import { XlsxWorkbookPort } from '../../src/xlsx/port';
import { buildSheetPlans } from '../../src/engine/plan/buildSheetPlans';
import { resolveWritePlan } from '../../src/workbook/ownership';
import type { WritePlan } from '../../src/workbook/plan';
import { sampleAnalysis, TEST_NOW } from '../support/xlsxAnalysis';
import { workbookOf, xlsxBytes } from '../support/xlsxBook';

async function portWithInput(): Promise<XlsxWorkbookPort> {
  const bytes = await xlsxBytes(workbookOf([{ name: 'Khối THCS', rows: [['TT', 'Nội dung'], ['I', 'Chỉ đạo']] }]));
  return XlsxWorkbookPort.fromBuffer(bytes, 'vi-du.xlsx');
}

describe('XlsxWorkbookPort', () => {
  it('reads a snapshot labelled with the file name', async () => {
    const port = await portWithInput();
    expect(port.label).toBe('vi-du.xlsx');
    const snap = await port.readSnapshot();
    expect(snap.source).toBe('vi-du.xlsx');
    expect(snap.sheets[0]!.values).toEqual([['TT', 'Nội dung'], ['I', 'Chỉ đạo']]);
  });

  it('applies a plan with progress, and a rerun replaces its own sheets (no duplicates)', async () => {
    const port = await portWithInput();
    const plans = buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'vi' });
    const progress: [number, number][] = [];
    const r1 = await port.applyPlan(resolveWritePlan(await port.readSnapshot(), plans, { now: TEST_NOW, paramsHash: 'p' }).plan, (d, t) => progress.push([d, t]));
    expect(r1.written).toEqual(['Tổng hợp xếp hạng', 'XH Khối THCS', 'XH Khối Tiểu học', 'Nhật ký kiểm tra']);
    expect(progress.at(-1)).toEqual([5, 5]);
    const second = resolveWritePlan(await port.readSnapshot(), plans, { now: TEST_NOW, paramsHash: 'p' });
    expect(second.plan.actions.map((a) => a.kind)).toEqual(['replace', 'replace', 'replace', 'replace']);
    await port.applyPlan(second.plan);
    const names = (await port.readSnapshot()).sheets.map((s) => s.name);
    expect(names).toEqual(['Khối THCS', 'Tổng hợp xếp hạng', 'XH Khối THCS', 'XH Khối Tiểu học', 'Nhật ký kiểm tra', '_thidua']);
  });

  it('is all or nothing: a plan that fails leaves the workbook as it was', async () => {
    const port = await portWithInput();
    const plans = buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'vi' });
    const good = resolveWritePlan(await port.readSnapshot(), plans, { now: TEST_NOW, paramsHash: 'p' }).plan;
    const bad: WritePlan = { ...good, actions: [...good.actions, { kind: 'replace', name: 'Không có', plan: good.actions[0]!.plan }] };
    const before = await port.readSnapshot();
    await expect(port.applyPlan(bad)).rejects.toThrow('Không tìm thấy trang tính «Không có»');
    expect(await port.readSnapshot()).toEqual(before);
  });

  it('adds template sheets but leaves existing names alone', async () => {
    const port = await portWithInput();
    const plan = buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'vi' })[0]!;
    expect(await port.addSheets([{ ...plan, name: 'Khối THCS' }, plan])).toEqual(['Tổng hợp xếp hạng']);
    expect((await port.readSnapshot()).sheets[0]!.values[0]).toEqual(['TT', 'Nội dung']);
  });

  it('writes a settings sheet, creating it, then replacing its values (text that looks like a formula stays text)', async () => {
    const port = await portWithInput();
    await port.writeValues('Cấu hình', [['Tham số', 'Giá trị'], ['Năm học', '2024-2025'], ['Ghi chú', '=1+1']]);
    await port.writeValues('Cấu hình', [['Tham số', 'Giá trị'], ['Năm', 2025]]);
    const again = await XlsxWorkbookPort.fromBuffer(await port.toBuffer(), 'x.xlsx');
    const s = (await again.readSnapshot()).sheets.find((x) => x.name === 'Cấu hình')!;
    expect(s.values).toEqual([['Tham số', 'Giá trị'], ['Năm', 2025]]);
    await port.writeValues('Cấu hình', [['Ghi chú', '=1+1']]);
    const third = await XlsxWorkbookPort.fromBuffer(await port.toBuffer(), 'x.xlsx');
    expect((await third.readSnapshot()).sheets.find((x) => x.name === 'Cấu hình')!.values).toEqual([['Ghi chú', '=1+1']]);
    expect(third.workbook.getWorksheet('Cấu hình')!.getCell('B1').formula).toBeUndefined();
  });

  it('remembers confirmed roles in a very-hidden sheet that survives a save', async () => {
    const port = await portWithInput();
    expect(await port.loadMemory()).toEqual({});
    await port.saveMemory({ 'role:Bảng 1': 'scoring', 'role:Sheet2': 'units' });
    const again = await XlsxWorkbookPort.fromBuffer(await port.toBuffer(), 'x.xlsx');
    expect(await again.loadMemory()).toEqual({ 'role:Bảng 1': 'scoring', 'role:Sheet2': 'units' });
    expect(again.workbook.getWorksheet('_thidua_memory')!.state).toBe('veryHidden');
  });

  it('selects a cell: activates the sheet and records the selection', async () => {
    const port = await portWithInput();
    await port.writeValues('Khác', [['a']]);
    await port.selectCell('Khác', 'c5:c9');
    expect(port.selection).toEqual({ sheet: 'Khác', cell: 'C5:C9' });
    expect(port.workbook.views[0]!.activeTab).toBe(1);
    await port.selectCell('Không có', 'A1');
    expect(port.selection).toEqual({ sheet: 'Khác', cell: 'C5:C9' });
  });

  it('starts from a blank workbook', async () => {
    const port = XlsxWorkbookPort.blank();
    expect((await port.readSnapshot()).sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});
