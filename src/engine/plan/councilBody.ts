/**
 * The rows of `Danh sách trình Hội đồng` as they are added, with their line estimates and heights.
 * The list is in council order (title, unit, name), far from the nominations' order, so a row reading
 * its nomination would jump across the heap for each person: what a row needs is gathered beforehand,
 * in one pass in list order (positions, whether the unit is shown), and texts that repeat are taken
 * from the numbered texts (./nominationTexts), one string per distinct name and unit. A person's row
 * then reads small arrays and numbers only, the same way for every row.
 */
import type { NominationResult } from '../model';
import type { PlanValue } from '../../workbook/plan';
import type { CouncilGroup, CouncilOrder } from './councilOrder';
import type { NominationTexts } from './nominationTexts';
import { estimateLines, linesHeight, LinesMemo, linesOfTexts } from './rowHeights';

/** By nomination, in list order: what the list shows of it besides name and unit. */
interface Gathered {
  /** Its position, or null. */
  readonly positions: (string | null)[];
  /** The lines of its position (1 without one). */
  readonly positionLines: Int32Array;
  /** 1 when its unit is shown: not for a collective whose unit is its own name. */
  readonly showsUnit: Uint8Array;
}

/** The nominations on the list, in list order (the others are left at null / 1 / 0, never read). */
function gather(noms: readonly NominationResult[], order: CouncilOrder, positionWidth: number): Gathered {
  const positions = new Array<string | null>(noms.length).fill(null);
  const positionLines = new Int32Array(noms.length).fill(1);
  const showsUnit = new Uint8Array(noms.length);
  const memo = new LinesMemo(positionWidth);
  for (let i = 0; i < noms.length; i++) {
    const n = noms[i]!;
    if (n.status !== 'eligible' && n.status !== 'review') continue;
    const position = n.position ?? null;
    positions[i] = position;
    if (position !== null) positionLines[i] = memo.lines(position);
    showsUnit[i] = n.kind === 'collective' && order.unit[i] === n.name ? 0 : 1;
  }
  return { positions, positionLines, showsUnit };
}

export class CouncilBody {
  readonly rows: PlanValue[][] = [];
  readonly lines: Int32Array;
  /** Heights of the rows that wrap, by sheet row (`start` + index). */
  readonly heights: Record<number, number> = {};
  private readonly nameLines: Int32Array;
  private readonly unitLines: Int32Array;
  /** By nomination: the lines of its notes, for the cases to review (0 elsewhere). */
  private readonly noteLines: Int32Array;
  private readonly gathered: Gathered;

  constructor(
    noms: readonly NominationResult[],
    private readonly order: CouncilOrder,
    size: number,
    private readonly widths: readonly number[],
    private readonly texts: NominationTexts,
    review: readonly CouncilGroup[],
    private readonly start: number,
  ) {
    this.lines = new Int32Array(size);
    this.nameLines = linesOfTexts(texts.names, widths[1]!);
    this.unitLines = linesOfTexts(texts.spellings, widths[3]!);
    this.noteLines = new Int32Array(texts.reasons.length);
    for (const g of review) for (const i of g.items) this.noteLines[i] = estimateLines(texts.reasons[i]!, widths[4]!, false);
    this.gathered = gather(noms, order, widths[2]!);
  }

  section(title: string): void {
    this.setLines(estimateLines(title, this.widths[0]!, false));
    this.rows.push([title, null, null, null, null]);
  }

  /** STT | Họ và tên | Chức vụ | Đơn vị | Ghi chú (the reasons, for review cases) of a section's people. */
  people(items: readonly number[], notes: boolean): void {
    for (let j = 0; j < items.length; j++) this.person(j + 1, items[j]!, notes);
  }

  /** The lines of the next row, and its height when it wraps. */
  private setLines(lines: number): void {
    const index = this.rows.length;
    this.lines[index] = lines;
    if (lines > 1) this.heights[this.start + index] = linesHeight(lines);
  }

  private person(stt: number, i: number, notes: boolean): void {
    const { texts, gathered } = this;
    const name = texts.nameOf[i]!;
    const spelling = this.order.unitSpelling[i]!;
    const shown = gathered.showsUnit[i] === 1;
    // Read whether shown or not: the row's code is then the same from the first row to the last.
    const note = texts.reasons[i]!;
    const noteLines = this.noteLines[i]!;
    this.setLines(Math.max(this.nameLines[name]!, gathered.positionLines[i]!, shown ? this.unitLines[spelling]! : 1, notes ? noteLines : 1));
    this.rows.push([stt, texts.names[name]!, gathered.positions[i] ?? null, shown ? texts.spellings[spelling]! : null, notes ? note : null]);
  }
}
