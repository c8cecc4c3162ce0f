import { codeRank, parseCode, parseCodeLabel, pathKey } from '../../../src/engine/criteria/codes';

describe('parseCode', () => {
  it.each([
    ['I', 'I', 'roman'],
    ['II.', 'II', 'roman'],
    ['IV', 'IV', 'roman'],
    ['A', 'A', 'upper'],
    ['C', 'C', 'upper'],
    [1, '1', 'number'],
    ['01', '1', 'number'],
    ['2.3', '2.3', 'number'],
    [2.3, '2.3', 'number'],
    ['1.2.', '1.2', 'number'],
    ['a)', 'a', 'letter'],
    ['(b)', 'b', 'letter'],
    ['đ', 'đ', 'letter'],
  ])('%p → %p (%p)', (v, code, kind) => {
    expect(parseCode(v)).toMatchObject({ code, kind });
  });
  it.each(['', 'Tổng cộng', '-', 'IIII', 'ab', null, true, -1])('no code in %p', (v) => expect(parseCode(v)).toBeNull());
  it('nests letters under numbers under Roman groups under capital groups', () => {
    const rank = (v: string | number): number => codeRank(parseCode(v)!);
    expect(rank('A')).toBeLessThan(rank('I'));
    expect(rank('I')).toBeLessThan(rank('1'));
    expect(rank('1')).toBeLessThan(rank('1.1'));
    expect(rank('1.1')).toBeLessThan(rank('a'));
  });
});

describe('parseCodeLabel', () => {
  const path = (v: string | number): string | null => {
    const l = parseCodeLabel(v);
    return l ? `${pathKey(l.path)}|${l.text}` : null;
  };
  it('reads a code alone or followed by text', () => {
    expect(path('I')).toBe('I|');
    expect(path('II. Công tác chuyên môn')).toBe('II|Công tác chuyên môn');
    expect(path('1.2 Dạy học')).toBe('1.2|Dạy học');
    expect(path('a) Hồ sơ')).toBe('a|Hồ sơ');
    expect(path(3)).toBe('3|');
  });
  it('reads compound codes and "Tiêu chí 3" / "TC3"', () => {
    expect(path('II.3')).toBe('II.3|');
    expect(path('II.3.a')).toBe('II.3.a|');
    expect(path('1.2.a')).toBe('1.2.a|');
    expect(path('Tiêu chí 3')).toBe('3|');
    expect(path('TC3')).toBe('3|');
  });
  it('does not take words for codes', () => {
    for (const w of ['Xếp loại', 'STT', 'Tổng', 'Đơn vị', 'Ghi chú', 'VIỆT']) expect(path(w)).toBeNull();
  });
});

describe('codes are short', () => {
  it('a year is not a criterion code', () => {
    expect(parseCode('2024')).toBeNull();
    expect(parseCodeLabel('2023-2024')).toBeNull();
    expect(parseCode('12.1')).toMatchObject({ code: '12.1' });
  });
});
