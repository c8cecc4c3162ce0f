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
import { awardTitle, NOMINATION_TEXT, reasonsText } from './nominationRows';
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
  const t = NOMINATION_TEXT[lang];
  const sources = new SourceLines(widths[0]!, t.row);
  const names = new NumberedLines(texts.names, widths[1]!);
  const units = new NumberedLines(texts.spellings, widths[2]!);
  const titles = new LinesMemo(widths[3]!);
  const results = new LinesMemo(widths[4]!);
  const titleOf = new Map<string, string>();
  const rows: PlanValue[][] = new Array<PlanValue[]>(noms.length);
  const lines = new Int32Array(noms.length);
  for (let i = 0; i < noms.length; i++) {
    const n = noms[i]!;
    let title = titleOf.get(n.award);
    if (title === undefined) titleOf.set(n.award, (title = awardTitle(n.award, lang)));
    const result = t.status[n.status];
    const reasons = reasonsText(n);
    rows[i] = [t.row(n.sheet, n.row), n.name, n.unit, title, result, reasons];
    let l = sources.lines(n.sheet, n.row);
    l = Math.max(l, names.lines(texts.nameOf[i]!), units.lines(texts.spellingOf[i]!), titles.lines(title), results.lines(result));
    if (reasons !== '') l = Math.max(l, estimateLines(reasons, widths[5]!, false));
    lines[i] = l;
  }
  return { rows, lines };
}
