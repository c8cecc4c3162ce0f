import { atLeast, classify } from '../../../src/engine/ranking/classify';
import { DEFAULT_PARAMS } from '../../../src/engine/settings/params';

const bands = DEFAULT_PARAMS.bands;

describe('classify', () => {
  it.each([
    [100, 100, 'XUAT_SAC'],
    [95, 100, 'XUAT_SAC'],
    [94.99, 100, 'TOT'],
    [85, 100, 'TOT'],
    [84.99, 100, 'KHA'],
    [70, 100, 'KHA'],
    [50, 100, 'TRUNG_BINH'],
    [49.99, 100, 'YEU'],
    [950, 1000, 'XUAT_SAC'],
    [949.99, 1000, 'TOT'],
    [-3, 100, 'YEU'],
  ])('%p of %p is %p', (total, scale, c) => expect(classify(total, scale, bands)).toBe(c));
  it('uses the bands given', () => {
    expect(classify(90, 100, { XUAT_SAC: 90, TOT: 80, KHA: 65, TRUNG_BINH: 50 })).toBe('XUAT_SAC');
  });
  it('a 0 scale cannot be classified: Yếu', () => {
    expect(classify(10, 0, bands)).toBe('YEU');
  });
  it('orders classifications', () => {
    expect(atLeast('XUAT_SAC', 'TOT')).toBe(true);
    expect(atLeast('TOT', 'TOT')).toBe(true);
    expect(atLeast('KHA', 'TOT')).toBe(false);
  });
});
