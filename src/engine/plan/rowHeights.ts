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

/**
 * Widths by UTF-16 code unit, regular and bold (0 = not computed yet): a plan estimates every cell of
 * tens of thousands of rows, from a few hundred glyphs. Bold widths are `px * 1.06`, as the estimate
 * has always computed them, so sums stay bit-for-bit the same.
 */
const REGULAR_PX = new Float64Array(0x10000);
const BOLD_PX = new Float64Array(0x10000);
/** Characters outside the Basic Multilingual Plane (a surrogate pair), by code point. */
const ASTRAL_PX = new Map<number, number>();

function unitPx(code: number, bold: boolean): number {
  const table = bold ? BOLD_PX : REGULAR_PX;
  let px = table[code]!;
  if (px === 0) {
    const regular = regularPx(String.fromCharCode(code));
    REGULAR_PX[code] = regular;
    BOLD_PX[code] = regular * 1.06;
    px = table[code]!;
  }
  return px;
}

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

/** How many lines `text` takes in a column (or merged area) `width` units wide, wrapping at words. */
export function estimateLines(text: string, width: number, bold: boolean): number {
  const avail = Math.max(20, width * PX_PER_WIDTH_UNIT - CELL_PADDING_PX);
  if (text.length * MAX_GLYPH_PX < avail && !text.includes('\n')) return 1;
  return countLines(text, avail, bold);
}

const SPACE = 32;
const NEWLINE = 10;

/**
 * Words are separated by single spaces, paragraphs by line feeds; a word's width is the sum of its
 * glyphs' (code points) from left to right. One pass over the text, without splitting it.
 */
function countLines(text: string, avail: number, bold: boolean): number {
  const space = unitPx(SPACE, bold);
  const n = text.length;
  let lines = 0;
  let line = 0;
  let count = 1;
  let w = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : NEWLINE;
    if (code !== SPACE && code !== NEWLINE) {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          w += astralPx((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000, bold);
          i++;
          continue;
        }
      }
      w += unitPx(code, bold);
      continue;
    }
    // The end of a word.
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
    if (code === NEWLINE) {
      lines += count;
      line = 0;
      count = 1;
    }
  }
  return Math.max(1, lines);
}
