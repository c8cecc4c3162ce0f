/**
 * Initiatives and research results (sáng kiến, đề tài) with the level that recognised them
 * (SPEC §3.6): in the same cell ("SK cấp tỉnh"), in a `Cấp công nhận` column, or as a count.
 */
import { memoised } from '../../cells/memo';
import type { CellValue } from '../../../workbook/snapshot';
import { isCellError } from '../../../workbook/snapshot';
import { cleanText, looseKey } from '../../cells/text';
import { isNoText } from './ratings';

/** 1 = cơ sở (school, district office), 2 = tỉnh / bộ / ngành, 3 = toàn quốc. */
export type InitiativeLevel = 1 | 2 | 3;

export const LEVEL_LABELS: Readonly<Record<InitiativeLevel, { vi: string; en: string }>> = {
  1: { vi: 'cơ sở', en: 'grassroots' },
  2: { vi: 'tỉnh/bộ', en: 'provincial/ministerial' },
  3: { vi: 'toàn quốc', en: 'national' },
};

export type InitiativeRead =
  | { readonly kind: 'empty' }
  /** "Không", 0, "—": a fact, the person has none. */
  | { readonly kind: 'none' }
  /** count null: "some" without a number; level null: the level is not written. */
  | { readonly kind: 'some'; readonly count: number | null; readonly level: InitiativeLevel | null }
  | { readonly kind: 'unreadable'; readonly text: string };

// "cấp X" phrases found inside free text; the bare words "tỉnh"/"bộ" are too common to trust there.
const IN_TEXT: readonly [RegExp, InitiativeLevel][] = [
  [/\b(cap )?(toan quoc|quoc gia)\b/, 3],
  [/\bcap (tinh|bo|nganh)\b|\bubnd tinh\b|\bbo gd/, 2],
  [/\bcap (co so|cs|truong|huyen|phong|don vi)\b|\bco so\b/, 1],
];

// What a `Cấp công nhận` cell holds on its own.
const LEVEL_WORDS: Readonly<Record<string, InitiativeLevel>> = {
  'co so': 1, cs: 1, truong: 1, 'cap truong': 1, huyen: 1, 'cap huyen': 1, phong: 1, 'cap co so': 1, 'don vi': 1,
  tinh: 2, 'cap tinh': 2, bo: 2, 'cap bo': 2, nganh: 2, 'cap nganh': 2, 'bo nganh': 2,
  'toan quoc': 3, 'cap toan quoc': 3, 'quoc gia': 3, tq: 3,
};

/** The level written in a `Cấp công nhận` cell; undefined when empty, null when unreadable. */
export function parseLevelCell(raw: string): InitiativeLevel | null | undefined {
  const k = looseKey(raw);
  if (!k) return undefined;
  return LEVEL_WORDS[k] ?? levelInText(raw);
}

/** The highest level named in a text, or null. */
export function levelInText(raw: string): InitiativeLevel | null {
  const k = looseKey(raw).replace(/[.&]/g, ' ');
  let best: InitiativeLevel | null = null;
  for (const [re, level] of IN_TEXT) if (re.test(k) && (best === null || level > best)) best = level;
  return best;
}

/**
 * Reads a `Sáng kiến` cell (text or count) with an optional level from `Cấp công nhận`.
 * "02 SK cấp cơ sở" → 2 at cơ sở; "SK1 …; SK2 …" (one per line or per ";") → 2; a number → a count.
 */
export function parseInitiative(v: CellValue, levelCell?: string): InitiativeRead {
  return typeof v === 'string' && levelCell === undefined ? parseInitiativeText(v) : readInitiative(v, levelCell);
}

/** The same initiative texts recur over many rows: memoised; the readings are shared and immutable. */
const parseInitiativeText = memoised((v: string) => readInitiative(v));

/** The reading of every empty cell: one object, never modified by callers. */
const EMPTY: InitiativeRead = { kind: 'empty' };

function readInitiative(v: CellValue, levelCell?: string): InitiativeRead {
  const levelFromColumn = levelCell === undefined ? undefined : parseLevelCell(levelCell);
  if (v === null || v === undefined) return EMPTY;
  if (isCellError(v)) return { kind: 'unreadable', text: v.error };
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return { kind: 'unreadable', text: String(v) };
    if (v === 0) return { kind: 'none' };
    return { kind: 'some', count: Math.floor(v), level: levelFromColumn ?? null };
  }
  if (typeof v === 'boolean') return { kind: 'unreadable', text: String(v) };
  const t = cleanText(v);
  if (t === '') return { kind: 'empty' };
  if (isNoText(t)) return { kind: 'none' };
  const level = levelFromColumn ?? levelInText(t);
  const lead = /^(\d{1,2})(?!\d)(?:\s|$)/.exec(t);
  if (lead) {
    const n = Number(lead[1]);
    return n === 0 ? { kind: 'none' } : { kind: 'some', count: n, level };
  }
  // cleanText folds line breaks into spaces: split the raw text.
  const items = v.split(/[;\n\r]+/).map((s) => cleanText(s)).filter((s) => s !== '');
  return { kind: 'some', count: Math.max(1, items.length), level };
}
