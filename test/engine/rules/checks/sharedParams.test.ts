import { ParamsTable } from '../../../../src/engine/rules/checks/sharedParams';

describe('shared reason params', () => {
  test('one frozen object per values, found again by the same values only', () => {
    const t = new ParamsTable();
    expect(t.find('HTXSNV', 'HTTNV')).toBeUndefined();
    const kept = t.keep({ required: 'HTXSNV', actual: 'HTTNV' }, 'HTXSNV', 'HTTNV');
    expect(Object.isFrozen(kept)).toBe(true);
    expect(t.find('HTXSNV', 'HTTNV')).toBe(kept);
    expect(t.find('HTXSNV', 'HTNV')).toBeUndefined();
    expect(t.find('HTTNV', 'HTTNV')).toBeUndefined();
  });

  test('numbers and their text are different values; up to four values', () => {
    const t = new ParamsTable();
    const n = t.keep({ what: 'x', period: 2024 }, 'x', 2024, 'schoolYear', 'NONE');
    expect(t.find('x', '2024', 'schoolYear', 'NONE')).toBeUndefined();
    expect(t.find('x', 2024, 'schoolYear', 'NONE')).toBe(n);
    expect(t.find('x', 2024, 'schoolYear')).toBeUndefined();
  });
});
