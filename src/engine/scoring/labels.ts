/**
 * Header words of scoring sheets (SPEC §3.3): the self score (`Tự chấm`), the bloc score (`Khối chấm`
 * and its aliases) and the columns that are never a unit's scores.
 */
import { cachedLooseKey as looseKey } from '../cells/keyCache';
import { memoised } from '../cells/memo';
import { phraseTest } from './phraseTest';

const SELF_WORDS = phraseTest(['tự chấm', 'tự đánh giá', 'đơn vị tự chấm', 'tự chấm điểm']);
const BLOC_WORDS = phraseTest([
  'khối chấm',
  'cụm chấm',
  'điểm kiểm tra',
  'kiểm tra chéo',
  'điểm thống nhất',
  'thống nhất',
  'chấm chéo',
  'đoàn kiểm tra',
  'hội đồng chấm',
  'khối duyệt',
  'cụm duyệt',
  'kết quả kiểm tra',
  'điểm khối',
  'điểm cụm',
]);
const NOT_A_UNIT_WORDS = phraseTest([
  'ghi chú',
  'minh chứng',
  'giải trình',
  'nhận xét',
  'lý do',
  'hướng dẫn',
  'cách chấm',
  'phương pháp',
  'điểm chuẩn',
  'điểm tối đa',
  'thang điểm',
  'tổng cộng',
  'tổng điểm',
  'xếp hạng',
  'xếp loại',
  'loại điểm',
]);
const NOT_A_UNIT_EXACT = new Set(['loai', 'tong', 'stt', 'tt', 'diem', 'ma']);

export type ScoreKind = 'self' | 'bloc';

/** Kind per folded label: a scoring sheet repeats Tự chấm / Khối chấm over every unit. */
const kindOfKey = memoised((k: string): ScoreKind | null => {
  if (BLOC_WORDS(k)) return 'bloc';
  if (SELF_WORDS(k)) return 'self';
  return null;
});

/** 'bloc' for Khối chấm & co., 'self' for Tự chấm, null otherwise. */
export function scoreKindOf(label: string): ScoreKind | null {
  if (!label) return null;
  return kindOfKey(looseKey(label));
}

const notAUnitKey = memoised((k: string): boolean => NOT_A_UNIT_EXACT.has(k) || NOT_A_UNIT_WORDS(k));

/** True for headers such as Ghi chú, Điểm chuẩn, Tổng cộng: never a unit's name. */
export function isNotAUnitLabel(label: string): boolean {
  return notAUnitKey(looseKey(label));
}

/** "Điểm chuẩn", "Điểm tối đa", "Thang điểm" written in a units-in-rows sheet's name column: the max row. */
export function isMaxRowLabel(label: string): boolean {
  const k = looseKey(label);
  return ['diem chuan', 'diem toi da', 'thang diem', 'diem quy dinh', 'toi da', 'diem dinh muc'].includes(k);
}

/** "Tổng cộng", "Trung bình", "Bình quân"…: summary rows under a units-in-rows table. */
export function isSummaryRowLabel(label: string): boolean {
  const k = looseKey(label);
  return k === 'tong' || k === 'cong' || /^(tong cong|tong so|trung binh|binh quan|diem trung binh|tong diem)( |$)/.test(k);
}
