/**
 * Classification (`Xếp loại`, SPEC §4.2) by total as a percentage of the scale: ≥ 95 % Xuất sắc,
 * ≥ 85 % Tốt, ≥ 70 % Khá, ≥ 50 % Trung bình, else Yếu — the bands are parameters (§6).
 */
import type { Classification, Params } from '../settings/params';
import { CLASSIFICATION_ORDER } from '../settings/params';
import { round2 } from '../cells/values';

/** A scale of 0 cannot be classified; such a table is already an error (CRITERIA_ZERO_SCALE), so Yếu. */
export function classify(total: number, scale: number, bands: Params['bands']): Classification {
  if (scale <= 0) return 'YEU';
  // total / scale ≥ band %  ⇔  total × 100 ≥ band × scale; exact on the 2-decimal total, no float noise.
  const lhs = Math.round(round2(total) * 100) * 100;
  // Band by band, best first (no list and iterator per call: thousands of units are classified).
  if (lhs >= Math.round(bands.XUAT_SAC * scale * 100)) return 'XUAT_SAC';
  if (lhs >= Math.round(bands.TOT * scale * 100)) return 'TOT';
  if (lhs >= Math.round(bands.KHA * scale * 100)) return 'KHA';
  if (lhs >= Math.round(bands.TRUNG_BINH * scale * 100)) return 'TRUNG_BINH';
  return 'YEU';
}

/** A classification's place, best first (Xuất sắc 0): `c` is `min` or better when its rank is not larger. */
export function classRank(c: Classification): number {
  return CLASSIFICATION_ORDER.indexOf(c);
}

/** True when `c` is `min` or better. */
export function atLeast(c: Classification, min: Classification): boolean {
  return classRank(c) <= classRank(min);
}
