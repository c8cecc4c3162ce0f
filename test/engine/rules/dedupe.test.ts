/** Outcomes of two conditions naming the same cell with the same params are reported once. */
import { dedupe, type SourcedOutcome } from '../../../src/engine/rules/evaluate';

const o = (code: string, cell: string | null | undefined, params: Record<string, string | number>, source = 's'): SourcedOutcome =>
  cell === undefined ? { code, status: 'review', params, source } : { code, status: 'review', cell, params, source };

describe('dedupe', () => {
  test('keeps a list without two outcomes of the same code and cell as it is', () => {
    const xs = [o('A', 'B2', { x: 1 }), o('B', 'B2', { x: 1 }), o('A', 'C2', { x: 1 })];
    expect(dedupe(xs)).toBe(xs);
  });

  test('drops later outcomes equal to an earlier one (params compared by value), keeps the order', () => {
    const shared = { what: 'initiatives', period: 2023 };
    const xs = [o('M', 'B2', { what: 'rating', period: 2023 }), o('X', 'F2', {}), o('M', 'B2', { what: 'rating', period: 2023 }, 't'), o('M', 'B2', shared), o('M', 'B2', shared)];
    expect(dedupe(xs)).toEqual([xs[0], xs[1], xs[3]]);
  });

  test('an absent cell and a null cell are the same cell', () => {
    const xs = [o('M', null, { a: 1 }), o('M', undefined, { a: 1 }), o('M', undefined, { a: 2 })];
    expect(dedupe(xs)).toEqual([xs[0], xs[2]]);
  });
});
