/**
 * The body of `Kiểm tra đề nghị`: a row per nomination (tens of thousands) and the lines each row
 * takes, in one pass. The line estimate of a row is the widest of its cells' (`estimateLines`, as the
 * layout would compute it), each found without reading the text again where the text repeats:
 * names and units are counted once per text number (./nominationTexts), titles and results once per
 * distinct text, and a source "<sheet>, dòng <row>" once per sheet and number of digits (every digit
 * has the same width, see ./rowHeights).
 */
import type { Lang } from '../findings/types';
import type { NominationResult, NominationStatus } from '../model';
import type { PlanValue } from '../../workbook/plan';
import { estimateLines, linesOfTexts } from './rowHeights';
import { awardTitle, NOMINATION_TEXT } from './nominationRows';
import { nominationTexts, type NominationTexts } from './nominationTexts';

const charCodeAt = String.prototype.charCodeAt;

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
  private readonly bySheet = new Map<string, number[]>();

  constructor(
    private readonly width: number,
    private readonly label: (sheet: string, row: number) => string,
  ) {}

  lines(sheet: string, row: number): number {
    if (!Number.isSafeInteger(row) || row < 0) return estimateLines(this.label(sheet, row), this.width, false);
    let byDigits = this.bySheet.get(sheet);
    if (byDigits === undefined) this.bySheet.set(sheet, (byDigits = []));
    const digits = digitCount(row);
    let lines = byDigits[digits];
    if (lines === undefined) byDigits[digits] = lines = estimateLines(this.label(sheet, 10 ** (digits - 1)), this.width, false);
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
  addAll(body, noms.length);
  return { rows: body.rows, lines: body.lines };
}

/**
 * A call per row: compiled after a few hundred rows and used for all the others (a long loop doing
 * the work itself would be compiled while running, and again after each deoptimisation). The loop in
 * a function of its own: compiled while it runs, it meets no code after it that it has not seen.
 */
function addAll(body: CheckBody, count: number): void {
  for (let i = 0; i < count; i++) body.add(i);
}

/**
 * The rows one by one. Whatever needs measuring a text is done beforehand, text by text (names, units,
 * reasons) or once per distinct value (sources, titles, results): a row only reads numbers, so its
 * function stays small, quick to compile, and the same for every row.
 */
class CheckBody {
  /** Pushed in order (rows come by `add(i)` for i = 0, 1, …): a packed array, as the other tables' rows. */
  readonly rows: PlanValue[][] = [];
  readonly lines: Int32Array;
  private readonly t: (typeof NOMINATION_TEXT)[Lang];
  private readonly sources: SourceLines;
  /** By name and unit number, and by nomination for the reasons. */
  private readonly nameLines: Int32Array;
  private readonly unitLines: Int32Array;
  private readonly reasonLines: Int32Array;
  /** Title and its lines by award code; result and its lines by status; source prefix by sheet. */
  private readonly titles = new Map<string, { readonly text: string; readonly lines: number }>();
  private readonly results = new Map<string, { readonly text: string; readonly lines: number }>();
  private readonly prefixes = new Map<string, string>();

  constructor(
    private readonly noms: readonly NominationResult[],
    private readonly lang: Lang,
    private readonly widths: readonly number[],
    private readonly texts: NominationTexts,
  ) {
    this.lines = new Int32Array(noms.length);
    this.t = NOMINATION_TEXT[lang];
    this.sources = new SourceLines(widths[0]!, this.t.row);
    this.nameLines = linesOfTexts(texts.names, widths[1]!);
    this.unitLines = linesOfTexts(texts.spellings, widths[2]!);
    this.reasonLines = linesOfTexts(texts.reasons, widths[5]!);
  }

  add(i: number): void {
    const n = this.noms[i]!;
    const title = this.title(n.award);
    const result = this.result(n.status);
    const texts = this.texts;
    const name = texts.nameOf[i]!;
    const unit = texts.spellingOf[i]!;
    // Names and units as numbered (equal texts, one string): the value hash then reads a few thousand strings again and again, not one per row.
    this.rows.push([this.source(n.sheet, n.row), texts.names[name]!, texts.spellings[unit]!, title.text, result.text, texts.reasons[i]!]);
    const lines = Math.max(this.sources.lines(n.sheet, n.row), this.nameLines[name]!, this.unitLines[unit]!, title.lines, result.lines, this.reasonLines[i]!);
    this.lines[i] = lines;
  }

  /**
   * `t.row(sheet, row)`, one concatenation per row. A concatenated string is copied into one piece when
   * its characters are first read; reading one here does it while the row is young, so the collector
   * drops the pieces and the value hash of the write plan reads a flat string.
   */
  private source(sheet: string, row: number): string {
    let prefix = this.prefixes.get(sheet);
    if (prefix === undefined) this.prefixes.set(sheet, (prefix = this.t.rowPrefix(sheet)));
    const source = prefix + row;
    charCodeAt.call(source, 0);
    return source;
  }

  private title(award: string): { readonly text: string; readonly lines: number } {
    let title = this.titles.get(award);
    if (title === undefined) {
      const text = awardTitle(award, this.lang);
      this.titles.set(award, (title = { text, lines: estimateLines(text, this.widths[3]!, false) }));
    }
    return title;
  }

  private result(status: NominationStatus): { readonly text: string; readonly lines: number } {
    let result = this.results.get(status);
    if (result === undefined) {
      const text = this.t.status[status];
      this.results.set(status, (result = { text, lines: estimateLines(text, this.widths[4]!, false) }));
    }
    return result;
  }
}
