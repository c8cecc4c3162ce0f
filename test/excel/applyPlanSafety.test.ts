/** The writer's promises: reruns replace only its own sheets, and a refusal or failure leaves no half-written output. */
import { BatchFailedError, InvalidSheetNameError, SheetNameTakenError, SheetProtectedError, WorkbookProtectedError } from '../../src/excel';
import { WRITE_SYNC_BYTES } from '../../src/excel/limits';
import type { SheetPlan, WritePlan } from '../../src/workbook/plan';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { ownershipToValues, resolveWritePlan } from '../../src/workbook/ownership';
import { ExcelSimulator, PAYLOAD_LIMIT_BYTES } from '../support/excelSimulator';
import { bigGrid, portFor, sheetPlan } from './helpers';

const NOW = new Date('2025-05-20T03:00:00Z');

const inputs: WorkbookSnapshot = {
  sheets: [
    { name: 'Khối THCS', visibility: 'visible', values: [['STT', 'Đơn vị'], [1, 'THCS A']], merges: [] },
    { name: 'Cấu hình', visibility: 'visible', values: [['Tham số', 'Giá trị']], merges: [] },
  ],
};

function outputs(version: string, withBloc = true): SheetPlan[] {
  // Only the top-left cell of a merged area holds a value (Excel keeps nothing else).
  const plans = [sheetPlan('Tổng hợp xếp hạng', { key: 'summary', values: [['TỔNG HỢP', null], [1, 'THCS A', version]], merges: [{ r0: 0, c0: 0, r1: 0, c1: 1 }] })];
  if (withBloc) plans.push(sheetPlan('XH Khối THCS', { key: 'bloc:Khối THCS', values: [['XH', version]] }));
  return plans;
}

/** Reads the workbook, resolves ownership with the real `resolveWritePlan`, and writes. */
async function run(sim: ExcelSimulator, plans: SheetPlan[]) {
  const port = portFor(sim);
  const { plan, findings } = resolveWritePlan(await port.readSnapshot(), plans, { now: NOW, paramsHash: 'p' });
  sim.resetCounters();
  const result = await port.applyPlan(plan);
  return { plan, findings, result };
}

async function failure<E>(p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (e) {
    return e as E;
  }
  throw new Error('expected a failure');
}

describe('reruns', () => {
  test('a rerun replaces its own sheets in place: same names, same tabs, new content', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    await run(sim, outputs('v1'));
    sim.addSheet('Ghi chú của tôi', [['không đụng tới']]);
    await sim.run(async (ctx) => {
      // The user moved an output sheet to the front: the rerun keeps it there.
      ctx.workbook.worksheets.getItem('XH Khối THCS').position = 0;
      await ctx.sync();
    });
    const before = sim.sheetNames();
    expect(before).toEqual(['XH Khối THCS', 'Khối THCS', 'Cấu hình', 'Tổng hợp xếp hạng', '_thidua', 'Ghi chú của tôi']);
    const second = await run(sim, outputs('v2'));
    expect(second.plan.actions.map((a) => a.kind)).toEqual(['replace', 'replace']);
    expect(second.findings).toEqual([]);
    expect(sim.sheetNames()).toEqual(before);
    expect(sim.sheet('Tổng hợp xếp hạng').values()).toEqual([['TỔNG HỢP', null, null], [1, 'THCS A', 'v2']]);
    expect(sim.sheet('XH Khối THCS').values()).toEqual([['XH', 'v2']]);
    expect(sim.sheet('Ghi chú của tôi').values()).toEqual([['không đụng tới']]);
    expect(sim.sheet('Khối THCS').values()).toEqual(inputs.sheets[0]!.values);
    expect(sim.syncCount).toBe(2);
  });

  test('an owned sheet the run no longer produces is deleted', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    await run(sim, outputs('v1'));
    const third = await run(sim, outputs('v2', false));
    expect(third.result.deleted).toEqual(['XH Khối THCS']);
    expect(sim.hasSheet('XH Khối THCS')).toBe(false);
    expect(sim.sheet('_thidua').values().map((r) => r[0])).toEqual(['name', 'Tổng hợp xếp hạng']);
  });

  test('a new output may take the name of an owned sheet the same run deletes', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    await run(sim, outputs('v1'));
    const fresh = sheetPlan('XH Khối THCS', { key: 'bloc:other', values: [['mới']] });
    const plan: WritePlan = { actions: [{ kind: 'create', name: fresh.name, plan: fresh }], deletions: ['XH Khối THCS'], ownership: { version: 1, sheets: [] }, ownershipSheet: '_thidua', ownershipValues: ownershipToValues([]) };
    const result = await portFor(sim).applyPlan(plan);
    expect(result).toMatchObject({ written: ['XH Khối THCS'], deleted: ['XH Khối THCS'] });
    expect(sim.sheet('XH Khối THCS').values()).toEqual([['mới']]);
  });

  test('an owned sheet the user edited is neither replaced nor deleted', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    await run(sim, outputs('v1'));
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('XH Khối THCS').getRange('A2').values = [['ghi chú tay']];
      await ctx.sync();
    });
    const second = await run(sim, outputs('v2', false));
    expect(second.result.deleted).toEqual([]);
    expect(second.findings.map((f) => f.code)).toEqual(['OUTPUT_OWNED_KEPT']);
    expect(sim.sheet('XH Khối THCS').values()).toEqual([['XH', 'v1'], ['ghi chú tay', null]]);
  });

  test('a user sheet with an output’s name is never overwritten (the plan writes beside it)', async () => {
    const sim = ExcelSimulator.fromSnapshot({ sheets: [...inputs.sheets, { name: 'Tổng hợp xếp hạng', visibility: 'visible', values: [['của người dùng']], merges: [] }] });
    const first = await run(sim, outputs('v1'));
    expect(first.result.written).toEqual(['Tổng hợp xếp hạng (2)', 'XH Khối THCS']);
    expect(sim.sheet('Tổng hợp xếp hạng').values()).toEqual([['của người dùng']]);
  });
});

