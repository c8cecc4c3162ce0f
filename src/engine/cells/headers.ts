/**
 * Finding a table's header row: anywhere in the first 15 rows, possibly under a title block,
 * possibly in merged cells, matched forgivingly (see ./text.ts).
 */
import { SheetGrid } from './grid';
import { readRow, rowCache, rowKeys, type RowLabels } from './headerRows';
import { looseKey } from './text';

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

/** A spec with its aliases folded once: folding is the costly part of header matching. */
interface CompiledSpec {
  readonly key: string;
  readonly required: boolean;
  readonly mode: 'exact' | 'prefix' | 'contains';
  /** Folded aliases (looseKey), in the spec's order. */
  readonly keys: readonly string[];
  /** The non-empty folded aliases, for exact matches. */
  readonly keySet: ReadonlySet<string>;
  /** Folded aliases padded with spaces (` a `), for whole-word tests. */
  readonly padded: readonly string[];
  /** Non-empty aliases by their first code unit: a label starting with one starts with it. */
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
  /** An alias folds to digits (and spaces) only: a number cell could match it. */
  readonly digits: boolean;
}

const compiledCache = new WeakMap<ColumnSpec, CompiledSpec>();

function compile(spec: ColumnSpec): CompiledSpec {
  let c = compiledCache.get(spec);
  if (!c) {
    const keys = spec.aliases.map(looseKey);
    const padded = keys.map((a) => ` ${a} `);
    const byFirst = new Map<number, string[]>();
    for (const a of keys) {
      if (!a) continue;
      const list = byFirst.get(a.charCodeAt(0));
      if (list) list.push(a);
      else byFirst.set(a.charCodeAt(0), [a]);
    }
    const digits = keys.some((a) => /^[\d ]+$/.test(a));
    const keySet = new Set(keys.filter((a) => a !== ''));
    c = { key: spec.key, required: spec.required === true, mode: spec.match ?? 'exact', keys, keySet, padded, byFirst, digits };
    compiledCache.set(spec, c);
  }
  return c;
}

/**
 * 'prefix' and 'contains' on a folded label padded with spaces: ` k ` starts with ` a ` exactly when k
 * is a or starts with the word a; it contains ` a ` when a is among its words.
 */
function paddedMatches(padded: string, spec: CompiledSpec): boolean {
  if (spec.mode === 'prefix') {
    for (const a of spec.padded) if (padded.startsWith(a)) return true;
    return false;
  }
  for (const a of spec.padded) if (padded.includes(a)) return true;
  return false;
}

/**
 * Scans rows 0..14 for the row that matches the most specs, requiring all required ones.
 * Returns null when no row qualifies.
 */
export function findHeaderRow(grid: SheetGrid, specs: readonly ColumnSpec[], maxRows = HEADER_SEARCH_ROWS): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const last = Math.min(maxRows, grid.rowCount);
  const { compiled, withNumbers, order, early } = searchPlan(specs);
  const rows = rowCache(grid.sheet, withNumbers);
  const found: number[] = [];
  for (let r = 0; r < last; r++) {
    const row = (rows[r] ??= readRow(grid, r, withNumbers));
    if (!row.keys.length) continue;
    let missing = false;
    for (let o = 0; o < order.length; o++) {
      const i = order[o]!;
      const spec = compiled[i]!;
      const c = spec.mode === 'exact' ? exactColumn(row, spec) : spec.mode === 'prefix' ? prefixColumn(row, spec) : containsColumn(row, spec);
      found[i] = c;
      if (c < 0 && early && spec.required) {
        missing = true;
        break;
      }
    }
    if (missing) continue;
    const columns: Record<string, number> = {};
    let score = 0;
    for (let i = 0; i < compiled.length; i++)
      if (found[i]! >= 0) {
        columns[compiled[i]!.key] = found[i]!;
        score++;
      }
    if (score === 0 || !hasRequired(compiled, columns)) continue;
    if (!best || score > best.score) best = { row: r, columns, labels: rowKeys(grid, r), score };
  }
  return best;
}

/** Every required spec has a column (a spec sharing its key may have given it). */
function hasRequired(compiled: readonly CompiledSpec[], columns: Readonly<Record<string, number>>): boolean {
  for (const c of compiled) if (c.required && columns[c.key] === undefined) return false;
  return true;
}

/** How a list of specs is matched, prepared once per list (checked against its current elements). */
interface SearchPlan {
  readonly specs: readonly ColumnSpec[];
  readonly compiled: readonly CompiledSpec[];
  /** A number's label folds to digits and spaces: it can only match an alias made of digits, which headers never have. */
  readonly withNumbers: boolean;
  /**
   * Required specs first, exact ones before the others: a row missing one is dropped without matching the
   * rest (`early`; only when no two specs share a key: a shared key could satisfy a required one).
   */
  readonly order: readonly number[];
  readonly early: boolean;
}

const searchPlans = new WeakMap<readonly ColumnSpec[], SearchPlan>();

function searchPlan(specs: readonly ColumnSpec[]): SearchPlan {
  const cached = searchPlans.get(specs);
  if (cached && cached.specs.length === specs.length && cached.specs.every((s, i) => s === specs[i])) return cached;
  const compiled = specs.map(compile);
  const order = specs.map((_, i) => i);
  const early = new Set(specs.map((s) => s.key)).size === specs.length;
  if (early) order.sort((a, b) => rank(specs[a]!, compiled[a]!) - rank(specs[b]!, compiled[b]!) || a - b);
  const plan: SearchPlan = { specs: [...specs], compiled, withNumbers: compiled.some((c) => c.digits), order, early };
  searchPlans.set(specs, plan);
  return plan;
}

/** Matching order of a spec: required exact (0), required other (1), the rest (2). */
function rank(spec: ColumnSpec, c: CompiledSpec): number {
  return spec.required ? (c.mode === 'exact' ? 0 : 1) : 2;
}

/**
 * Leftmost column equal to any alias: the row's labels left to right, each looked up in the spec's set of
 * aliases (the columns of a row's labels increase from left to right, so the first hit is the leftmost).
 * One lookup per label, no map per row.
 */
function exactColumn(row: RowLabels, spec: CompiledSpec): number {
  const { keys } = row;
  const set = spec.keySet;
  for (let j = 0; j < keys.length; j++) if (set.has(keys[j]!)) return row.cols[j]!;
  return -1;
}

/** Leftmost column whose label starts with an alias as whole words (only the aliases of its first letter). */
function prefixColumn(row: RowLabels, spec: CompiledSpec): number {
  const { keys } = row;
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j]!;
    const aliases = spec.byFirst.get(k.charCodeAt(0));
    if (!aliases) continue;
    // ` k ` starts with ` a `: k is a, or starts with a and a space.
    for (const a of aliases) if (k === a || (k.startsWith(a) && k.charCodeAt(a.length) === 32)) return row.cols[j]!;
  }
  return -1;
}

/** Leftmost column whose label contains an alias as whole words. */
function containsColumn(row: RowLabels, spec: CompiledSpec): number {
  for (let j = 0; j < row.keys.length; j++) if (paddedMatches(` ${row.keys[j]!} `, spec)) return row.cols[j]!;
  return -1;
}

/** True when the sheet name, folded, equals or starts with one of the aliases. */
export function sheetNameMatches(name: string, aliases: readonly string[]): boolean {
  const k = looseKey(name);
  return aliases.some((a) => {
    const f = looseKey(a);
    return k === f || k.startsWith(`${f} `);
  });
}
