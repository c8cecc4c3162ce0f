import { labelInfo } from '../../../src/engine/scoring/labelInfo';
import { isNotAUnitLabel, scoreKindOf } from '../../../src/engine/scoring/labels';
import { labelText } from '../../../src/engine/cells/headerLabels';
import { foldKey } from '../../../src/engine/cells/text';

describe('labelInfo', () => {
  it('reads a header cell as scoreKindOf, isNotAUnitLabel and foldKey of its text would', () => {
    const cells = ['Tự chấm', ' Khối  chấm ', 'Điểm thống nhất', 'Ghi chú', 'Trường THCS Minh Khai', 'TT', 'Tổng điểm', 42, true];
    for (const v of cells) {
      const text = labelText(v);
      expect(labelInfo(v)).toEqual({ text, kind: scoreKindOf(text), notAUnit: isNotAUnitLabel(text), key: foldKey(text) });
    }
    expect([labelInfo('Tự chấm').kind, labelInfo('Khối chấm').kind, labelInfo('Trường A').kind]).toEqual(['self', 'bloc', null]);
    expect([labelInfo('Ghi chú').notAUnit, labelInfo('Trường A').notAUnit]).toEqual([true, false]);
  });

  it('an empty cell has no text, no kind and no key; the same string reads as the same shared reading', () => {
    for (const v of [null, '', '   ']) expect(labelInfo(v)).toEqual({ text: '', kind: null, notAUnit: false, key: '' });
    expect(labelInfo('Khối chấm')).toBe(labelInfo('Khối chấm'));
  });
});
