/**
 * A row's history (its history columns and free text, SPEC §3.6) read once per distinct combination of
 * cell values: rows typed alike share one reading, whose facts name columns instead of cells. Each row
 * keeps a small view (the shared reading and its row number) that writes the A1 addresses only when a
 * rule asks for them, so a 50,000-row list does not keep a map, sets and address strings per row.
 */
import type { CellValue } from '../../workbook/snapshot';
import { cellAddress } from '../cells/address';
import type { SheetGrid } from '../cells/grid';
import type { PeriodKind } from '../rules/periods';
import type { HistoryColumn } from './history';
import { applyFreeText, applyHistoryCell, parseHistoryText } from './history';
import type { PeriodFacts, PersonHistory } from './types';

/** A history column whose header reads as one period of this workbook. */
export interface ReadableHistory {
  readonly col: HistoryColumn;
  readonly key: number;
}

/** A text to report for a cell of the row (NOMINATION_HISTORY_AMBIGUOUS). */
export interface HistoryWarning {
  readonly col: number;
  readonly text: string;
}

/** Where each kind of fact was read from, as columns (-1: nowhere). */
interface FactColumns {
  readonly title: number;
  readonly merit: number;
  readonly rating: number;
  readonly initiatives: number;
}

/** Facts of one period as read from the cells, with columns where the row's facts have cells. */
interface SharedFacts {
  readonly facts: PeriodFacts;
  readonly cols: FactColumns;
}

/** The reading of one combination of history values. */
export interface SharedHistory {
  readonly facts: ReadonlyMap<number, SharedFacts>;
  /** False when no history cell held anything: the row shares the empty history. */
  readonly present: boolean;
  /** Warnings of the free-text cell (those of the columns are on the node before it). */
  readonly warnings: readonly HistoryWarning[];
}

/** The history columns' values read so far: what they warn about, and the readings by free text. */
interface ColumnsNode {
  readonly values: readonly CellValue[];
  readonly warnings: readonly HistoryWarning[];
  readonly byFree: Map<string, SharedHistory>;
}

const NONE: PersonHistory = new Map();

/**
 * The readings of one sheet's rows. `columnsOf` walks the history columns' values (one map lookup per
 * column), `historyOf` adds the free text; `view` gives the row its history.
 */
export class HistoryReader {
  private readonly root = new Map<unknown, unknown>();
  private readonly last: number;

  constructor(
    private readonly columns: readonly ReadableHistory[],
    private readonly freeCol: number,
    private readonly kind: PeriodKind | null,
  ) {
    this.last = columns.length - 1;
  }

  /** The node of the history columns' values of row `r`. */
  columnsOf(grid: SheetGrid, r: number): ColumnsNode {
    if (this.columns.length === 0) return (this.root.get(NONE) as ColumnsNode | undefined) ?? this.addNode(this.root, NONE, []);
    let level: Map<unknown, unknown> = this.root;
    for (let i = 0; ; i++) {
      const v = grid.get(r, this.columns[i]!.col.col);
      const k = v === '' ? null : v;
      const next = level.get(k);
      if (i === this.last) return (next as ColumnsNode | undefined) ?? this.addNode(level, k, this.columns.map((h) => grid.get(r, h.col.col)));
      if (next === undefined) level.set(k, (level = new Map()));
      else level = next as Map<unknown, unknown>;
    }
  }

  /** The reading of the node's values with the free text (`''` for none). */
  historyOf(node: ColumnsNode, free: string): SharedHistory {
    let h = node.byFree.get(free);
    if (h === undefined) node.byFree.set(free, (h = this.read(node.values, free)));
    return h;
  }

  private addNode(level: Map<unknown, unknown>, key: unknown, values: readonly CellValue[]): ColumnsNode {
    const warnings: HistoryWarning[] = [];
    const facts = new Map<number, PeriodFacts>();
    this.applyColumns(facts, values, warnings);
    const node: ColumnsNode = { values, warnings, byFree: new Map() };
    level.set(key, node);
    return node;
  }

