import { headerLabel, labelKey, labelText } from '../../../src/engine/cells/headerLabels';
import { cellText } from '../../../src/engine/cells/values';
import { looseKey } from '../../../src/engine/cells/text';

describe('header labels', () => {
  it.each(['  Họ và  tên ', 'Tự chấm', 'Điểm (tối đa)', '', '\u00A0'])('%p: its text and folded label in one reading', (s) => {
    const l = headerLabel(s);
    expect(l.text).toBe(cellText(s));
    expect(l.key).toBe(looseKey(cellText(s)));
    expect(labelText(s)).toBe(l.text);
    expect(labelKey(s)).toBe(l.key);
    expect(headerLabel(s)).toBe(l);
  });
  it('other values are read as their text', () => {
    expect(labelText(12.5)).toBe(cellText(12.5));
    expect(labelKey(true)).toBe(looseKey(cellText(true)));
    expect(labelText(null)).toBe('');
  });
});
