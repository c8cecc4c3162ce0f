import { phraseSet } from '../../../src/engine/cells/phrases';
import { cachedFoldKey, cachedLooseKey } from '../../../src/engine/cells/keyCache';
import { foldKey, looseKey } from '../../../src/engine/cells/text';

describe('phraseSet', () => {
  const set = phraseSet(['khối chấm', 'Điểm thống nhất']);
  it('matches whole phrases with or without diacritics', () => {
    expect(set.contains('Điểm khối chấm')).toBe(true);
    expect(set.contains('DIEM THONG NHAT')).toBe(true);
    expect(set.contains('Khối chấm điểm')).toBe(true);
    expect(set.contains('Khối chấmm')).toBe(false);
    expect(set.contains('')).toBe(false);
  });
  it('tells equality from containment', () => {
    expect(set.equals('Khoi cham')).toBe(true);
    expect(set.equals('Điểm khối chấm')).toBe(false);
    expect(set.containsKey(looseKey('Cụm / khối chấm'))).toBe(true);
  });
});

describe('cached keys', () => {
  it('equal the uncached folding, NFD and Ð included', () => {
    for (const s of ['Tự chấm', 'Tu cham', 'THCS Lê Lợi'.normalize('NFD'), 'Ðồng  Tâm', '8,5', '']) {
      expect(cachedLooseKey(s)).toBe(looseKey(s));
      expect(cachedLooseKey(s)).toBe(looseKey(s));
      expect(cachedFoldKey(s)).toBe(foldKey(s));
    }
  });
});
