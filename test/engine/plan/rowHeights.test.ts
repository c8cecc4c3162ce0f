import { ColumnLines, estimateLines, linesHeight } from '../../../src/engine/plan/rowHeights';
import { random } from '../../support/random';

/** The estimate as first written (split into paragraphs and words, sum glyph by glyph): the reference. */
function referenceLines(text: string, width: number, bold: boolean): number {
  const px = (ch: string): number => {
    let w = 8;
    if (ch === ' ') w = 4.4;
    else if (/[0-9]/.test(ch)) w = 8.7;
    else if (/[.,;:!'|il()[\]-]/.test(ch)) w = 4.8;
    else if (ch !== ch.toLowerCase()) w = 10.5;
    return bold ? w * 1.06 : w;
  };
  const wordPx = (word: string): number => {
    let w = 0;
    for (const ch of word) w += px(ch);
    return w;
  };
  const avail = Math.max(20, width * 7 - 6);
  let lines = 0;
  for (const para of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of para.split(' ')) {
      const w = wordPx(word);
      const need = line === 0 ? w : line + px(' ') + w;
      if (need <= avail || line === 0) {
        line = need;
      } else {
        count++;
        line = w;
      }
      while (line > avail) {
        count++;
        line -= avail;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
const ALPHABET = [...'aàảãáạăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯÁẶỄ0123456789.,;:!()[]-|\'il  \n\t\r😀👍𝐀', '\uD800', '\uDC00'];

describe('estimateLines', () => {
  test('one line for a short text, more for a long one, a line per paragraph', () => {
    expect(estimateLines('Giáo viên', 20, false)).toBe(1);
    expect(estimateLines('Trường Trung học cơ sở Quảng Tân huyện Đầm Hà', 10, false)).toBeGreaterThan(2);
    expect(estimateLines('- a\n- b\n- c', 40, false)).toBe(3);
    expect(linesHeight(3)).toBe(51);
    expect(linesHeight(1000)).toBe(409);
  });

  test('agrees with the word-by-word reference on random texts, widths and weights', () => {
    const rnd = random(7);
    const differ: unknown[] = [];
    let multiline = 0;
    for (let k = 0; k < 5000; k++) {
      const len = Math.floor(rnd() * 120);
      let text = '';
      for (let i = 0; i < len; i++) text += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
      const width = [1, 6, 10, 16, 22, 24, 60, 100][Math.floor(rnd() * 8)]!;
      const bold = rnd() < 0.3;
      const [got, want] = [estimateLines(text, width, bold), referenceLines(text, width, bold)];
      if (got !== want) differ.push({ text, width, bold, got, want });
      if (want > 1) multiline++;
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(multiline).toBeGreaterThan(2500);
  });
});


describe('ColumnLines', () => {
  test('agrees with the reference down a column of repeated and new texts', () => {
    const rnd = random(11);
    const pool = Array.from({ length: 300 }, (_, k) => `Trường THCS ${ALPHABET.slice(0, 1 + (k % 40)).join('')} ${k}`);
    for (const [width, bold] of [
      [6, false],
      [22, false],
      [24, true],
    ] as const) {
      const lines = new ColumnLines(width, bold);
      const differ: unknown[] = [];
      for (let k = 0; k < 4000; k++) {
        const text = rnd() < 0.7 ? pool[Math.floor(rnd() * pool.length)]! : `Đề nghị khen thưởng, dòng ${k}`;
        const [got, want] = [lines.lines(text), referenceLines(text, width, bold)];
        if (got !== want) differ.push({ text, got, want });
      }
      expect(differ.slice(0, 5)).toEqual([]);
    }
  });

  test('a column of texts seen once counts each right', () => {
    const lines = new ColumnLines(24, false);
    for (let row = 4; row < 3000; row++) expect(lines.lines(`Đề nghị khen thưởng, dòng ${row}`)).toBe(referenceLines(`Đề nghị khen thưởng, dòng ${row}`, 24, false));
  });
});
