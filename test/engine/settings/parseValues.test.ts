import {
  parseBands,
  parseClassification,
  parseCount,
  parseLeave,
  parseNameList,
  parsePeriod,
  parsePointsOrPercent,
  parseRatio,
  parseRounding,
  parseScope,
  parseSeverity,
  parseThreshold,
  parseTieBreaks,
} from '../../../src/engine/settings/parseValues';
import { DEFAULT_PARAMS } from '../../../src/engine/settings/params';

describe('parseRatio', () => {
  it.each([
    ['20 %', 0.2],
    ['20%', 0.2],
    ['0,2', 0.2],
    ['0.2', 0.2],
    ['20', 0.2],
    [0.2, 0.2],
    [15, 0.15],
    ['100 %', 1],
    ['0 %', 0],
  ])('reads %p as %p', (v, r) => expect(parseRatio(v)).toBeCloseTo(r, 10));
  it.each(['abc', '120 %', '-5 %', '', null, 150])('refuses %p', (v) => expect(parseRatio(v)).toBeNull());
});

describe('parseThreshold', () => {
  it('reads "trên" as strict and "từ" as at least', () => {
    expect(parseThreshold('trên 50 %', false)).toEqual({ ratio: 0.5, strict: true });
    expect(parseThreshold('từ 90 %', true)).toEqual({ ratio: 0.9, strict: false });
    expect(parseThreshold('Tu 90% tro len', true)).toEqual({ ratio: 0.9, strict: false });
  });
  it('reads symbols, fractions and "quá bán"', () => {
    expect(parseThreshold('>= 2/3', true)).toEqual({ ratio: 2 / 3, strict: false });
    expect(parseThreshold('> 60%', false)).toEqual({ ratio: 0.6, strict: true });
    expect(parseThreshold('quá bán', false)).toEqual({ ratio: 0.5, strict: true });
  });
  it('keeps the default strictness for a bare value', () => {
    expect(parseThreshold('60 %', true)).toEqual({ ratio: 0.6, strict: true });
    expect(parseThreshold(0.9, false)).toEqual({ ratio: 0.9, strict: false });
  });
  it('refuses text without a number and impossible ratios', () => {
    expect(parseThreshold('đa số', true)).toBeNull();
    expect(parseThreshold('trên 150 %', true)).toBeNull();
    expect(parseThreshold('3/2', true)).toBeNull();
  });
});

describe('parseCount and parsePointsOrPercent', () => {
  it('reads non-negative integers', () => {
    expect(parseCount('2')).toBe(2);
    expect(parseCount(0)).toBe(0);
    expect(parseCount('6 tháng')).toBe(6);
    expect(parseCount(1.5)).toBeNull();
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('một')).toBeNull();
  });
  it('tells points from a percentage of the scale', () => {
    expect(parsePointsOrPercent(5)).toEqual({ points: 5 });
    expect(parsePointsOrPercent('7,5 điểm')).toEqual({ points: 7.5 });
    expect(parsePointsOrPercent('5 %')).toEqual({ percent: 5 });
    expect(parsePointsOrPercent('năm')).toBeNull();
    expect(parsePointsOrPercent(-1)).toBeNull();
  });
});

describe('parseClassification', () => {
  it('matches with or without diacritics', () => {
    expect(parseClassification('Xuất sắc')).toBe('XUAT_SAC');
    expect(parseClassification('xuat sac')).toBe('XUAT_SAC');
    expect(parseClassification('TỐT')).toBe('TOT');
    expect(parseClassification('Loại Khá')).toBe('KHA');
    expect(parseClassification('Trung bình')).toBe('TRUNG_BINH');
    expect(parseClassification('Giỏi')).toBeNull();
  });
});

