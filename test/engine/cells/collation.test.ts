import { compareVietnamese, compareVietnameseNames } from '../../../src/engine/cells/collation';

describe('Vietnamese collation', () => {
  it('orders letters the Vietnamese way (a < ă < â, d < đ, o < ô < ơ, u < ư)', () => {
    const words = ['ư', 'đ', 'ơ', 'â', 'a', 'u', 'ô', 'ă', 'd', 'o', 'e', 'ê'];
    expect([...words].sort(compareVietnamese)).toEqual(['a', 'ă', 'â', 'd', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư']);
  });

  it('compares tones after letters', () => {
    expect(compareVietnamese('Anh', 'Ánh')).toBeLessThan(0);
    expect(compareVietnamese('Ánh', 'Bình')).toBeLessThan(0);
    expect(compareVietnamese('Hà', 'Hạ')).toBeLessThan(0);
  });

  it('sorts names by given name, then family and middle names', () => {
    const names = ['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn An', 'Đỗ Thị Đào', 'Phạm Minh Dũng'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Lê Văn An',
      'Trần Thị An',
      'Nguyễn Văn Bình',
      'Phạm Minh Dũng',
      'Đỗ Thị Đào',
    ]);
  });

  it('treats NFD and NFC spellings as equal', () => {
    expect(compareVietnamese('Đào'.normalize('NFD'), 'Đào')).toBe(0);
  });
});