describe('refusals before writing', () => {
  test('a sheet the plan creates that exists by now → SheetNameTakenError, nothing written', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    const { plan } = resolveWritePlan(await portFor(sim).readSnapshot(), outputs('v1'), { now: NOW, paramsHash: 'p' });
    sim.addSheet('xh khối thcs', [['người dùng vừa tạo']]);
    sim.resetCounters();
    const e = await failure<SheetNameTakenError>(portFor(sim).applyPlan(plan));
    expect(e).toBeInstanceOf(SheetNameTakenError);
    expect(e.message).toBe('Sổ tính đã có trang tính tên «xh khối thcs». Hãy đổi tên hoặc xoá trang đó rồi thử lại; chưa có gì được ghi.');
    expect(e.en).toContain('already has a sheet named "xh khối thcs"');
    expect(sim.syncCount).toBe(1);
    expect(sim.sheetNames()).toEqual(['Khối THCS', 'Cấu hình', 'xh khối thcs']);
  });

  test('a protected workbook → WorkbookProtectedError, nothing written', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    const { plan } = resolveWritePlan(await portFor(sim).readSnapshot(), outputs('v1'), { now: NOW, paramsHash: 'p' });
    sim.protectWorkbook();
    sim.resetCounters();
    const e = await failure<WorkbookProtectedError>(portFor(sim).applyPlan(plan));
    expect(e).toBeInstanceOf(WorkbookProtectedError);
    expect(e.message).toMatch(/^Sổ tính đang được bảo vệ cấu trúc/);
    expect(sim.syncCount).toBe(1);
    expect(sim.sheetNames()).toEqual(['Khối THCS', 'Cấu hình']);
  });

  test('an owned sheet protected since the plan was made → SheetProtectedError, nothing written', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    await run(sim, outputs('v1'));
    const { plan } = resolveWritePlan(await portFor(sim).readSnapshot(), outputs('v2'), { now: NOW, paramsHash: 'p' });
    sim.protectSheet('XH Khối THCS');
    const names = sim.sheetNames();
    const e = await failure<SheetProtectedError>(portFor(sim).applyPlan(plan));
    expect(e).toBeInstanceOf(SheetProtectedError);
    expect(e.sheets).toEqual(['XH Khối THCS']);
    expect(e.message).toContain('«XH Khối THCS» đang được bảo vệ');
    expect(sim.sheetNames()).toEqual(names);
    expect(sim.sheet('XH Khối THCS').values()).toEqual([['XH', 'v1']]);
  });

  test('names Excel would refuse → InvalidSheetNameError without a sync', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    const bad = sheetPlan('Tổng hợp: 2025/2026');
    const plan: WritePlan = { actions: [{ kind: 'create', name: bad.name, plan: bad }], deletions: [], ownership: { version: 1, sheets: [] }, ownershipSheet: '_thidua', ownershipValues: [] };
    const e = await failure<InvalidSheetNameError>(portFor(sim).applyPlan(plan));
    expect(e).toBeInstanceOf(InvalidSheetNameError);
    expect(sim.syncCount).toBe(0);
  });
});

