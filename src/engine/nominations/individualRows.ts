/**
 * The walk of an individual nominations sheet (SPEC §3.6) under its header, with the skipping rules of
 * every list (./listRows: empty, hidden and "Tổng cộng" rows skipped, a name without an award or an award
 * without a name warned about) and the section rows that give the unit of the rows under them.
 *
 * A row is a handful of shared readings: each distinct value of the name, award, unit, birth, code and
 * position columns is read once (`ValueDict`; a date of birth typed "dd/mm/yyyy" is its own identity
 * text and is not even looked up), and so is each distinct combination of the rating,
 * discipline, service and initiative cells (`ValueTrie` of `RowTraits`), of the history cells
 * (`HistoryTraits`) and of the leave cells. A row holding a
 * formula error anywhere is read cell by cell instead (./readRowCells), which reports each error.
 */
import type { CellValue } from '../../workbook/snapshot';
import type { SheetGrid } from '../cells/grid';
import type { HeaderMatch } from '../cells/headers';
import { cellAddress } from '../cells/address';
import { looseKey, toNfc } from '../cells/text';
import { cellText } from '../cells/values';
import type { FindingSink } from '../findings/types';
import type { LeaveRead, PersonRow } from './types';
import type { AwardListRead } from './vocab/awards';
import { parseAwardList } from './vocab/awards';
import { RowCells } from './rowCells';
import { isTotalRow, listRowKind, reportHidden, warnSkipped } from './listRows';
import { birthText, identityKey, isPlainBirth } from './personFields';
import { unitRead } from './unitKey';
import type { PersonColumns } from './personColumns';
import { PersonRecord, type RowUnit } from './personRecord';
import type { HistoryTraits, RowTraits, SheetLayout } from './rowTraits';
import { isErrorValue, leaveColumns, readHistoryTraits, readRowLeave, readTraits } from './rowTraits';
import { readRowCells, type Section } from './readRowCells';
import { ValueDict, ValueTrie } from './valueTrie';

/** A name cell: display text, match key, whether it starts a total row, the identity's head. */
interface NameCell {
  readonly text: string;
  readonly key: string;
  readonly total: boolean;
  readonly prefix: string;
}

interface AwardCell {
  readonly text: string;
  readonly list: AwardListRead;
}

/** A unit with the identity's tail (and, for a section's unit, the section title's cell). */
interface UnitCell extends RowUnit {
  readonly suffix: string;
}

interface IdCell {
  readonly text: string;
  readonly identity: string;
}

const NO_VALUES: readonly CellValue[] = [];

function nameCell(v: CellValue): NameCell {
  const text = cellText(v);
  const key = looseKey(text);
  return { text, key, total: isTotalRow(text), prefix: `p:${key}|` };
}

/** As `RowCells.textAt(c, true)`: line breaks kept. */
function awardCell(v: CellValue): AwardCell {
  const text = typeof v === 'string' ? toNfc(v).trim() : cellText(v);
  return { text, list: parseAwardList(text) };
}

function unitCell(name: string, cell: string | null = null): UnitCell {
  const read = unitRead(name);
  return { read, cell, suffix: `|${read.key}` };
}

function ownUnitCell(v: CellValue): UnitCell | null {
  const text = cellText(v);
  return text === '' ? null : unitCell(text);
}

function idCell(v: CellValue): IdCell | null {
  const text = cellText(v);
  return text === '' ? null : { text, identity: identityKey(text, '', '', '') };
}

export class IndividualRows {
  private readonly rows: PersonRow[] = [];
  private readonly hidden: number[] = [];
  private readonly cols: PersonColumns;
  private readonly cells: RowCells;
  private readonly names = new ValueDict(nameCell);
  private readonly awards = new ValueDict(awardCell);
  private readonly units = new ValueDict(ownUnitCell);
  /** The identity's text of a date of birth not typed "dd/mm/yyyy" (a plain one is its own text). */
  private readonly births = new ValueDict(birthText);
  private readonly ids = new ValueDict(idCell);
  private readonly positions = new ValueDict(cellText);
  private readonly traits: ValueTrie<RowTraits>;
  private readonly histories: ValueTrie<HistoryTraits>;
  private readonly leaves: ValueTrie<LeaveRead>;
  private section: Section | null = null;
  /** The unit of a row without its own: the section's, or none. */
  private sectionUnit: UnitCell = unitCell('');
  /** Rows that may hold a merged area's tail are read through the grid, into `scratch`. */
  private readonly tails: { readonly first: number; readonly last: number };
  private readonly scratch: CellValue[] = [];

  constructor(
    private readonly grid: SheetGrid,
    private readonly header: HeaderMatch,
    private readonly layout: SheetLayout,
    keys: { readonly traits: readonly number[]; readonly history: readonly number[] },
    private readonly sink: FindingSink,
  ) {
    this.cols = layout.sheets[0]!.cols;
    this.cells = new RowCells(grid, header.row, header.columns, sink);
    this.traits = new ValueTrie(keys.traits, (r) => readTraits(this.cells.moveTo(r), layout));
    this.histories = new ValueTrie(keys.history, (r) => readHistoryTraits(this.cells.moveTo(r), layout));
    this.leaves = new ValueTrie(leaveColumns(this.cols), (r) => readRowLeave(this.cells.moveTo(r), this.cols));
    this.tails = grid.tailRows();
  }

