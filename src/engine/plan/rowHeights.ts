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

/** Widths by character: a plan estimates every cell of tens of thousands of rows, from a few hundred glyphs. */
const PX = new Map<string, number>();

function glyphPx(ch: string, bold: boolean): number {
  let px = PX.get(ch);
  if (px === undefined) {
    px = regularPx(ch);
    if (PX.size < 10_000) PX.set(ch, px);
  }
  return bold ? px * 1.06 : px;
}

function wordPx(word: string, bold: boolean): number {
  let w = 0;
  for (const ch of word) w += glyphPx(ch, bold);
  return w;
}

/** The widest glyph (a bold capital), with a margin: a text this short fits whatever its letters. */
const MAX_GLYPH_PX = 10.5 * 1.06 + 0.05;
/** Estimates by column width and weight: units, titles, statuses and names repeat down a long table. */
const LINES = new Map<string, Map<string, number>>();
const LINES_LIMIT = 20_000;

/** How many lines `text` takes in a column (or merged area) `width` units wide, wrapping at words. */
export function estimateLines(text: string, width: number, bold: boolean): number {
  const avail = Math.max(20, width * PX_PER_WIDTH_UNIT - CELL_PADDING_PX);
  if (text.length * MAX_GLYPH_PX < avail && !text.includes('\n')) return 1;
  const column = `${width}|${bold ? 1 : 0}`;
  let memo = LINES.get(column);
  if (!memo) LINES.set(column, (memo = new Map()));
  let lines = memo.get(text);
  if (lines === undefined) {
    if (memo.size >= LINES_LIMIT) memo.clear();
    lines = countLines(text, avail, bold);
    memo.set(text, lines);
  }
  return lines;
}

function countLines(text: string, avail: number, bold: boolean): number {
  let lines = 0;
  for (const para of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of para.split(' ')) {
      const w = wordPx(word, bold);
      const need = line === 0 ? w : line + glyphPx(' ', bold) + w;
      if (need <= avail || line === 0) {
        line = need;
        // A word longer than the line breaks inside itself.
        while (line > avail) {
          count++;
          line -= avail;
        }
      } else {
        count++;
        line = w;
        while (line > avail) {
          count++;
          line -= avail;
        }
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}
