import { phraseTest } from '../../../src/engine/scoring/phraseTest';
import { phraseSet } from '../../../src/engine/cells/phrases';
import { looseKey } from '../../../src/engine/cells/text';

describe('phraseTest', () => {
  const phrases = ['tự chấm', 'điểm (tối đa)', 'a.b', 'c+d', 'x|y'];
  const test = phraseTest(phrases);
  const set = phraseSet(phrases);

  it('answers as PhraseSet.containsKey: whole words anywhere in the folded label', () => {
    const labels = ['Tự chấm', 'Đơn vị tự chấm điểm', 'tự chấmx', 'xtự chấm', 'Điểm tối đa', 'a.b', 'za.b', 'a.b c', 'c+d', 'cd', 'x|y', 'x y', '', 'tu', 'diem toi da lan 2'];
    for (const l of labels) expect([l, test(looseKey(l))]).toEqual([l, set.containsKey(looseKey(l))]);
  });

  it('is false for an empty label and for no phrases', () => {
    expect(test('')).toBe(false);
    expect(phraseTest([])('tu cham')).toBe(false);
  });
});