describe('a batch that fails while writing', () => {
  test('the sheets built so far are deleted; the previous output and its record stay as they were', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    await run(sim, outputs('v1'));
    const names = sim.sheetNames();
    const record = sim.sheet('_thidua').values();
    const { plan } = resolveWritePlan(await portFor(sim).readSnapshot(), outputs('v2'), { now: new Date('2026-01-01T00:00:00Z'), paramsHash: 'q' });
    sim.failOn((op) => op.name === 'merge' && (op.sheet ?? '').startsWith('~thidua'));
    const e = await failure<BatchFailedError>(portFor(sim).applyPlan(plan));
    expect(e).toBeInstanceOf(BatchFailedError);
    expect(e.removed).toEqual(['~thidua 1']);
    expect(e.leftOver).toEqual([]);
    expect(e.message).toMatch(/^Excel báo lỗi khi ghi \(GeneralException: .*\)\. Các trang đang ghi dở đã được xoá/);
    expect(sim.sheetNames()).toEqual(names);
    expect(sim.sheet('Tổng hợp xếp hạng').values()).toEqual([['TỔNG HỢP', null, null], [1, 'THCS A', 'v1']]);
    expect(sim.sheet('_thidua').values()).toEqual(record);
  });

  test('when even the clean-up fails, the error names the sheets to delete by hand', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    sim.failOn((op) => op.name === 'merge');
    sim.failOn((op) => op.name === 'delete', { times: 5 });
    const e = await failure<BatchFailedError>(run(sim, outputs('v1')));
    expect(e.leftOver).toEqual(['~thidua 1']);
    expect(e.message).toContain('«~thidua 1»');
    expect(sim.hasSheet('~thidua 1')).toBe(true);
  });
});

describe('large plans', () => {
  test('a 100,000-row sheet is written in pieces under 5 MB: ≤ 2 syncs plus one per ~5 MB', async () => {
    const sim = ExcelSimulator.fromSnapshot(inputs);
    const rows = 100_000;
    const big = sheetPlan('Kiểm tra đề nghị', {
      key: 'check',
      values: bigGrid(rows, 6),
      styles: [
        { range: { r0: 0, c0: 0, r1: rows - 1, c1: 5 }, style: { border: true } },
        { range: { r0: 0, c0: 1, r1: rows - 1, c1: 5 }, style: { numberFormat: '0.00' } },
      ],
      hyperlinks: Array.from({ length: 2000 }, (_, i) => ({ row: i, col: 0, sheet: 'Khối THCS', cell: `B${i + 2}` })),
    });
    // Built by hand: the plan's value hashes do not matter to the writer.
    const plans = [big, ...outputs('v1')];
    const records = plans.map((p) => ({ name: p.name, key: p.key, writtenAt: NOW.toISOString(), paramsHash: 'p', valuesHash: 'h' }));
    const plan: WritePlan = { actions: plans.map((p) => ({ kind: 'create', name: p.name, plan: p })), deletions: [], ownership: { version: 1, sheets: records }, ownershipSheet: '_thidua', ownershipValues: ownershipToValues(records) };
    const result = await portFor(sim).applyPlan(plan);
    expect(result.written).toEqual(['Kiểm tra đề nghị', 'Tổng hợp xếp hạng', 'XH Khối THCS']);
    const requests = sim.syncs.map((s) => s.requestBytes);
    for (const b of requests) expect(b).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    const total = requests.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(WRITE_SYNC_BYTES);
    expect(sim.syncCount).toBeGreaterThan(2);
    expect(sim.syncCount).toBeLessThanOrEqual(2 + Math.ceil(total / WRITE_SYNC_BYTES));
    // Calculation stays suspended in every sync after the pre-check, the last (swap and print setup) too.
    expect(sim.syncs.every((s, i) => i === 0 || s.calcSuspended)).toBe(true);
    const s = sim.sheet('Kiểm tra đề nghị');
    const expected = bigGrid(rows, 6);
    const written = s.values();
    expect(written).toHaveLength(rows);
    for (const r of [0, 1, 31_337, rows - 1]) expect(written[r]).toEqual(expected[r]);
    expect(s.cell(`F${rows}`).numberFormat).toBe('0.00');
    expect(s.cell(`C${rows}`).format['border.bottom.style']).toBe('Continuous');
    expect(s.linkCount).toBe(2000);
  });
});
