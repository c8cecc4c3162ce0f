import { detectLegacyEncoding } from '../../../src/engine/cells/legacyEncoding';

describe('detectLegacyEncoding', () => {
  it('recognises TCVN3 (ABC / .VnTime) text', () => {
    expect(detectLegacyEncoding('Tr\u00ADêng THCS §Çm Hµ')).toBe('TCVN3');
    expect(detectLegacyEncoding('Hä vµ tªn')).toBe('TCVN3');
    expect(detectLegacyEncoding('§¬n vÞ')).toBe('TCVN3');
    expect(detectLegacyEncoding('Phßng Gi¸o dôc')).toBe('TCVN3');
  });

  it('recognises VNI (VNI-Times) text', () => {
    expect(detectLegacyEncoding('Tröôøng THCS Ñaàm Haø')).toBe('VNI');
    expect(detectLegacyEncoding('Hoï vaø teân')).toBe('VNI');
    expect(detectLegacyEncoding('Ñôn vò')).toBe('VNI');
  });

  it('never flags Unicode Vietnamese, plain ASCII or ordinary punctuation', () => {
    for (const t of ['Trường THCS Đầm Hà', 'Hòa Bình', 'Hà Giang', 'Võ Thị Sáu', 'Truong THCS', '«Tên đơn vị»', 'Excel® 2016', 'Nhiệt độ 25°C', 'Điểm ± 0,5', '', '12/05/2024'])
      expect(detectLegacyEncoding(t)).toBeNull();
  });

  it('boundary: one sure TCVN3 letter after a letter is enough; the same symbol alone between spaces is not', () => {
    expect(detectLegacyEncoding('Hµ')).toBe('TCVN3');
    expect(detectLegacyEncoding('a µ b')).toBeNull();
    expect(detectLegacyEncoding('Tªn')).toBeNull();
  });
});
