/**
 * Finding a table's header row: anywhere in the first 15 rows, possibly under a title block,
 * possibly in merged cells, matched forgivingly (see ./text.ts).
 */
import { SheetGrid } from './grid';
import type { SheetSnapshot } from '../../workbook/snapshot';
import { cellText } from './values';
import { looseKey } from './text';
import { cachedLooseKey } from './keyCache';

export interface ColumnSpec {
  /** Identifier of the column for the caller ("name", "unit", …). */
  readonly key: string;
  /** Header texts that mean this column (Vietnamese, with or without diacritics). */
  readonly aliases: readonly string[];
  readonly required?: boolean;
  /**
   * 'exact' (default): the folded header equals an alias; 'prefix': starts with an alias followed by a
   * word boundary; 'contains': contains an alias as whole words.
   */
  readonly match?: 'exact' | 'prefix' | 'contains';
}

export interface HeaderMatch {
  /** 0-based header row (the lowest row of a two-row header). */
  readonly row: number;
  /** Column index per spec key (first match wins, left to right). */
  readonly columns: Readonly<Record<string, number>>;
  /** Folded label of every column of the header row (merged header cells included). */
  readonly labels: readonly string[];
  /** Number of specs matched. */
  readonly score: number;
}

export const HEADER_SEARCH_ROWS = 15;

export function labelMatches(label: string, spec: ColumnSpec): boolean {
  return keyMatches(looseKey(label), spec);
}

/** Folded aliases per spec, computed once: folding is the costly part of header matching. */
const aliasKeyCache = new WeakMap<ColumnSpec, readonly string[]>();

function aliasKeys(spec: ColumnSpec): readonly string[] {
  let keys = aliasKeyCache.get(spec);
  if (!keys) {
    keys = spec.aliases.map(looseKey);
    aliasKeyCache.set(spec, keys);
  }
  return keys;
}

/** Folded aliases padded with spaces (` a `), for whole-word tests; computed once per spec. */
const paddedKeyCache = new WeakMap<ColumnSpec, readonly string[]>();

function paddedKeys(spec: ColumnSpec): readonly string[] {
  let keys = paddedKeyCache.get(spec);
  if (!keys) {
    keys = aliasKeys(spec).map((a) => ` ${a} `);
    paddedKeyCache.set(spec, keys);
  }
  return keys;
}

/** labelMatches on an already folded label (looseKey). */
function keyMatches(k: string, spec: ColumnSpec): boolean {
  if (!k) return false;
  if ((spec.match ?? 'exact') === 'exact') return aliasKeys(spec).includes(k);
  return paddedMatches(` ${k} `, spec);
}

/**
 * 'prefix' and 'contains' on a folded label padded with spaces: ` k ` starts with ` a ` exactly when k
 * is a or starts with the word a; it contains ` a ` when a is among its words.
 */
function paddedMatches(padded: string, spec: ColumnSpec): boolean {
  const aliases = paddedKeys(spec);
  if (spec.match === 'prefix') {
    for (const a of aliases) if (padded.startsWith(a)) return true;
    return false;
  }
  for (const a of aliases) if (padded.includes(a)) return true;
  return false;
}

/** The header label of a column at `row`, joining a merged group header above it when present. */
export function headerLabel(grid: SheetGrid, row: number, col: number): string {
  return cellText(grid.get(row, col));
}

/**
 * Scans rows 0..14 for the row that matches the most specs, requiring all required ones.
 * Returns null when no row qualifies.
 */
export function findHeaderRow(grid: SheetGrid, specs: readonly ColumnSpec[], maxRows = HEADER_SEARCH_ROWS): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const last = Math.min(maxRows, grid.rowCount);
  for (let r = 0; r < last; r++) {
    const keys = rowKeys(grid, r);
    const first = firstColumns(grid, r, keys);
    const columns: Record<string, number> = {};
    let score = 0;
    for (const spec of specs) {
      const aliases = aliasKeys(spec);
      let c = -1;
      if ((spec.match ?? 'exact') === 'exact') {
        // Leftmost column equal to any alias: a map read per alias instead of a scan per column.
        for (const a of aliases) {
          const i = a ? first.get(a) : undefined;
          if (i !== undefined && (c < 0 || i < c)) c = i;
        }
      } else {
        const padded = paddedRowKeys(grid, r, keys);
        c = padded.findIndex((p) => p !== '' && paddedMatches(p, spec));
      }
      if (c >= 0) {
        columns[spec.key] = c;
        score++;
      }
    }
    if (specs.some((s) => s.required && columns[s.key] === undefined)) continue;
    if (score === 0) continue;
    if (!best || score > best.score) best = { row: r, columns, labels: keys, score };
  }
  return best;
}

/**
 * First column of each folded label of a row, computed once per sheet and row (keyed by the sheet's
 * snapshot: the scoring and the nomination stages each build their own grid over the same sheet).
 */
const firstColumnCache = new WeakMap<SheetSnapshot, Map<string, number>[]>();

function firstColumns(grid: SheetGrid, r: number, keys: readonly string[]): ReadonlyMap<string, number> {
  let rows = firstColumnCache.get(grid.sheet);
  if (!rows) firstColumnCache.set(grid.sheet, (rows = []));
  let m = rows[r];
  if (!m) {
    m = new Map();
    keys.forEach((k, c) => {
      if (k && !m!.has(k)) m!.set(k, c);
    });
    rows[r] = m;
  }
  return m;
}

/** Folded header labels of a row, computed once per sheet (several detectors scan the same rows). */
const rowKeyCache = new WeakMap<SheetSnapshot, (readonly string[])[]>();

function rowKeys(grid: SheetGrid, r: number): readonly string[] {
  let rows = rowKeyCache.get(grid.sheet);
  if (!rows) rowKeyCache.set(grid.sheet, (rows = []));
  let keys = rows[r];
  if (!keys) {
    const k: string[] = [];
    for (let c = 0; c < grid.colCount; c++) k.push(cachedLooseKey(headerLabel(grid, r, c)));
    rows[r] = keys = k;
  }
  return keys;
}

/** The row's folded labels padded with spaces (` k `, '' for an empty label), once per sheet and row. */
const paddedRowCache = new WeakMap<SheetSnapshot, (readonly string[])[]>();

function paddedRowKeys(grid: SheetGrid, r: number, keys: readonly string[]): readonly string[] {
  let rows = paddedRowCache.get(grid.sheet);
  if (!rows) paddedRowCache.set(grid.sheet, (rows = []));
  return (rows[r] ??= keys.map((k) => (k ? ` ${k} ` : '')));
}

/** True when the sheet name, folded, equals or starts with one of the aliases. */
export function sheetNameMatches(name: string, aliases: readonly string[]): boolean {
  const k = looseKey(name);
  return aliases.some((a) => {
    const f = looseKey(a);
    return k === f || k.startsWith(`${f} `);
  });
}
