/**
 * A criterion's type (SPEC §3.2 `Loại`): Chuẩn (default), Cộng (bonus, điểm thưởng), Trừ (deduction),
 * Liệt (veto). A group whose title says "điểm cộng", "điểm thưởng" or "điểm trừ" gives its leaves that
 * type unless they say otherwise.
 */
import type { CriterionType } from '../model';
import { looseKey } from '../cells/text';
import { memoised } from '../cells/memo';
import { phraseTest } from '../scoring/phraseTest';

const TYPE_WORDS: readonly [CriterionType, readonly string[]][] = [
  ['CHUAN', ['chuan', 'diem chuan', 'co ban', 'diem co ban', 'tieu chi chuan']],
  ['CONG', ['cong', 'diem cong', 'thuong', 'diem thuong', 'cong diem', 'khuyen khich', 'diem khuyen khich']],
  ['TRU', ['tru', 'diem tru', 'tru diem', 'bi tru']],
  ['LIET', ['liet', 'diem liet', 'tieu chi liet', 'tieu chuan liet', 'phu quyet', 'vi pham']],
];

/** The `Loại` cell's type; undefined when empty, null when unreadable. */
export function parseCriterionType(text: string): CriterionType | null | undefined {
  const k = looseKey(text);
  if (!k) return undefined;
  for (const [t, words] of TYPE_WORDS) if (words.includes(k)) return t;
  return null;
}

const TITLE_HINTS: readonly [CriterionType, (key: string) => boolean][] = [
  ['CONG', phraseTest(['điểm cộng', 'điểm thưởng', 'cộng điểm', 'thưởng điểm', 'điểm khuyến khích'])],
  ['TRU', phraseTest(['điểm trừ', 'trừ điểm', 'điểm bị trừ'])],
  ['LIET', phraseTest(['điểm liệt', 'tiêu chí liệt', 'tiêu chuẩn liệt'])],
];

/** Per folded title: every scoring sheet repeats the criteria sheet's group titles. */
const typeOfKey = memoised((k: string): CriterionType | null => {
  const hits = TITLE_HINTS.filter(([, words]) => words(k)).map(([t]) => t);
  return hits.length === 1 ? hits[0]! : null;
});

/** The type a group's title implies, or null (also null when it names two types). */
export function typeFromTitle(title: string): CriterionType | null {
  return typeOfKey(looseKey(title));
}
