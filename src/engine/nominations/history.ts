/**
 * A person's earlier achievements (SPEC §3.6): history columns whose header holds a period and a kind
 * ("Danh hiệu năm học 2023-2024", "Xếp loại 2023-2024", "Sáng kiến 2024", "Khen thưởng năm 2023"), and the
 * free-text "Thành tích các năm trước" ("CSTĐCS 2023, 2024; Bằng khen UBND tỉnh 2022"). What is
 * unambiguous is parsed; every other piece is returned so the user is told.
 */
import type { CellValue } from '../../workbook/snapshot';
import { cleanText, looseKey } from '../cells/text';
import { memoised } from '../cells/memo';
import { cellText } from '../cells/values';
import type { PeriodKind, PeriodToken } from '../rules/periods';
import { findPeriodTokens, readToken } from '../rules/periods';
import type { PeriodFacts } from './types';
import type { AwardCode } from './vocab/awards';
import { parseAward, parseAwardList, titleRank } from './vocab/awards';
import type { Rating } from './vocab/ratings';
import { isNoText, parseRating } from './vocab/ratings';
import { parseInitiative } from './vocab/initiatives';

export type HistoryKind = 'title' | 'rating' | 'initiative' | 'merit';

export interface HistoryColumn {
  readonly col: number;
  readonly kind: HistoryKind;
  readonly token: PeriodToken;
  readonly header: string;
}

const KIND_WORDS: readonly [RegExp, HistoryKind][] = [
  [/\bdanh hieu\b/, 'title'],
  [/\b(xep loai|danh gia)\b/, 'rating'],
  [/\b(sang kien|de tai|skkn)\b/, 'initiative'],
  [/\b(khen thuong|thanh tich|hinh thuc)\b/, 'merit'],
];

/**
 * The history kind and period of a header; `above` is the label over it when the header row only holds
 * the period under a merged "Danh hiệu" cell. Null when the header is not a history column.
 */
export function historyHeader(label: string, above = ''): { kind: HistoryKind; tokens: PeriodToken[] } | null {
  const tokens = findPeriodTokens(label);
  if (tokens.length === 0) return null;
  const k = looseKey(label);
  for (const [re, kind] of KIND_WORDS) if (re.test(k)) return { kind, tokens };
  const rest = looseKey(label.replace(/(?:19|20)\d{2}/g, ' ')).replace(/\b(nam hoc|nam)\b/g, '').trim();
  if (rest === '' && above) {
    const a = looseKey(above);
    for (const [re, kind] of KIND_WORDS) if (re.test(a)) return { kind, tokens };
  }
  return null;
}

export function emptyFacts(): PeriodFacts {
  return { awards: new Set(), titleKnown: false, rating: null, initiatives: null, cells: { title: null, merit: null, rating: null, initiatives: null } };
}

function factsAt(h: Map<number, PeriodFacts>, key: number): PeriodFacts {
  let f = h.get(key);
  if (!f) h.set(key, (f = emptyFacts()));
  return f;
}

/** Records one history cell. Returns the unreadable text when the cell could not be read. */
export function applyHistoryCell(h: Map<number, PeriodFacts>, col: HistoryColumn, key: number, v: CellValue, cell: string): string | null {
  const text = typeof v === 'string' ? v : cellText(v);
  if (cleanText(text) === '') return null;
  const f = factsAt(h, key);
  switch (col.kind) {
    case 'title':
    case 'merit': {
      if (isNoText(text)) {
        if (col.kind === 'title') {
          f.titleKnown = true;
          f.cells.title ??= cell;
        }
        return null;
      }
      const list = parseAwardList(text);
      for (const a of list.awards) f.awards.add(a.code);
      if (list.awards.some((a) => titleRank(a.code) === 0)) f.cells.merit ??= cell;
      const hasTitle = list.awards.some((a) => titleRank(a.code) > 0);
      if (col.kind === 'title' || hasTitle) {
        f.titleKnown ||= col.kind === 'title';
        f.cells.title ??= cell;
      }
      return list.unknown.length > 0 ? list.unknown.join(', ') : null;
    }
    case 'rating': {
      const r = parseRating(text);
      if (r.kind === 'rating') f.rating = r.rating;
      else if (r.kind === 'none') f.rating = 'none';
      else return r.kind === 'unknown' ? r.text : null;
      f.cells.rating ??= cell;
      return null;
    }
    case 'initiative': {
      const r = parseInitiative(v);
      if (r.kind === 'none') f.initiatives = 'none';
      else if (r.kind === 'some') f.initiatives = { count: r.count, level: r.level };
      else return r.kind === 'unreadable' ? r.text : null;
      f.cells.initiatives ??= cell;
      return null;
    }
  }
}

