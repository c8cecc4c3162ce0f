/** Styles as Office.js format operations: repeated plain styles over as few areas as cover them. */
import { addressLists, areaAddresses } from '../../src/excel/styles';
import type { WritePlan } from '../../src/workbook/plan';
import { ownershipToValues } from '../../src/workbook/ownership';
import { ExcelSimulator } from '../support/excelSimulator';
import { portFor, sheetPlan } from './helpers';

describe('areaAddresses', () => {
  test('ranges over the same columns that touch or overlap become one area; a single cell is one address', () => {
    const cell = (r: number, c: number) => ({ r0: r, c0: c, r1: r, c1: c });
    expect(areaAddresses([cell(9, 0), cell(10, 0), cell(11, 0), cell(13, 0)])).toEqual(['A10:A12', 'A14']);
    expect(areaAddresses([{ r0: 0, c0: 1, r1: 4, c1: 2 }, { r0: 3, c0: 1, r1: 7, c1: 2 }, cell(8, 1)])).toEqual(['B1:C8', 'B9']);
    // Other columns stay apart; the order of the input does not matter; empty ranges are dropped.
    expect(areaAddresses([cell(5, 0), cell(4, 1), cell(4, 0), { r0: 2, c0: 0, r1: 1, c1: 0 }])).toEqual(['A5:A6', 'B5']);
  });

  test('address lists stay under the character limit', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `A${2 * i + 1}`);
    const lists = addressLists(many);
    expect(lists.length).toBeGreaterThan(1);
    expect(lists.join(',').split(',')).toEqual(many);
    for (const l of lists) expect(l.length).toBeLessThanOrEqual(4000);
  });
});

test('a link style repeated on 3,000 consecutive rows is one area per property, and styles exactly those cells', async () => {
  const sim = ExcelSimulator.fromSnapshot({ sheets: [] });
  const rows = 3_002;
  const link = { color: '#0563C1', underline: true };
  const plan = sheetPlan('Kiểm tra', {
    values: Array.from({ length: rows }, (_, r) => [`Dòng ${r}`, r]),
    // Row 1 has no link: the areas are A1 and A3:A3002.
    styles: Array.from({ length: rows }, (_, r) => r).filter((r) => r !== 1).map((r) => ({ range: { r0: r, c0: 0, r1: r, c1: 0 }, style: link })),
  });
  const records = [{ name: plan.name, key: plan.key, writtenAt: '2025-05-20T03:00:00.000Z', paramsHash: 'p', valuesHash: 'h' }];
  const write: WritePlan = { actions: [{ kind: 'create', name: plan.name, plan }], deletions: [], ownership: { version: 1, sheets: records }, ownershipSheet: '_thidua', ownershipValues: ownershipToValues(records) };
  await portFor(sim).applyPlan(write);
  const s = sim.sheet('Kiểm tra');
  expect(s.cell('A1').format).toMatchObject({ 'font.color': '#0563C1', 'font.underline': 'Single' });
  expect(s.cell('A2').format['font.color']).not.toBe('#0563C1');
  expect(s.cell(`A${rows}`).format).toMatchObject({ 'font.color': '#0563C1', 'font.underline': 'Single' });
  expect(s.cell('B3').format['font.color']).not.toBe('#0563C1');
  // Two style operations (colour, underline) instead of two per row.
  expect(sim.syncs[1]!.ops).toBeLessThan(40);
});
