/**
 * Row heights for wrapped text. Excel does not grow a row for wrapped text in merged cells, and
 * LibreOffice/Excel keep a written height, so the plan estimates the number of lines itself.
 * Widths are in Excel's unit (the width of "0" in the default font, about 7 px); glyph widths are
 * those of Times New Roman 13 pt at 96 dpi, rounded up so an estimate errs on the tall side.
 */

/** Points per line of Times New Roman 13 with Excel's line spacing. */
export const LINE_HEIGHT = 17;

const PX_PER_WIDTH_UNIT = 7;
const CELL_PADDING_PX = 6;

function glyphPx(ch: string, bold: boolean): number {
  let px: number;
  if (ch === ' ') px = 4.4;
  else if (/[0-9]/.test(ch)) px = 8.7;
  else if (/[.,;:!'|il()[\]-]/.test(ch)) px = 4.8;
  else if (ch !== ch.toLowerCase()) px = 10.5;
  else px = 8;
  return bold ? px * 1.06 : px;
}

/** How many lines `text` takes in a column (or merged area) `width` units wide, wrapping at words. */
export function estimateLines(text: string, width: number, bold: boolean): number {
  const avail = Math.max(20, width * PX_PER_WIDTH_UNIT - CELL_PADDING_PX);
  let lines = 0;
  for (const para of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of para.split(' ')) {
      const w = [...word].reduce((a, ch) => a + glyphPx(ch, bold), 0);
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
