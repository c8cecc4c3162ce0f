import { detect, detectLegacyEncoding, mayBeLegacy } from '../../../src/engine/cells/legacyEncoding';

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

describe('mayBeLegacy', () => {
  const gate = (t: string): boolean => /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/.test(t) && !/[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/.test(t);
  it('is the regular-expression gate: a Latin-1 character other than a Vietnamese one, and no letter only Unicode Vietnamese has', () => {
    const samples = ['', 'ABC 123', 'Nguyễn Văn An', 'Hä vµ tªn', 'Tröôøng', 'à', 'àă', 'Ơn', 'ỹ', '\u1EFA', '\u1E9F', '\u00A0x', '\u00A1', 'Ūū', 'é\u0169'];
    for (const t of samples) expect(mayBeLegacy(t)).toBe(gate(t));
    const alphabet = ['a', ' ', '\u00A0', '\u00A1', '\u00B5', '\u00E0', '\u00FF', '\u0100', '\u0102', '\u0103', '\u0110', '\u0111', '\u0128', '\u0169', '\u01A0', '\u01AF', '\u01B0', '\u01B1', '\u1E9F', '\u1EA0', '\u1EF9', '\u1EFA'];
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let t = '';
      for (let i = 0; i < 4; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        t += alphabet[seed % alphabet.length];
      }
      expect(mayBeLegacy(t)).toBe(gate(t));
    }
  });

  it('lets through every text the full check can flag: Vietnamese Latin-1 letters alone are no candidate', () => {
    expect(mayBeLegacy('Lê Hà')).toBe(false);
    expect(mayBeLegacy('Trần Thị Hà')).toBe(false);
    expect(mayBeLegacy('Hä vµ tªn')).toBe(true);
    const alphabet = ['a', 'o', 'T', ' ', '(', '\u00E0', '\u00E2', '\u00EA', '\u00F4', '\u00C0', '\u00DD', '\u00A8', '\u00B5', '\u00AD', '\u00E4', '\u00F6', '\u00F8', '\u00F1', '\u00D1', '\u00EF', '\u00F9'];
    let seed = 11;
    for (let n = 0; n < 5000; n++) {
      let t = '';
      for (let i = 0; i < 5; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        t += alphabet[seed % alphabet.length];
      }
      if (!mayBeLegacy(t)) expect([t, detect(t)]).toEqual([t, null]);
    }
  });
});
