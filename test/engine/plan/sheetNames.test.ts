import { blocSheetName, legalSheetName, sameSheetName, truncateName, uniqueSheetName, uniqueSheetNames } from '../../../src/engine/plan/sheetNames';

describe('legalSheetName', () => {
  it('keeps a legal name as is', () => {
    expect(legalSheetName('Tổng hợp xếp hạng')).toBe('Tổng hợp xếp hạng');
  });
  it('replaces [ ] : * ? / \\ and strips apostrophes at both ends', () => {
    expect(legalSheetName('Khối [THCS]: 1/2*?\\')).toBe('Khối -THCS-- 1-2---');
    expect(legalSheetName("'Cụm 2'")).toBe('Cụm 2');
    expect(legalSheetName("O'Neil")).toBe("O'Neil");
  });
  it('cuts to 31 characters (31 kept, 32 cut)', () => {
    const n31 = 'a'.repeat(31);
    expect(legalSheetName(n31)).toBe(n31);
    expect([...legalSheetName('a'.repeat(32))].length).toBe(31);
  });
  it('counts Vietnamese letters as one character each (NFC)', () => {
    const decomposed = 'Điểm'.normalize('NFD').repeat(8); // 32 letters
    const out = legalSheetName(decomposed);
    expect([...out].length).toBeLessThanOrEqual(31);
    expect(out.startsWith('ĐiểmĐiểm')).toBe(true);
  });
  it('falls back when nothing legal is left, and avoids the reserved name History', () => {
    expect(legalSheetName("''")).toBe('Sheet');
    expect(legalSheetName('history', 'X')).toBe('X');
  });
});

describe('blocSheetName', () => {
  it('prefixes XH', () => {
    expect(blocSheetName('Khối THCS')).toBe('XH Khối THCS');
  });
  it('truncates a long bloc name at a word boundary', () => {
    const n = blocSheetName('Khối các trường Trung học cơ sở huyện Đầm Hà');
    expect([...n].length).toBeLessThanOrEqual(31);
    expect(n).toBe('XH Khối các trường Trung học');
  });
  it('cuts inside a word when the last space is too early', () => {
    expect(truncateName('XH Abcdefghijklmnopqrstuvwxyzabcdefgh', 31)).toBe('XH Abcdefghijklmnopqrstuvwxyzab');
  });
});

describe('unique names', () => {
  it('compares names ignoring case, Vietnamese letters included', () => {
    expect(sameSheetName('XH KHỐI THCS', 'xh khối thcs')).toBe(true);
    expect(sameSheetName('Khối THCS', 'Khoi THCS')).toBe(false);
  });
  it('adds (2), (3)… and shortens to stay within 31 characters', () => {
    expect(uniqueSheetName('Tổng hợp', ['Sheet1'])).toBe('Tổng hợp');
    expect(uniqueSheetName('Tổng hợp', ['tổng hợp'])).toBe('Tổng hợp (2)');
    expect(uniqueSheetName('Tổng hợp', ['Tổng hợp', 'Tổng hợp (2)'])).toBe('Tổng hợp (3)');
    const long = 'a'.repeat(31);
    const u = uniqueSheetName(long, [long]);
    expect(u).toBe(`${'a'.repeat(27)} (2)`);
    expect(u.length).toBe(31);
  });
  it('makes a list unique, first come keeps its name', () => {
    expect(uniqueSheetNames(['XH Khối A', 'xh khối a', 'B'])).toEqual(['XH Khối A', 'xh khối a (2)', 'B']);
  });
});
