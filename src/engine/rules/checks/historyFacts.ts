/** Questions the rules ask of a person's history (see nominations/history.ts for how it is read). */
import type { PersonHistory } from '../../nominations/types';
import type { AwardCode } from '../../nominations/vocab/awards';
import { titleRank } from '../../nominations/vocab/awards';
import type { Rating } from '../../nominations/vocab/ratings';
import { RATING_RANK } from '../../nominations/vocab/ratings';
import type { Tri } from './tri';

/** Did the person hold `award` (or a higher emulation title) in period `key`? */
export function titleAt(h: PersonHistory, key: number, award: AwardCode): { tri: Tri; found: AwardCode | null; cell: string | null } {
  const f = h.get(key);
  const cell = f?.cells.title ?? null;
  if (!f) return { tri: 'unknown', found: null, cell };
  const need = titleRank(award);
  let best: AwardCode | null = null;
  for (const a of f.awards) if (titleRank(a) > 0 && (best === null || titleRank(a) > titleRank(best))) best = a;
  if (need > 0 && best !== null && titleRank(best) >= need) return { tri: 'yes', found: best, cell };
  if (need === 0 && f.awards.has(award)) return { tri: 'yes', found: award, cell };
  // A title column or the free text stated the period's title, and it is lower (or "Không"): a fact.
  if (f.titleKnown) return { tri: 'no', found: best, cell };
  return { tri: 'unknown', found: best, cell };
}

export function ratingAt(h: PersonHistory, key: number, min: Rating): { tri: Tri; found: Rating | 'none' | null; cell: string | null } {
  const f = h.get(key);
  const r = f?.rating ?? null;
  const cell = f?.cells.rating ?? null;
  if (r === null) return { tri: 'unknown', found: null, cell };
  if (r === 'none') return { tri: 'no', found: r, cell };
  return { tri: RATING_RANK[r] >= RATING_RANK[min] ? 'yes' : 'no', found: r, cell };
}

/** Number of initiatives recorded in period `key`: a number, 0 for "Không", null when unknown. */
export function initiativesAt(h: PersonHistory, key: number): { count: number | null; cell: string | null } {
  const f = h.get(key);
  const v = f?.initiatives ?? null;
  const cell = f?.cells.initiatives ?? null;
  if (v === null) return { count: null, cell };
  if (v === 'none') return { count: 0, cell };
  return { count: v.count, cell };
}

/** Every period where one of `awards` is recorded, most recent first. */
export function periodsWith(h: PersonHistory, awards: readonly AwardCode[]): { key: number; award: AwardCode; cell: string | null }[] {
  const out: { key: number; award: AwardCode; cell: string | null }[] = [];
  for (const [key, f] of h) for (const a of awards) if (f.awards.has(a)) out.push({ key, award: a, cell: f.cells.merit ?? f.cells.title });
  return out.sort((a, b) => b.key - a.key);
}
