/** Cell data in pieces that fill each request up to the write budget. */
import { pieceEnd } from '../../src/excel/gridWrite';
import { WRITE_SYNC_BYTES } from '../../src/excel/limits';
import type { WritePlan } from '../../src/workbook/plan';
import { ownershipToValues } from '../../src/workbook/ownership';
import { ExcelSimulator, PAYLOAD_LIMIT_BYTES } from '../support/excelSimulator';
import { portFor, sheetPlan } from './helpers';

test('pieceEnd takes rows while they fit, at least one, at most maxRows', () => {
  expect(pieceEnd([10, 10, 10, 10], 0, 30, 10)).toBe(2);
  expect(pieceEnd([10, 10, 10, 10], 0, 31, 10)).toBe(3);
  expect(pieceEnd([10, 10, 10, 10], 1, 100, 10)).toBe(4);
  expect(pieceEnd([50, 10], 0, 20, 10)).toBe(1);
  expect(pieceEnd([1, 1, 1, 1], 0, 100, 3)).toBe(3);
});

test('requests are filled to the budget: data of ~11 MB costs the pre-check and three writes', async () => {
  const sim = ExcelSimulator.fromSnapshot({ sheets: [] });
  const text = 'Trường Trung học cơ sở Nguyễn Bỉnh Khiêm, xã Đông Hải';
  const values = Array.from({ length: 45_000 }, (_, r) => [`${text} ${r}`, `${text} ${r + 1}`, `${text} ${r + 2}`, r]);
  const plan = sheetPlan('Danh sách', { values });
  const records = [{ name: plan.name, key: plan.key, writtenAt: '2025-05-20T03:00:00.000Z', paramsHash: 'p', valuesHash: 'h' }];
  const write: WritePlan = { actions: [{ kind: 'create', name: plan.name, plan }], deletions: [], ownership: { version: 1, sheets: records }, ownershipSheet: '_thidua', ownershipValues: ownershipToValues(records) };
  await portFor(sim).applyPlan(write);
  const requests = sim.syncs.map((s) => s.requestBytes);
  const total = requests.reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(2 * WRITE_SYNC_BYTES);
  expect(sim.syncCount).toBe(1 + Math.ceil(total / WRITE_SYNC_BYTES));
  for (const b of requests) expect(b).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  // Every write but the last is full to within a row or two.
  for (const b of requests.slice(1, -1)) expect(b).toBeGreaterThan(0.99 * WRITE_SYNC_BYTES);
  expect(sim.sheet('Danh sách').values()[44_999]).toEqual(values[44_999]);
});