  read(): PersonRow[] {
    this.walk();
    reportHidden(this.sink, this.grid.name, this.hidden);
    return this.rows;
  }

  /** The rows under the header. Nothing follows the loop: its optimised code never meets untried code. */
  private walk(): void {
    const grid = this.grid;
    for (let r = this.header.row + 1; r < grid.rowCount; r++) {
      if (grid.isEmptyRow(r)) continue;
      if (grid.isHiddenRow(r)) this.hidden.push(r + 1);
      else {
        const values = this.valuesOf(r);
        if (hasError(values)) this.readCells(r);
        else this.readShared(r, values);
      }
    }
  }

  /** The row's values as the user sees them (merged cells read as their top-left value). */
  private valuesOf(r: number): readonly CellValue[] {
    if (r < this.tails.first || r > this.tails.last) return this.grid.sheet.values[r] ?? NO_VALUES;
    const out = this.scratch;
    out.length = 0;
    for (let c = 0; c < this.grid.colCount; c++) out.push(this.grid.get(r, c));
    return out;
  }

  private readShared(r: number, values: readonly CellValue[]): void {
    const c = this.cols;
    const name = this.names.readingOf(values[c.name]);
    const award = this.awards.readingOf(values[c.award]);
    if (this.skip(r, name.text, award.text, name.total)) return;
    const shared = this.histories.rowReading(values, r);
    for (const w of shared.warnings) this.sink.warning('NOMINATION_HISTORY_AMBIGUOUS', { sheet: this.grid.name, cell: cellAddress(r, w.col) }, { text: w.text });
    const own = this.units.readingOf(values[c.unit]);
    const unit = own ?? this.sectionUnit;
    const birthValue = c.birth < 0 ? null : values[c.birth];
    const birth = typeof birthValue === 'string' && isPlainBirth(birthValue) ? birthValue : this.births.readingOf(birthValue);
    const id = c.id < 0 ? null : this.ids.readingOf(values[c.id]);
    // Concatenated: two small string heads, flattened once by the first map that hashes it (an array
    // join costs more than both, most of all before it is optimised).
    const identity = id !== null ? id.identity : name.prefix + birth + unit.suffix;
    this.rows.push(new PersonRecord(this.traits.rowReading(values, r), this.leaves.rowReading(values, r), r, name, unit, this.positions.readingOf(values[c.position]), identity, award.list, shared.history, id?.text ?? null));
  }

  /** A row holding a formula error: read cell by cell, each error reported once, naming its cell. */
  private readCells(r: number): void {
    const cells = this.cells.moveTo(r);
    const name = cells.text('name');
    const awardText = cells.text('award', true);
    if (this.skip(r, name, awardText)) return;
    this.rows.push(readRowCells(cells, name, awardText, this.section, this.layout, this.sink));
  }

  /** The list's skipping rules (./listRows); a row with neither a name nor an award may be a section title. */
  private skip(r: number, name: string, awardText: string, total?: boolean): boolean {
    const kind = listRowKind(name, awardText, total);
    if (kind === 'nominee') return false;
    if (kind === 'blank') {
      const title = sectionTitle(this.grid, r);
      if (title) {
        this.section = { unit: title, cell: firstCell(this.grid, r) };
        this.sectionUnit = unitCell(title, this.section.cell);
      }
    } else if (kind !== 'total') {
      const c = this.cols;
      warnSkipped(this.sink, this.grid.name, kind, name, c.name < 0 ? null : cellAddress(r, c.name), c.award < 0 ? null : cellAddress(r, c.award));
    }
    return true;
  }
}

function hasError(values: readonly CellValue[]): boolean {
  for (let c = 0; c < values.length; c++) if (isErrorValue(values[c])) return true;
  return false;
}

/** "I. TRƯỜNG THCS ĐẦM HÀ" → "TRƯỜNG THCS ĐẦM HÀ": the text of a row with a single value. */
function sectionTitle(grid: SheetGrid, r: number): string | null {
  const texts = new Set<string>();
  for (let c = 0; c < grid.colCount; c++) {
    const t = cellText(grid.get(r, c));
    if (t !== '') texts.add(t);
  }
  if (texts.size !== 1) return null;
  const t = [...texts][0]!.replace(/^([IVXLC]+|\d+|[A-Z])[.)]\s*/, '').trim();
  return t === '' || /^\d+$/.test(t) ? null : t;
}

function firstCell(grid: SheetGrid, r: number): string {
  for (let c = 0; c < grid.colCount; c++) if (cellText(grid.get(r, c)) !== '') return cellAddress(r, c);
  return cellAddress(r, 0);
}