describe('parseBands', () => {
  const d = DEFAULT_PARAMS.bands;
  it('reads the documented list', () => {
    expect(parseBands('Xuất sắc 95 %; Tốt 85 %; Khá 70 %; Trung bình 50 %', d)).toEqual({ XUAT_SAC: 95, TOT: 85, KHA: 70, TRUNG_BINH: 50 });
  });
  it('overrides only the bands named, accepts commas and ratios', () => {
    expect(parseBands('Xuat sac 90%, Tot 80%', d)).toEqual({ XUAT_SAC: 90, TOT: 80, KHA: 70, TRUNG_BINH: 50 });
    expect(parseBands('Khá 0,75', d)).toEqual({ ...d, KHA: 75 });
    expect(parseBands('Khá 72,5 %', d)).toEqual({ ...d, KHA: 72.5 });
  });
  it('refuses unknown labels, missing numbers and bands that do not decrease', () => {
    expect(parseBands('Giỏi 90 %', d)).toBeNull();
    expect(parseBands('Xuất sắc', d)).toBeNull();
    expect(parseBands('Tốt 96 %', d)).toBeNull();
    expect(parseBands('Khá 85 %', d)).toBeNull();
  });
});

describe('parseTieBreaks', () => {
  it('reads the documented default and other orders', () => {
    expect(parseTieBreaks('Điểm trừ ít hơn; Điểm chuẩn cao hơn')).toEqual(['FEWER_DEDUCTIONS', 'HIGHER_BASE']);
    expect(parseTieBreaks('Diem cong cao hon, diem tru it hon')).toEqual(['HIGHER_BONUS', 'FEWER_DEDUCTIONS']);
    expect(parseTieBreaks('Điểm tự chấm cao hơn')).toEqual(['HIGHER_SELF_TOTAL']);
    expect(parseTieBreaks('Không')).toEqual([]);
  });
  it('refuses an unknown criterion', () => {
    expect(parseTieBreaks('Điểm trừ ít hơn; Bốc thăm')).toBeNull();
  });
});

describe('word values', () => {
  it('reads rounding, scope and severity', () => {
    expect(parseRounding('Xuống')).toBe('down');
    expect(parseRounding('Gần nhất')).toBe('nearest');
    expect(parseRounding('lên')).toBe('up');
    expect(parseRounding('ngang')).toBeNull();
    expect(parseScope('Đơn vị')).toBe('unit');
    expect(parseScope('Toàn danh sách')).toBe('list');
    expect(parseScope('Khối')).toBeNull();
    expect(parseSeverity('Cần xem xét')).toBe('review');
    expect(parseSeverity('Lỗi')).toBe('error');
    expect(parseSeverity('Bỏ qua')).toBe('ignore');
    expect(parseSeverity('Cảnh báo')).toBeNull();
  });
  it('reads the leave limit with its level', () => {
    expect(parseLeave('40; mức: Cần xem xét')).toEqual({ days: 40, severity: 'review' });
    expect(parseLeave('30 ngày; Lỗi')).toEqual({ days: 30, severity: 'error' });
    expect(parseLeave(45)).toEqual({ days: 45, severity: null });
    expect(parseLeave('40; mức: tùy')).toBeNull();
    expect(parseLeave('bốn mươi')).toBeNull();
  });
});

describe('parsePeriod', () => {
  it.each(['2024-2025', '2024 - 2025', '2024–2025', '2024/2025', 'Năm học 2024-2025', '2024-25'])('reads %p as school year 2024', (v) =>
    expect(parsePeriod(v, 'schoolYear')).toEqual({ kind: 'schoolYear', start: 2024 }),
  );
  it('reads a lone year by the key', () => {
    expect(parsePeriod(2025, 'year')).toEqual({ kind: 'year', year: 2025 });
    expect(parsePeriod('2025', 'schoolYear')).toEqual({ kind: 'schoolYear', start: 2024 });
    expect(parsePeriod('2024-2025', 'year')).toEqual({ kind: 'schoolYear', start: 2024 });
  });
  it('refuses ranges that are not one year long and other text', () => {
    expect(parsePeriod('2024-2026', 'schoolYear')).toBeNull();
    expect(parsePeriod('năm nay', 'year')).toBeNull();
  });
});

describe('parseNameList', () => {
  it('splits on semicolons and line breaks', () => {
    expect(parseNameList('Trường THCS A;  Trường TH B\nTrường MN C; ')).toEqual(['Trường THCS A', 'Trường TH B', 'Trường MN C']);
    expect(parseNameList(null)).toEqual([]);
  });
});
