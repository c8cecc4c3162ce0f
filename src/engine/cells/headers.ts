/**
 * Finding a table's header row: anywhere in the first 15 rows, possibly under a title block,
 * possibly in merged cells, matched forgivingly (see ./text.ts).
 */
import { SheetGrid } from './grid';
import { cellText } from './values';
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

export function labelMatches(label: string, spec: ColumnSpec): boolean {
  const k = looseKey(label);
  if (!k) return false;
  return spec.aliases.some((alias) => {
    const a = looseKey(alias);
    switch (spec.match ?? 'exact') {
      case 'exact':
        return k === a;
      case 'prefix':
        return k === a || k.startsWith(`${a} `);
      case 'contains':
        return ` ${k} `.includes(` ${a} `);
    }
  });
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
    const labels: string[] = [];
    for (let c = 0; c < grid.colCount; c++) labels.push(headerLabel(grid, r, c));
    const columns: Record<string, number> = {};
    let score = 0;
    for (const spec of specs) {
      const c = labels.findIndex((l) => labelMatches(l, spec));
      if (c >= 0) {
        columns[spec.key] = c;
        score++;
      }
    }
    if (specs.some((s) => s.required && columns[s.key] === undefined)) continue;
    if (score === 0) continue;
    if (!best || score > best.score) best = { row: r, columns, labels: labels.map(looseKey), score };
  }
  return best;
}

/** True when the sheet name, folded, equals or starts with one of the aliases. */
export function sheetNameMatches(name: string, aliases: readonly string[]): boolean {
  const k = looseKey(name);
  return aliases.some((a) => {
    const f = looseKey(a);
    return k === f || k.startsWith(`${f} `);
  });
}
