/**
 * Ratings (đánh giá, xếp loại) and discipline (kỷ luật) as users type them (SPEC §3.8, §3.6).
 * An empty cell is missing data; "Không", "0" or "—" is a fact.
 */
import { looseKey } from '../../cells/text';
import { memoised } from '../../cells/memo';

export type Rating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

/** Higher is better. */
export const RATING_RANK: Readonly<Record<Rating, number>> = { HTXSNV: 4, HTTNV: 3, HTNV: 2, KHTNV: 1 };

export const RATING_LABELS: Readonly<Record<Rating, { vi: string; en: string; short: string }>> = {
  HTXSNV: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Outstanding performance', short: 'HTXSNV' },
  HTTNV: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good performance', short: 'HTTNV' },
  HTNV: { vi: 'Hoàn thành nhiệm vụ', en: 'Satisfactory performance', short: 'HTNV' },
  KHTNV: { vi: 'Không hoàn thành nhiệm vụ', en: 'Unsatisfactory performance', short: 'KHTNV' },
};

export type RatingRead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'rating'; readonly rating: Rating }
  /** "Không", "0", "—": the person has no rating this period (a fact: rules requiring one fail). */
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown'; readonly text: string };

const NO_WORDS = new Set(['khong', '0', 'chua', 'chua xep loai', 'khong xep loai', 'none', 'no']);
const DASHES = /^[-—–_]+$/;

/** True for the texts that say "no"/"none" rather than leaving the cell empty. */
export function isNoText(raw: string): boolean {
  const t = raw.trim();
  if (DASHES.test(t)) return true;
  return NO_WORDS.has(looseKey(t));
}

/** Ratings by their folded, squashed form, "nhiệm vụ" shortened to "nv" ("Hoàn thành tốt NV" = HTTNV). */
const RATING_FORMS: Readonly<Record<string, Rating>> = {
  khonghoanthanhnv: 'KHTNV',
  khonghoanthanh: 'KHTNV',
  khtnv: 'KHTNV',
  kht: 'KHTNV',
  hoanthanhxuatsacnv: 'HTXSNV',
  hoanthanhxuatsac: 'HTXSNV',
  htxsnv: 'HTXSNV',
  htxs: 'HTXSNV',
  hoanthanhtotnv: 'HTTNV',
  hoanthanhtot: 'HTTNV',
  httnv: 'HTTNV',
  htt: 'HTTNV',
  hoanthanhnv: 'HTNV',
  hoanthanh: 'HTNV',
  htnv: 'HTNV',
  ht: 'HTNV',
};

/** A rating cell (memoised: the same few spellings recur on every row; results are shared, immutable). */
export const parseRating = memoised(readRating);

function readRating(raw: string): RatingRead {
  const t = raw.trim();
  if (t === '') return { kind: 'empty' };
  if (isNoText(t)) return { kind: 'none' };
  const s = looseKey(t).replace(/[.\s]/g, '').replace(/nhiemvu$/, 'nv');
  const rating = RATING_FORMS[s];
  return rating ? { kind: 'rating', rating } : { kind: 'unknown', text: t };
}

/**
 * Disciplinary measures, mildest first (Luật Cán bộ, công chức; Luật Viên chức). Level 1 (khiển trách)
 * already bars every title of the period; collectives count members at level ≥ 2 (cảnh cáo).
 */
export const DISCIPLINE_FORMS: readonly { readonly level: number; readonly vi: string; readonly keys: readonly string[] }[] = [
  { level: 1, vi: 'Khiển trách', keys: ['khien trach'] },
  { level: 2, vi: 'Cảnh cáo', keys: ['canh cao'] },
  { level: 3, vi: 'Hạ bậc lương', keys: ['ha bac luong', 'ha bac'] },
  { level: 4, vi: 'Giáng chức', keys: ['giang chuc'] },
  { level: 5, vi: 'Cách chức', keys: ['cach chuc'] },
  { level: 6, vi: 'Buộc thôi việc', keys: ['buoc thoi viec'] },
];

export const WARNING_LEVEL = 2;

export type DisciplineRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'discipline'; readonly level: number; readonly label: string }
  | { readonly kind: 'unknown'; readonly text: string };

/** Empty or "Không" = none (SPEC §3.6). The heaviest measure named in the cell wins. */
export const parseDiscipline = memoised(readDiscipline);

function readDiscipline(raw: string): DisciplineRead {
  const t = raw.trim();
  if (t === '' || isNoText(t)) return { kind: 'none' };
  const k = ` ${looseKey(t)} `;
  let best: { level: number; vi: string } | null = null;
  for (const f of DISCIPLINE_FORMS) if (f.keys.some((key) => k.includes(` ${key} `)) && (!best || f.level > best.level)) best = f;
  if (best) return { kind: 'discipline', level: best.level, label: best.vi };
  return { kind: 'unknown', text: t };
}
