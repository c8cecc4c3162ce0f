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

/** What the words of a folded label say (see labelWords): a Tự chấm label, a Khối chấm label, no unit's name. */
export const WORDS_SELF = 1;
export const WORDS_BLOC = 2;
export const WORDS_NOT_A_UNIT = 4;

/**
 * The words of a folded label, as WORDS_* flags, in one lookup per label (a scoring sheet repeats Tự chấm /
 * Khối chấm over every unit, and each unit's name is asked both questions): the score kind (a Khối chấm
 * phrase wins over a Tự chấm one) and whether the label can never name a unit.
 */
export const labelWords = memoised((k: string): number => {
  const kind = BLOC_WORDS(k) ? WORDS_BLOC : SELF_WORDS(k) ? WORDS_SELF : 0;
  return kind | (NOT_A_UNIT_EXACT.has(k) || NOT_A_UNIT_WORDS(k) ? WORDS_NOT_A_UNIT : 0);
});

/** The score kind of labelWords flags. */
export function kindOfWords(words: number): ScoreKind | null {
  return words & WORDS_BLOC ? 'bloc' : words & WORDS_SELF ? 'self' : null;
}

/** 'bloc' for Khối chấm & co., 'self' for Tự chấm, null otherwise. */
export function scoreKindOf(label: string): ScoreKind | null {
  if (!label) return null;
  return kindOfWords(labelWords(looseKey(label)));
}

/** True for headers such as Ghi chú, Điểm chuẩn, Tổng cộng: never a unit's name. */
export function isNotAUnitLabel(label: string): boolean {
  return (labelWords(looseKey(label)) & WORDS_NOT_A_UNIT) !== 0;
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
