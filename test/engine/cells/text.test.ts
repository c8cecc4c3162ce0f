import { cleanText, foldKey, looseKey, matchesAny, containsAny, stripDiacritics } from '../../../src/engine/cells/text';

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
