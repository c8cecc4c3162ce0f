/** Questions the rules ask of a person's history (see nominations/history.ts for how it is read). */
import type { PeriodFacts, PersonHistory } from '../../nominations/types';
import type { AwardCode } from '../../nominations/vocab/awards';
import { EMULATION_TITLE_ORDER, titleRank } from '../../nominations/vocab/awards';
import type { Rating } from '../../nominations/vocab/ratings';
import { RATING_RANK } from '../../nominations/vocab/ratings';
import type { Tri } from './tri';

/** Which of a period's fact cells an answer names. */
type FactCell = 'title' | 'rating' | 'initiatives';

/**
 * An answer about one period. The cell it was read from is written only when asked for (when the answer
 * becomes a reason): most answers are not reasons.
 */
export class PeriodAnswer<T> {
  constructor(
    readonly tri: Tri,
    readonly found: T | null,
    private readonly facts: PeriodFacts | undefined,
    private readonly which: FactCell,
  ) {}

  get cell(): string | null {
    return this.facts === undefined ? null : this.facts.cells[this.which];
  }
}

/** Did the person hold `award` (or a higher emulation title) in period `key`? */
export function titleAt(h: PersonHistory, key: number, award: AwardCode): PeriodAnswer<AwardCode> {
  const f = h.get(key);
  if (!f) return new PeriodAnswer<AwardCode>('unknown', null, f, 'title');
  const need = titleRank(award);
  const best = bestTitle(f.awards);
  if (need > 0 && best !== null && titleRank(best) >= need) return new PeriodAnswer<AwardCode>('yes', best, f, 'title');
  if (need === 0 && f.awards.has(award)) return new PeriodAnswer<AwardCode>('yes', award, f, 'title');
  // A title column or the free text stated the period's title, and it is lower (or "Không"): a fact.
  return new PeriodAnswer<AwardCode>(f.titleKnown ? 'no' : 'unknown', best, f, 'title');
}

/** The highest emulation title among `awards`, null when none is one (asked title by title: no iterator). */
function bestTitle(awards: ReadonlySet<AwardCode>): AwardCode | null {
  for (let r = EMULATION_TITLE_ORDER.length - 1; r >= 0; r--) {
    const t = EMULATION_TITLE_ORDER[r]!;
    if (awards.has(t)) return t;
  }
  return null;
}

export function ratingAt(h: PersonHistory, key: number, min: Rating): PeriodAnswer<Rating | 'none'> {
  const f = h.get(key);
  const r = f === undefined ? null : f.rating;
  if (r === null) return new PeriodAnswer<Rating | 'none'>('unknown', null, f, 'rating');
  if (r === 'none') return new PeriodAnswer<Rating | 'none'>('no', r, f, 'rating');
  return new PeriodAnswer<Rating | 'none'>(RATING_RANK[r] >= RATING_RANK[min] ? 'yes' : 'no', r, f, 'rating');
}

/** Number of initiatives recorded in period `key` (`found`): a number, 0 for "Không", null when unknown. */
export function initiativesAt(h: PersonHistory, key: number): PeriodAnswer<number> {
  const f = h.get(key);
  const v = f === undefined ? null : f.initiatives;
  const count = v === null ? null : v === 'none' ? 0 : v.count;
  return new PeriodAnswer<number>(count === null ? 'unknown' : 'yes', count, f, 'initiatives');
}

/** Every period where one of `awards` is recorded, most recent first. */
export function periodsWith(h: PersonHistory, awards: readonly AwardCode[]): { key: number; award: AwardCode; cell: string | null }[] {
  const out: { key: number; award: AwardCode; cell: string | null }[] = [];
  for (const [key, f] of h) for (const a of awards) if (f.awards.has(a)) out.push({ key, award: a, cell: f.cells.merit ?? f.cells.title });
  return out.sort((a, b) => b.key - a.key);
}
