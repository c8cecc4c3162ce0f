import { collationKey } from '../../../src/engine/cells/collation';
import { fastCollationKey } from '../../../src/engine/plan/sortKeys';

const TEXTS = [
  '',
  'a',
  'Nguyễn Văn An',
  '  Trần   Thị  Bình ',
  'Trường THCS Đầm Hà',
  'ĐINH VĂN ĐỨC',
  'Ðinh Văn Ðức', // Icelandic eth
  'Hoa\u0300ng Thi\u0323 Loan', // decomposed tones
  'Tổ Toán - Tin (2)',
  'İstanbul Σοφία ΣΑΣ',
  'Ngô 😀 Hạnh', // outside the BMP
  'broken \uD800 pair \uDC00',
  'x'.repeat(2000),
];

describe('fast collation keys', () => {
  test.each(TEXTS)('%j: the same key as the shared collation', (text) => {
    expect(fastCollationKey(text)).toBe(collationKey(text));
  });

  test('every Basic Multilingual Plane character, alone and between letters', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = `Ă${String.fromCharCode(c)}ư`;
      if (fastCollationKey(text) !== collationKey(text)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});
