import { isInvalid, readScoreCell } from '../../../src/engine/scoring/readScoreCell';
import type { Criterion, CriterionType } from '../../../src/engine/model';
import type { CellValue } from '../../../src/workbook/snapshot';
import { grid, where, FindingSink } from '../blocs/fixtures';

const node = (type: CriterionType, max: number | null): Criterion => ({ code: '1', key: 'I.1', title: 't', max, type, level: 1, children: [], sheet: 'T', row: 2 });

function read(v: CellValue, type: CriterionType = 'CHUAN', max: number | null = 10, authoritative = true, scale = 100) {
  const sink = new FindingSink();
  const value = readScoreCell({ grid: grid('Khối A', [[v]]), sink, unit: 'Trường X', scale }, 0, 0, node(type, max), authoritative);
  return { value, sink };
}

describe('readScoreCell — Chuẩn', () => {
  it('reads numbers and numbers typed as text', () => {
    expect(read(8.5).value).toBe(8.5);
    expect(read('8,5').value).toBe(8.5);
    expect(read('8.5').value).toBe(8.5);
    expect(read(null).value).toBeNull();
    expect(read('-').value).toBeNull();
  });
  it('accepts 0 and the maximum, refuses below 0 and above the maximum (2-decimal compare)', () => {
    expect(read(0).value).toBe(0);
    expect(read(10).value).toBe(10);
    expect(read(10.004).value).toBe(10.004);
    const over = read(10.5);
    expect(isInvalid(over.value)).toBe(true);
    expect(where(over.sink.items)).toEqual(['SCORE_OUT_OF_RANGE@Khối A!A1']);
    expect(over.sink.items[0]!.severity).toBe('error');
    expect(isInvalid(read(-1).value)).toBe(true);
  });
  it('a compared self score out of range is a warning and its value is kept', () => {
    const r = read(12, 'CHUAN', 10, false);
    expect(r.value).toBe(12);
    expect(r.sink.items.map((f) => `${f.code}:${f.severity}:${f.params.self}`)).toEqual(['SCORE_OUT_OF_RANGE:warning:1']);
  });
  it('formula errors and text are errors naming the cell', () => {
    const e = read({ error: '#N/A' });
    expect(isInvalid(e.value)).toBe(true);
    expect(e.sink.items[0]).toMatchObject({ code: 'SCORE_FORMULA_ERROR', severity: 'error', cell: 'A1', params: { error: '#N/A', unit: 'Trường X', code: 'I.1' } });
    expect(read('tám').sink.items[0]!.code).toBe('SCORE_NOT_NUMBER');
    expect(read('#VALUE!').sink.items[0]!.code).toBe('SCORE_FORMULA_ERROR');
  });
  it('resolves "1.000" by the maximum, else asks', () => {
    expect(read('1.000', 'CHUAN', 10).value).toBe(1);
    expect(read('1.000', 'CHUAN', null, true, 1000).sink.items[0]!.code).toBe('SCORE_AMBIGUOUS');
  });
});

describe('readScoreCell — Cộng / Trừ', () => {
  it('takes magnitudes: a typed negative deduction is its absolute value', () => {
    expect(read(-2, 'TRU', 5).value).toBe(2);
    expect(read('-1,5', 'TRU', 5).value).toBe(1.5);
    expect(read(3, 'CONG', 5).value).toBe(3);
  });
  it('caps at the maximum with a warning; exactly the maximum passes', () => {
    expect(read(5, 'CONG', 5).sink.items).toEqual([]);
    const r = read(7, 'CONG', 5);
    expect(r.value).toBe(5);
    expect(where(r.sink.items)).toEqual(['SCORE_CAPPED@Khối A!A1']);
    expect(read(9, 'TRU', null).value).toBe(9);
  });
});

describe('readScoreCell — Liệt', () => {
  it.each(['x', 'X', 'có', 'Co', 'vi phạm', 1, true])('%p is a violation', (v) => expect(read(v, 'LIET', null).value).toBe(1));
  it.each(['không', 0, false])('%p is no violation', (v) => expect(read(v, 'LIET', null).value).toBe(0));
  it('empty is nothing, unreadable text is an error', () => {
    expect(read(null, 'LIET', null).value).toBeNull();
    const r = read('chưa rõ', 'LIET', null);
    expect(isInvalid(r.value)).toBe(true);
    expect(r.sink.items[0]!.code).toBe('SCORE_VETO_UNREADABLE');
  });
});
