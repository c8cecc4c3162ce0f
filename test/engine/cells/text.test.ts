import { cleanText, foldKey, foldSlow, looseKey, matchesAny, containsAny, stripDiacritics } from '../../../src/engine/cells/text';
import { random } from '../../support/random';

describe('Vietnamese text matching', () => {
  it('treats NFD and NFC spellings as the same text', () => {
    const nfd = 'Trường THCS Đầm Hà'.normalize('NFD');
    expect(cleanText(nfd)).toBe('Trường THCS Đầm Hà');
    expect(foldKey(nfd)).toBe(foldKey('Trường THCS Đầm Hà'));
  });

  it('folds the Icelandic eth (U+00D0) to Đ', () => {
    expect(cleanText('\u00D0iểm chuẩn')).toBe('Điểm chuẩn');
    expect(foldKey('\u00D0IỂM CHUẨN')).toBe('diem chuan');
  });

  it('matches headers with or without diacritics, in any case, with extra spaces', () => {
    for (const label of ['Điểm chuẩn', 'Diem chuan', 'ĐIỂM CHUẨN', '  điểm   chuẩn ', 'Điểm\u00A0chuẩn']) {
      expect(matchesAny(label, ['Điểm chuẩn'])).toBe(true);
    }
    expect(matchesAny('Điểm chuẩn x', ['Điểm chuẩn'])).toBe(false);
  });

  it('maps đ/Đ by hand when stripping diacritics', () => {
    expect(stripDiacritics('Đơn vị đầu')).toBe('Don vi dau');
  });

  it('removes zero-width characters', () => {
    expect(cleanText('Khối\u200B THCS\uFEFF')).toBe('Khối THCS');
  });

  it('ignores punctuation in loose keys but keeps dots of codes', () => {
    expect(looseKey('Tên đơn vị:')).toBe('ten don vi');
    expect(looseKey('1.2')).toBe('1.2');
  });

  it('finds whole-word aliases inside a longer label', () => {
    expect(containsAny('Nhóm III - Điểm thưởng', ['điểm thưởng'])).toBe(true);
    expect(containsAny('Điểm thưởngx', ['điểm thưởng'])).toBe(false);
  });
});

describe('cleanText fast path (already clean text is returned as is)', () => {
  /** The full cleaning, as cleanText did it for every string before the fast path. */
  const reference = (s: string): string =>
    s
      .normalize('NFC')
      .replace(/\u00D0/g, '\u0110')
      .replace(/\u00F0/g, '\u0111')
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
      .trim();

  const PIECES = ['a', 'Z', '1', ',', '.', ' ', '  ', '\t', '\n', '\u00A0', '\u2007', '\u202F', '\u200B', '\uFEFF', 'Ð', 'ð', 'Đ', 'đ', 'ễ', 'Ư', 'ơ', 'é', '\u0301', '\u0323', '\u0306', 'Å', '\u212B', '\u2126', 'ß', 'ǅ', '\u1E9B', '~', '\u007F', '\u0085', '\u3000', '中'];

  /** `count` strings of up to 7 pieces, the same for a seed. */
  function randomTexts(seed: number, count: number): string[] {
    const rnd = random(seed);
    const pick = (n: number): number => Math.floor(rnd() * n);
    return Array.from({ length: count }, () => Array.from({ length: pick(8) }, () => PIECES[pick(PIECES.length)]).join(''));
  }

  it('equals the full cleaning on 20,000 random strings of letters, marks and spaces', () => {
    for (const s of randomTexts(7, 20_000)) expect([s, cleanText(s)]).toEqual([s, reference(s)]);
  });

  it('folds 20,000 random strings as normalisation folds their cleaned text', () => {
    for (const s of randomTexts(11, 20_000)) expect([s, foldKey(s)]).toEqual([s, foldSlow(reference(s))]);
  });

  it('keeps typical Vietnamese cells unchanged and cleans the rest', () => {
    expect(cleanText('Trường THCS Đầm Hà')).toBe('Trường THCS Đầm Hà');
    expect(cleanText(' Trường  THCS ')).toBe('Trường THCS');
    expect(cleanText('Trường THCS Đầm Hà'.normalize('NFD'))).toBe('Trường THCS Đầm Hà');
    expect(cleanText('')).toBe('');
    expect(cleanText(' ')).toBe('');
  });
});

describe('foldKey on clean text (character table)', () => {
  test('every character a clean text may hold folds as Unicode normalisation folds it', () => {
    const codes: number[] = [];
    for (let c = 0x21; c < 0x7f; c++) codes.push(c);
    for (let c = 0xa1; c < 0x300; c++) if (c !== 0xd0 && c !== 0xf0) codes.push(c);
    for (let c = 0x1e00; c <= 0x1eff; c++) codes.push(c);
    const mismatches = codes.filter((c) => {
      const s = `a${String.fromCharCode(c)}b`;
      return foldKey(s) !== foldSlow(s);
    });
    expect(mismatches).toEqual([]);
  });

  test('Vietnamese names and labels fold as before', () => {
    for (const s of ['Nguyễn Thị Hương', 'ĐẶNG VĂN ĐỨC', 'Trường THCS Quảng Lợi 01-02', 'Hoàn thành xuất sắc nhiệm vụ', 'Ưng Hoàng Phúc', 'İstanbul Æsir ǅemal'])
      expect(foldKey(s)).toBe(foldSlow(s));
    expect(foldKey('Nguyễn Thị Hương')).toBe('nguyen thi huong');
  });

  test('long clean texts and texts with characters folding to several letters fold alike', () => {
    const long = 'Nguyễn Thị Hương '.repeat(40).trim();
    expect(foldKey(long)).toBe(foldSlow(long));
    for (const s of ['Ǆắk Lắk', 'ǅemal Đỗ', 'ǈương'.repeat(200)]) expect(foldKey(s)).toBe(foldSlow(s));
    // Over 4,096 characters: folded one character at a time rather than as one list of codes.
    const veryLong = 'Trần Đức Lương '.repeat(400).trim();
    expect(veryLong.length).toBeGreaterThan(4096);
    expect(foldKey(veryLong)).toBe(foldSlow(veryLong));
    expect(foldKey(veryLong).startsWith('tran duc luong tran')).toBe(true);
  });
});