type Label = { kind: 'award'; code: AwardCode } | { kind: 'rating'; rating: Rating };

function readLabel(text: string): Label | null {
  const k = looseKey(text)
    .replace(/\b(nam hoc|cac nam|nam|nh|dat|duoc tang|danh hieu)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (k === '') return null;
  const code = parseAward(k);
  if (code) return { kind: 'award', code };
  const r = parseRating(k);
  if (r.kind === 'rating') return { kind: 'rating', rating: r.rating };
  return null;
}

export interface FreeTextEntry {
  readonly key: number;
  readonly label: Label;
}

/**
 * "CSTĐCS 2023, 2024; Bằng khen UBND tỉnh 2022; HTXSNV 2021-2022": each period belongs to the last
 * title or rating named before it. A title without a period, a period without a title, a range that is
 * not one school year, unknown words: all are returned as `ambiguous`.
 */
export interface HistoryTextRead {
  readonly entries: readonly FreeTextEntry[];
  readonly ambiguous: readonly string[];
}

const historyMemo = { year: memoised((raw) => readHistoryText(raw, 'year')), schoolYear: memoised((raw) => readHistoryText(raw, 'schoolYear')), none: memoised((raw) => readHistoryText(raw, null)) };

export function parseHistoryText(raw: string, kind: PeriodKind | null): HistoryTextRead {
  return historyMemo[kind ?? 'none'](raw);
}

function readHistoryText(raw: string, kind: PeriodKind | null): HistoryTextRead {
  const entries: FreeTextEntry[] = [];
  const ambiguous: string[] = [];
  for (const segment of raw.split(/[;\n\r]+/)) {
    let current: Label | null = null;
    for (const pieceRaw of segment.split(',')) {
      const piece = cleanText(pieceRaw);
      if (piece === '') continue;
      const tokens = findPeriodTokens(piece);
      let rest = piece;
      for (const t of [...tokens].reverse()) rest = rest.slice(0, t.index) + ' ' + rest.slice(t.index + t.text.length);
      rest = rest.replace(/[():\-–—.]/g, ' ').trim();
      if (looseKey(rest).replace(/\b(nam hoc|nam|nh)\b/g, '').trim() !== '') {
        const label = readLabel(rest);
        if (!label) {
          ambiguous.push(piece);
          current = null;
          continue;
        }
        current = label;
        if (tokens.length === 0) {
          ambiguous.push(piece);
          continue;
        }
      }
      if (!current) {
        ambiguous.push(piece);
        continue;
      }
      for (const t of tokens) {
        const r = readToken(t, kind);
        if ('ambiguous' in r) ambiguous.push(piece);
        else entries.push({ key: r.key, label: current });
      }
    }
  }
  return { entries, ambiguous };
}

/** Adds the free-text entries to a history; an emulation title named for a period states that period's title. */
export function applyFreeText(h: Map<number, PeriodFacts>, entries: readonly FreeTextEntry[], cell: string): void {
  for (const e of entries) {
    const f = factsAt(h, e.key);
    if (e.label.kind === 'rating') {
      f.rating ??= e.label.rating;
      f.cells.rating ??= cell;
      continue;
    }
    f.awards.add(e.label.code);
    if (titleRank(e.label.code) === 0) f.cells.merit ??= cell;
    if (titleRank(e.label.code) > 0) {
      f.titleKnown = true;
      f.cells.title ??= cell;
    }
  }
}
