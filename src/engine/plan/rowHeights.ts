/**
 * Row heights for wrapped text. Excel does not grow a row for wrapped text in merged cells, and
 * LibreOffice/Excel keep a written height, so the plan estimates the number of lines itself.
 * Widths are in Excel's unit (the width of "0" in the default font, about 7 px); glyph widths are
 * those of Times New Roman 13 pt at 96 dpi, rounded up so an estimate errs on the tall side.
 */

/** Points per line of Times New Roman 13 with Excel's line spacing. */
export const LINE_HEIGHT = 17;

/** Excel's tallest row (409 points): Excel refuses a taller one and the whole write batch fails. */
export const MAX_ROW_HEIGHT = 409;

/** The height of a row of `lines` lines, within Excel's limit (a longer text stays whole in its cell). */
export function linesHeight(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
}

const PX_PER_WIDTH_UNIT = 7;
const CELL_PADDING_PX = 6;

function regularPx(ch: string): number {
  if (ch === ' ') return 4.4;
  if (/[0-9]/.test(ch)) return 8.7;
  if (/[.,;:!'|il()[\]-]/.test(ch)) return 4.8;
  if (ch !== ch.toLowerCase()) return 10.5;
  return 8;
}

const SPACE = 32;
const NEWLINE = 10;
/** Table entries that are not widths: not computed yet, and the code units that end or join words. */
const UNKNOWN = 0;
const IS_SPACE = -1;
const IS_NEWLINE = -2;
const IS_HIGH_SURROGATE = -3;

/**
 * Widths by UTF-16 code unit, regular then bold (from BOLD on), in one table the compiled loop reads
 * without choosing between two (a plan estimates every cell of tens of thousands of rows, from a few
 * hundred glyphs), with the word and paragraph separators and the first half of surrogate pairs
 * marked. Bold widths are `px * 1.06`, as the estimate has always computed them, so sums stay
 * bit-for-bit the same.
 */
const BOLD = 0x10000;
const GLYPH_PX = new Float64Array(2 * BOLD);
for (const base of [0, BOLD]) {
  GLYPH_PX[base + SPACE] = IS_SPACE;
  GLYPH_PX[base + NEWLINE] = IS_NEWLINE;
  GLYPH_PX.fill(IS_HIGH_SURROGATE, base + 0xd800, base + 0xdc00);
}

function learn(code: number, bold: boolean): number {
  const regular = regularPx(String.fromCharCode(code));
  GLYPH_PX[code] = regular;
  GLYPH_PX[BOLD + code] = regular * 1.06;
  return bold ? GLYPH_PX[BOLD + code]! : regular;
}

const SPACE_PX = regularPx(' ');
/** The same product as `SPACE_PX * 1.06`, taken once (not a multiplication that bold texts alone reach, late, in compiled code). */
const BOLD_SPACE_PX = SPACE_PX * 1.06;

/** Characters outside the Basic Multilingual Plane (a surrogate pair), by code point. */
const ASTRAL_PX = new Map<number, number>();

function astralPx(codePoint: number, bold: boolean): number {
  let px = ASTRAL_PX.get(codePoint);
  if (px === undefined) {
    px = regularPx(String.fromCodePoint(codePoint));
    if (ASTRAL_PX.size < 10_000) ASTRAL_PX.set(codePoint, px);
  }
  return bold ? px * 1.06 : px;
}

/** The widest glyph (a bold capital), with a margin: a text this short fits whatever its letters. */
const MAX_GLYPH_PX = 10.5 * 1.06 + 0.05;

/** The room for text in a column (or merged area) `width` units wide, px. */
function availPx(width: number): number {
  return Math.max(20, width * PX_PER_WIDTH_UNIT - CELL_PADDING_PX);
}

/**
 * String methods taken from String.prototype and called with `.call`: the texts measured come in many
 * string representations (flat, concatenated, sliced, internalised; one or two bytes per unit), and a
 * method looked up on each text would be a generic (megamorphic) lookup and call in compiled code.
 * `String(text)` of a string is the string itself, known to the compiler as one (its length a plain read).
 */
const charCodeAt = String.prototype.charCodeAt;
const includes = String.prototype.includes;

/** True when `text` fits on one line whatever its letters (no glyph is wider, no line feed): no count needed. */
function surelyOneLine(text: string, avail: number): boolean {
  return String(text).length * MAX_GLYPH_PX < avail && !includes.call(text, '\n');
}

/** How many lines `text` takes in a column (or merged area) `width` units wide, wrapping at words. */
export function estimateLines(text: string, width: number, bold: boolean): number {
  const avail = availPx(width);
  return surelyOneLine(text, avail) ? 1 : countLines(text, avail, bold);
}

/**
 * Line estimates down one column of a table measured cell by cell (the ranking sheets, the log…).
 * No memo: the long lists whose texts repeat come with their lines (see ./nominationTexts), and here a
 * text is mostly seen once per sheet, where a map lookup would read it (its hash) as a count does, and
 * a memo that adapts to its hit rate had a path first taken late, which sent the compiled loop back.
 */
export class ColumnLines {
  private readonly avail: number;

  constructor(
    width: number,
    private readonly bold: boolean,
  ) {
    this.avail = availPx(width);
  }

  lines(text: string): number {
    return surelyOneLine(text, this.avail) ? 1 : countLines(text, this.avail, this.bold);
  }
}

/** `estimateLines` of each text (regular weight), in one loop. */
export function linesOfTexts(texts: readonly string[], width: number): Int32Array {
  const avail = availPx(width);
  const lines = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; i++) lines[i] = surelyOneLine(texts[i]!, avail) ? 1 : countLines(texts[i]!, avail, false);
  return lines;
}

/**
 * Line estimates of the texts of one column whose texts repeat (names, units, titles, statuses,
 * positions down a nomination list): each distinct text is counted once. Unlike ColumnLines the memo
 * is kept whatever its hit rate, for columns known to repeat.
 */
export class LinesMemo {
  private readonly avail: number;
  private readonly memo = new Map<string, number>();

  constructor(width: number) {
    this.avail = availPx(width);
  }

  lines(text: string): number {
    if (surelyOneLine(text, this.avail)) return 1;
    let lines = this.memo.get(text);
    if (lines === undefined) {
      lines = countLines(text, this.avail, false);
      this.memo.set(text, lines);
    }
    return lines;
  }
}

/**
 * Words are separated by single spaces, paragraphs by line feeds; a word's width is the sum of its
 * glyphs' (code points) from left to right. One pass over the text, one table read per code unit.
 */
function countLines(value: string, avail: number, bold: boolean): number {
  const text = String(value);
  const base = bold ? BOLD : 0;
  const space = bold ? BOLD_SPACE_PX : SPACE_PX;
  const n = text.length;
  let lines = 0;
  let line = 0;
  let count = 1;
  let w = 0;
  for (let i = 0; i <= n; i++) {
    let code = NEWLINE;
    let px = IS_NEWLINE;
    if (i < n) {
      code = charCodeAt.call(text, i);
      px = GLYPH_PX[base + code]!;
      if (px > 0) {
        w += px;
        continue;
      }
      if (px === UNKNOWN) {
        w += learn(code, bold);
        continue;
      }
      if (px === IS_HIGH_SURROGATE) {
        const low = i + 1 < n ? charCodeAt.call(text, i + 1) : 0;
        if (low >= 0xdc00 && low <= 0xdfff) {
          w += astralPx((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000, bold);
          i++;
        } else {
          const lone = regularPx(String.fromCharCode(code));
          w += bold ? lone * 1.06 : lone;
        }
        continue;
      }
    }
    // The end of a word (a space, a line feed, or the end of the text).
    const need = line === 0 ? w : line + space + w;
    if (need <= avail || line === 0) {
      line = need;
    } else {
      count++;
      line = w;
    }
    // A word longer than the line breaks inside itself.
    while (line > avail) {
      count++;
      line -= avail;
    }
    w = 0;
    if (px === IS_NEWLINE) {
      lines += count;
      line = 0;
      count = 1;
    }
  }
  return Math.max(1, lines);
}
