/**
 * A nomination row as read (PersonRow), kept as one object per row. What every row of a sheet shares
 * (the grid, the resolved columns, the columns a row's service and initiatives came from: four variants
 * per sheet) is one `PersonSheet`; the A1 addresses a reason may name and the
 * `{ read, cell }` views the rules read are made when asked for. A 50,000-row list so keeps 50,000 small
 * objects alive instead of ten times as many, which is what garbage collection spent its time copying.
 * A record holds references to shared readings (its unit with the section cell it came from, its
 * traits, awards, leave and history readings) and, as fields, what callers read on every row, often from
 * unoptimised code where a field costs less than a getter (row, name and key, code, position, identity,
 * the name's address). The date of birth, which nothing in an analysis reads, is read from the grid when
 * asked for, and so is the history view made when asked for: every field less is 400 KB less for each
 * scavenge to copy on a 50,000-row list.
 */
import type { SheetGrid } from '../cells/grid';
import { cellAddress } from '../cells/address';
import { looseKey } from '../cells/text';
import { cellText } from '../cells/values';
import type { SimpleDate } from '../cells/values';
import type { AwardEntry, LeaveRead, Located, PersonHistory, PersonRow, ServiceRead } from './types';
import { historyView, type SharedHistory } from './rowHistory';
import type { RowTraits } from './rowTraits';
import type { DisciplineRead, RatingRead } from './vocab/ratings';
import type { AwardListRead } from './vocab/awards';
import type { UnitRead } from './unitKey';
import type { InitiativeRead } from './vocab/initiatives';
import type { PersonColumns } from './personColumns';
import { CellRead } from './cellRead';
import { readBirth } from './personFields';

/** What the rows of one sheet share. */
export interface PersonSheet {
  readonly grid: SheetGrid;
  readonly cols: PersonColumns;
  /** The column the current rating is read from (`Xếp loại`, or a history column of this period); -1 for none. */
  readonly ratingCol: number;
  /** The column the service was read from (`Số tháng công tác` or `Ngày tuyển dụng`); -1 for none. */
  readonly serviceCol: number;
  /** The column the initiatives were read from (`Số sáng kiến` or `Sáng kiến`); -1 for none. */
  readonly initiativeCol: number;
}

/** A name cell's shared reading: display text and match key. */
export interface NameRead {
  readonly text: string;
  readonly key: string;
}

/** A row's unit: the shared reading of its name, and the section title's cell when it came from a section row (else null: the row's own cell). */
export interface RowUnit {
  readonly read: UnitRead;
  readonly cell: string | null;
}

export class PersonRecord implements PersonRow {
  readonly nameCell: string;
  readonly name: string;
  readonly nameKey: string;
  readonly id: string | null;

  /**
   * `traits`: the readings the row shares with rows typed alike (and where they were read from), as
   * `leaveRead` is. The name (copied: text and key), the unit and the awards are the shared readings
   * of their cells, the history the shared reading of the history cells; `id` the code's text or null.
   */
  constructor(
    private readonly traits: RowTraits,
    private readonly leaveRead: LeaveRead,
    readonly row: number,
    nameRead: NameRead,
    private readonly unitOf: RowUnit,
    readonly position: string,
    readonly identity: string,
    private readonly awardRead: AwardListRead,
    private readonly sharedHistory: SharedHistory,
    id: string | null,
  ) {
    this.nameCell = cellAddress(row, traits.sheet.cols.name);
    this.name = nameRead.text;
    this.nameKey = nameRead.key;
    this.id = id;
  }

  private get at(): PersonSheet {
    return this.traits.sheet;
  }

  /** The date of birth, read when asked for (the identity, made at reading, holds its text). */
  get birth(): SimpleDate | null {
    const col = this.at.cols.birth;
    return col < 0 ? null : (readBirth(this.at.grid.get(this.row, col))?.date ?? null);
  }

  get history(): PersonHistory {
    return historyView(this.sharedHistory, this.row);
  }

  get unit(): string {
    return this.unitOf.read.name;
  }

  get unitKey(): string {
    return this.unitOf.read.key;
  }

  get awards(): readonly AwardEntry[] {
    return this.awardRead.awards;
  }

  get unknownAwards(): readonly string[] {
    return this.awardRead.unknown;
  }

  get sheet(): string {
    return this.at.grid.name;
  }

  get unitCell(): string | null {
    const col = this.at.cols.unit;
    return this.unitOf.cell ?? (col < 0 ? null : cellAddress(this.row, col));
  }

  get awardCell(): string {
    return cellAddress(this.row, this.at.cols.award);
  }

  get rating(): Located<RatingRead> {
    return new CellRead(this.traits.rating, this.row, this.at.ratingCol);
  }

  get discipline(): Located<DisciplineRead> {
    return new CellRead(this.traits.discipline, this.row, this.at.cols.discipline);
  }

  get leave(): Located<LeaveRead> {
    return new CellRead(this.leaveRead, this.row, this.at.cols.leaveDays);
  }

  get service(): Located<ServiceRead> {
    return new CellRead(this.traits.service, this.row, this.at.serviceCol);
  }

  get initiative(): Located<InitiativeRead> {
    return new CellRead(this.traits.initiative, this.row, this.at.initiativeCol);
  }

  /** The row's cells folded (STT left out): two rows typed alike have the same fingerprint. */
  fingerprint(): string {
    const { grid, cols } = this.at;
    const parts: string[] = [];
    for (let c = 0; c < grid.colCount; c++) if (c !== cols.stt) parts.push(looseKey(cellText(grid.get(this.row, c))));
    return parts.join('|');
  }
}
