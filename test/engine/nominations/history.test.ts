import { applyFreeText, emptyFacts, historyHeader, parseHistoryText } from '../../../src/engine/nominations/history';
import type { PeriodFacts } from '../../../src/engine/nominations/types';
import { findPeriodTokens, formatPeriod, readToken } from '../../../src/engine/rules/periods';

describe('periods', () => {
  test('tokens: ranges, short ranges, lone years', () => {
    expect(findPeriodTokens('Danh hiệu năm học 2023-2024').map((t) => [t.from, t.to])).toEqual([[2023, 2024]]);
    expect(findPeriodTokens('Xếp loại 2023 - 24').map((t) => [t.from, t.to])).toEqual([[2023, 2024]]);
    expect(findPeriodTokens('CSTĐCS 2023, 2024').map((t) => [t.from, t.to])).toEqual([
      [2023, null],
      [2024, null],
    ]);
  });
  test('a lone year in a school-year workbook is the school year that ends in it', () => {
    const [t] = findPeriodTokens('2024');
    expect(readToken(t!, 'schoolYear')).toEqual({ key: 2024, style: 'year' });
    expect(formatPeriod(2024, 'schoolYear')).toBe('2023-2024');
  });
  test('ranges that are not one school year, or school years in a calendar workbook, are ambiguous', () => {
    expect(readToken(findPeriodTokens('2020-2023')[0]!, 'schoolYear')).toEqual({ ambiguous: true });
    expect(readToken(findPeriodTokens('2023-2024')[0]!, 'year')).toEqual({ ambiguous: true });
    expect(readToken(findPeriodTokens('2023-2024')[0]!, 'schoolYear')).toEqual({ key: 2024, style: 'schoolYear' });
  });
});

describe('history columns', () => {
  test('header holding a period and a kind', () => {
    expect(historyHeader('Danh hiệu năm học 2023-2024')?.kind).toBe('title');
    expect(historyHeader('Xếp loại 2023-2024')?.kind).toBe('rating');
    expect(historyHeader('Sáng kiến 2024')?.kind).toBe('initiative');
    expect(historyHeader('Khen thưởng năm 2023')?.kind).toBe('merit');
    expect(historyHeader('DANH HIEU NAM 2023')?.kind).toBe('title');
    expect(historyHeader('Danh hiệu đề nghị')).toBeNull();
    expect(historyHeader('Ghi chú 2024')).toBeNull();
  });
  test('a bare period under a merged "Danh hiệu các năm" header', () => {
    expect(historyHeader('2022-2023', 'Danh hiệu các năm trước')?.kind).toBe('title');
    expect(historyHeader('2022-2023', '')).toBeNull();
  });
});

describe('free-text "Thành tích các năm trước"', () => {
  test('the example of SPEC §3.6', () => {
    const r = parseHistoryText('CSTĐCS 2023, 2024; Bằng khen UBND tỉnh 2022', 'schoolYear');
    expect(r.ambiguous).toEqual([]);
    expect(r.entries.map((e) => [e.key, e.label])).toEqual([
      [2023, { kind: 'award', code: 'CSTDCS' }],
      [2024, { kind: 'award', code: 'CSTDCS' }],
      [2022, { kind: 'award', code: 'BK_TINH' }],
    ]);
  });
  test('school-year ranges, "năm học" and ratings', () => {
    const r = parseHistoryText('LĐTT năm học 2021-2022\nHTXSNV 2022-2023, 2023-2024', 'schoolYear');
    expect(r.ambiguous).toEqual([]);
    expect(r.entries.map((e) => [e.key, e.label])).toEqual([
      [2022, { kind: 'award', code: 'LDTT' }],
      [2023, { kind: 'rating', rating: 'HTXSNV' }],
      [2024, { kind: 'rating', rating: 'HTXSNV' }],
    ]);
  });
  test('what is not unambiguous is said, not guessed', () => {
    const r = parseHistoryText('CSTĐCS 3 năm liền; Giấy khen 2022; Bằng khen 2021; LĐTT; 2019; CSTĐCS 2019-2022', 'schoolYear');
    expect(r.entries.map((e) => [e.key, e.label])).toEqual([[2022, { kind: 'award', code: 'GIAY_KHEN' }]]);
    expect(r.ambiguous).toEqual(['CSTĐCS 3 năm liền', 'Bằng khen 2021', 'LĐTT', '2019', 'CSTĐCS 2019-2022']);
  });
  test('calendar-year workbook: a school year is ambiguous', () => {
    const r = parseHistoryText('CSTĐCS 2023-2024, 2022', 'year');
    expect(r.entries.map((e) => e.key)).toEqual([2022]);
    expect(r.ambiguous).toEqual(['CSTĐCS 2023-2024']);
  });
  test('applied to a history: an emulation title states the period; a Bằng khen does not', () => {
    const h = new Map<number, PeriodFacts>();
    applyFreeText(h, parseHistoryText('LĐTT 2024; BK UBND tỉnh 2023', 'schoolYear').entries, 'P7');
    expect(h.get(2024)).toMatchObject({ titleKnown: true, cells: { title: 'P7' } });
    expect([...h.get(2024)!.awards]).toEqual(['LDTT']);
    expect(h.get(2023)!.titleKnown).toBe(false);
    expect([...h.get(2023)!.awards]).toEqual(['BK_TINH']);
    expect(emptyFacts().awards.size).toBe(0);
  });
});
