import type { NominationResult } from '../../../src/engine/model';
import { TextBatch } from '../../../src/engine/plan/textBatch';
import { addReasonsText, reasonsText } from '../../../src/engine/plan/reasons';

describe('TextBatch', () => {
  test('each ended text is the concatenation of the pieces added since the previous end', () => {
    const batch = new TextBatch();
    const want: string[] = [];
    const pieces = ['Đề nghị khen thưởng, dòng ', '17840', '', 'a', '- Bị kỷ luật (Khiển trách) trong kỳ', '\n- ', 'x'.repeat(40)];
    for (let t = 0; t < 200; t++) {
      let text = '';
      for (let k = 0; k < t % 5; k++) {
        const piece = pieces[(t * 7 + k * 3) % pieces.length]!;
        batch.add(piece);
        text += piece;
      }
      batch.end();
      want.push(text);
    }
    const texts = batch.texts();
    expect(texts).toEqual(want);
    expect(texts.filter((s) => s === '').length).toBeGreaterThan(0);
  });

  test('no text: an empty list; an empty batch ended once: one empty text', () => {
    expect(new TextBatch().texts()).toEqual([]);
    const batch = new TextBatch();
    batch.end();
    expect(batch.texts()).toEqual(['']);
  });
});

describe('addReasonsText', () => {
  const nomination = (sheet: string, messages: string[]): NominationResult => ({
    sheet,
    row: 7,
    cell: 'B7',
    name: 'Nguyễn Văn An',
    unit: 'THCS Đầm Hà',
    award: 'LDTT',
    status: messages.length ? 'review' : 'eligible',
    reasons: messages.map((message) => ({ code: 'X', message, status: 'review' as const })),
    kind: 'individual',
  });

  test('gives reasonsText of each nomination, in order', () => {
    const noms = [
      nomination('Đề nghị khen thưởng', []),
      nomination('Đề nghị khen thưởng', ['Đề nghị khen thưởng!K17840: Bị kỷ luật (Khiển trách) trong kỳ: không xét tặng danh hiệu thi đua.']),
      nomination('ĐN', ['ĐN!F6: Xếp loại HTNV.', 'Suy tôn!D2: số phiếu chưa đạt', 'Thiếu "Xếp loại"']),
      nomination('Sheet1', ['Sheet1', 'Sheet1!', 'Sheet10!A1: x']),
      nomination('Sheet1', []),
    ];
    const batch = new TextBatch();
    for (const n of noms) addReasonsText(batch, n);
    expect(batch.texts()).toEqual(noms.map(reasonsText));
    expect(batch.texts()[2]).toBe('- F6: Xếp loại HTNV.\n- Suy tôn!D2: số phiếu chưa đạt\n- Thiếu "Xếp loại"');
  });
});
