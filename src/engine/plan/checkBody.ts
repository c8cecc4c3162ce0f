/**
 * The body of `Kiểm tra đề nghị`: a row per nomination (tens of thousands) and the lines each row
 * takes, in one pass. The line estimate of a row is the widest of its cells' (`estimateLines`, as the
 * layout would compute it), each found without reading the text again where the text repeats:
 * names and units are counted once per text number (./nominationTexts), titles and results once per
 * distinct text, and a source "<sheet>, dòng <row>" once per sheet and number of digits (every digit
 * has the same width, see ./rowHeights).
 */
import type { Lang } from '../findings/types';
import type { NominationResult } from '../model';
import type { PlanValue } from '../../workbook/plan';
import { estimateLines, LinesMemo } from './rowHeights';
import { awardTitle, NOMINATION_TEXT, reasonsOf } from './nominationRows';
import { NumberedLines, nominationTexts, type NominationTexts } from './nominationTexts';

/** Source, name, unit, title, result, reasons (Excel character units). */
export const CHECK_WIDTHS: readonly number[] = [24, 24, 22, 22, 16, 60];

export interface CheckTable {
  /** One row per nomination, in the list's order. */
  readonly rows: PlanValue[][];
  /** The lines each row takes (1 at least). */
  readonly lines: Int32Array;
}

/**
 * Lines of the sources "<sheet>, dòng <row>" of one column. Digits all have one width and are part of
 * a word, so two rows with as many digits give the same estimate: it is computed for the smallest
 * such row number, once per sheet and length.
 */
export class SourceLines {
  private sheet: string | null = null;
  private byDigits: number[] = [];
  private readonly bySheet = new Map<string, number[]>();

  constructor(
    private readonly width: number,
    private readonly label: (sheet: string, row: number) => string,
  ) {}

  lines(sheet: string, row: number): number {
    if (!Number.isSafeInteger(row) || row < 0) return estimateLines(this.label(sheet, row), this.width, false);
    if (sheet !== this.sheet) {
      let known = this.bySheet.get(sheet);
      if (known === undefined) this.bySheet.set(sheet, (known = []));
      this.sheet = sheet;
      this.byDigits = known;
    }
    const digits = digitCount(row);
    let lines = this.byDigits[digits];
    if (lines === undefined) {
      lines = estimateLines(this.label(sheet, 10 ** (digits - 1)), this.width, false);
      this.byDigits[digits] = lines;
    }
    return lines;
  }
}

/** Decimal digits of a non-negative safe integer, as `String(n).length`. */
function digitCount(n: number): number {
  let digits = 1;
  for (let limit = 10; n >= limit && digits < 16; limit *= 10) digits++;
  return digits;
}

/** `Kiểm tra đề nghị`: every nomination in sheet/row order, with the lines of each row. */
export function checkTable(
  noms: readonly NominationResult[],
  lang: Lang,
  widths: readonly number[] = CHECK_WIDTHS,
  texts: NominationTexts = nominationTexts(noms),
): CheckTable {
  const body = new CheckBody(noms, lang, widths, texts);
  // A call per row: compiled after a few hundred rows and used for all the others (a long loop doing
  // the work itself would be compiled while running, and again after each deoptimisation).
  for (let i = 0; i < noms.length; i++) body.add(i);
  return { rows: body.rows, lines: body.lines };
}

class CheckBody {
  readonly rows: PlanValue[][];
  readonly lines: Int32Array;
  private readonly t: (typeof NOMINATION_TEXT)[Lang];
  private readonly sources: SourceLines;
  private readonly names: NumberedLines;
  private readonly units: NumberedLines;
  private readonly titles: LinesMemo;
  private readonly results: LinesMemo;
  private readonly titleOf = new Map<string, string>();

  constructor(
    private readonly noms: readonly NominationResult[],
    private readonly lang: Lang,
    private readonly widths: readonly number[],
    private readonly texts: NominationTexts,
  ) {
    this.rows = new Array<PlanValue[]>(noms.length);
    this.lines = new Int32Array(noms.length);
    this.t = NOMINATION_TEXT[lang];
    this.sources = new SourceLines(widths[0]!, this.t.row);
    this.names = new NumberedLines(texts.names, widths[1]!);
    this.units = new NumberedLines(texts.spellings, widths[2]!);
    this.titles = new LinesMemo(widths[3]!);
    this.results = new LinesMemo(widths[4]!);
  }

  add(i: number): void {
    const n = this.noms[i]!;
    let title = this.titleOf.get(n.award);
    if (title === undefined) this.titleOf.set(n.award, (title = awardTitle(n.award, this.lang)));
    const result = this.t.status[n.status];
    const reasons = reasonsOf(this.texts, this.noms, i);
    this.rows[i] = [this.t.row(n.sheet, n.row), n.name, n.unit, title, result, reasons];
    let lines = this.sources.lines(n.sheet, n.row);
    lines = Math.max(lines, this.names.lines(this.texts.nameOf[i]!), this.units.lines(this.texts.spellingOf[i]!));
    lines = Math.max(lines, this.titles.lines(title), this.results.lines(result));
    if (reasons !== '') lines = Math.max(lines, estimateLines(reasons, this.widths[5]!, false));
    this.lines[i] = lines;
  }
}
