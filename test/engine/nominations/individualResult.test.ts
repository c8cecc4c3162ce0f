import { IndividualResult } from '../../../src/engine/nominations/individualResult';
import { toReason } from '../../../src/engine/nominations/reasons';
import type { PersonRow } from '../../../src/engine/nominations/types';

const person = (position: string): PersonRow => ({ sheet: 'DS', row: 4, nameCell: 'B5', name: 'An', unit: 'THCS A', position }) as PersonRow;

describe('IndividualResult', () => {
  test('same JSON as the object literal it replaces, optional keys last and only when present', () => {
    expect(JSON.stringify(new IndividualResult(person(''), 'LDTT', 'eligible', [], undefined))).toBe(
      JSON.stringify({ sheet: 'DS', row: 5, cell: 'B5', name: 'An', unit: 'THCS A', award: 'LDTT', status: 'eligible', reasons: [], kind: 'individual' }),
    );
    const r = new IndividualResult(person('GV'), 'CSTDCS', 'review', [], 0.5);
    expect(Object.keys(r)).toEqual(['sheet', 'row', 'cell', 'name', 'unit', 'award', 'status', 'reasons', 'kind', 'voteShare', 'position']);
    expect('voteShare' in new IndividualResult(person(''), 'LDTT', 'eligible', [], undefined)).toBe(false);
  });
});

describe('toReason', () => {
  test('frozen params render once per code; the key order keeps source before status', () => {
    const params = Object.freeze({ field: 'rating' });
    const a = toReason({ code: 'NOMINEE_DATA_MISSING', status: 'review', cell: 'G5', params, source: 'Luật' }, 'DS', 'B5', 'vi');
    const b = toReason({ code: 'NOMINEE_DATA_MISSING', status: 'review', cell: null, params }, 'DS', 'B6', 'vi');
    expect(Object.keys(a)).toEqual(['code', 'message', 'source', 'status', 'cell']);
    expect(Object.keys(b)).toEqual(['code', 'message', 'status', 'cell']);
    expect(a.message.startsWith('DS!G5: ')).toBe(true);
    expect(b.message).toBe(`DS!B6: ${a.message.slice('DS!G5: '.length)}`);
    const other = toReason({ code: 'NOMINEE_VALUE_UNREADABLE', status: 'review', cell: 'G5', params }, 'DS', 'B5', 'vi');
    expect(other.message).not.toBe(a.message);
  });
});