  /** The columns' cells, each named by its column number (as text) until the row's view names it. */
  private applyColumns(facts: Map<number, PeriodFacts>, values: readonly CellValue[], warnings: HistoryWarning[] | null): boolean {
    let present = false;
    for (let i = 0; i < this.columns.length; i++) {
      const v = values[i];
      if (v === null || v === '' || v === undefined) continue;
      present = true;
      const { col: h, key } = this.columns[i]!;
      const bad = applyHistoryCell(facts, h, key, v, String(h.col));
      if (bad && warnings) warnings.push({ col: h.col, text: bad });
    }
    return present;
  }

  private read(values: readonly CellValue[], free: string): SharedHistory {
    const facts = new Map<number, PeriodFacts>();
    let present = this.applyColumns(facts, values, null);
    const warnings: HistoryWarning[] = [];
    if (free !== '') {
      present = true;
      const parsed = parseHistoryText(free, this.kind);
      applyFreeText(facts, parsed.entries, String(this.freeCol));
      if (parsed.ambiguous.length > 0) warnings.push({ col: this.freeCol, text: parsed.ambiguous.join('; ') });
    }
    const shared = new Map<number, SharedFacts>();
    for (const [key, f] of facts) shared.set(key, { facts: f, cols: { title: colOf(f.cells.title), merit: colOf(f.cells.merit), rating: colOf(f.cells.rating), initiatives: colOf(f.cells.initiatives) } });
    return { facts: shared, present, warnings };
  }
}

function colOf(placeholder: string | null): number {
  return placeholder === null ? -1 : Number(placeholder);
}

/** The history of row `r`: the shared empty one when no cell held anything. */
export function historyView(h: SharedHistory, r: number): PersonHistory {
  return h.present ? new RowHistory(h.facts, r) : NONE;
}

/** A shared reading seen from one row: the facts' cells are that row's cells. */
class RowHistory implements ReadonlyMap<number, PeriodFacts> {
  constructor(
    private readonly shared: ReadonlyMap<number, SharedFacts>,
    private readonly row: number,
  ) {}

  get size(): number {
    return this.shared.size;
  }

  get(key: number): PeriodFacts | undefined {
    const f = this.shared.get(key);
    return f === undefined ? undefined : new RowFacts(f, this.row);
  }

  has(key: number): boolean {
    return this.shared.has(key);
  }

  forEach(visit: (value: PeriodFacts, key: number, map: ReadonlyMap<number, PeriodFacts>) => void, thisArg?: unknown): void {
    for (const [key, f] of this.shared) visit.call(thisArg, new RowFacts(f, this.row), key, this);
  }

  entries(): ReturnType<Map<number, PeriodFacts>['entries']> {
    return this.toMap().entries();
  }

  keys(): ReturnType<Map<number, PeriodFacts>['keys']> {
    return this.shared.keys();
  }

  values(): ReturnType<Map<number, PeriodFacts>['values']> {
    return this.toMap().values();
  }

  [Symbol.iterator](): ReturnType<Map<number, PeriodFacts>['entries']> {
    return this.entries();
  }

  private toMap(): Map<number, PeriodFacts> {
    const m = new Map<number, PeriodFacts>();
    for (const [key, f] of this.shared) m.set(key, new RowFacts(f, this.row));
    return m;
  }
}

/** One period's shared facts seen from one row. */
class RowFacts implements PeriodFacts {
  constructor(
    private readonly shared: SharedFacts,
    private readonly row: number,
  ) {}

  get awards(): PeriodFacts['awards'] {
    return this.shared.facts.awards;
  }

  get titleKnown(): boolean {
    return this.shared.facts.titleKnown;
  }

  get rating(): PeriodFacts['rating'] {
    return this.shared.facts.rating;
  }

  get initiatives(): PeriodFacts['initiatives'] {
    return this.shared.facts.initiatives;
  }

  get cells(): PeriodFacts['cells'] {
    return new RowFactCells(this.shared.cols, this.row);
  }
}

/** The cells of one period's facts in one row, each address written when read. */
class RowFactCells {
  constructor(
    private readonly cols: FactColumns,
    private readonly row: number,
  ) {}

  get title(): string | null {
    return this.at(this.cols.title);
  }

  get merit(): string | null {
    return this.at(this.cols.merit);
  }

  get rating(): string | null {
    return this.at(this.cols.rating);
  }

  get initiatives(): string | null {
    return this.at(this.cols.initiatives);
  }

  private at(col: number): string | null {
    return col < 0 ? null : cellAddress(this.row, col);
  }
}
