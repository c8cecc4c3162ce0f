/**
 * Page and type of the minutes, after the presentation rules of administrative documents (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): A4, Times New Roman, body 13 pt, title 14 pt bold; margins top/bottom
 * 20 mm, left 30 mm, right 20 mm. Sizes are in half-points, lengths in twips (1/20 pt) as Word wants.
 */
import { AlignmentType, BorderStyle, LeaderType, LineRuleType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Lang } from '../engine';
import { formatNumberVi, round2 } from '../engine';

export const FONT = 'Times New Roman';
export const BODY_SIZE = 26;
export const TITLE_SIZE = 28;
export const TABLE_SIZE = 24;
/** Line spacing of every paragraph, in 240ths of a line (276 = 1.15 lines). */
export const LINE_SPACING = 276;

export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134 } as const;
/** Width of the text block. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export type Align = 'left' | 'center' | 'right' | 'both';

export interface TextOptions {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
  readonly align?: Align;
  /** Space before / after in twips. */
  readonly before?: number;
  readonly after?: number;
  /** First-line indent in twips. */
  readonly indent?: number;
  readonly keepNext?: boolean;
  readonly allCaps?: boolean;
}

export const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.JUSTIFIED,
} as const;

/** A run of text; only the properties that differ from plain text are written (a 50,000-row list has a run per cell). */
export function run(text: string, o: TextOptions = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: o.size ?? BODY_SIZE,
    ...(o.bold ? { bold: true } : {}),
    ...(o.italics ? { italics: true } : {}),
    ...(o.allCaps ? { allCaps: true } : {}),
  });
}

/** One paragraph of one style; `runs` mixes styles on one line (a bold label and plain text). */
export function para(text: string | TextRun[], o: TextOptions = {}): Paragraph {
  return new Paragraph({
    children: typeof text === 'string' ? [run(text, o)] : text,
    alignment: ALIGN[o.align ?? 'both'],
    spacing: { before: o.before ?? 0, after: o.after ?? 60, line: LINE_SPACING },
    ...(o.indent ? { indent: { firstLine: o.indent } } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
  });
}

/**
 * The short rule under an agency name or the national motto: the bottom border of an empty 4 pt line,
 * indented to `widthTwips` and centred in its cell.
 */
export function rule(widthTwips: number, cellWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - widthTwips) / 2));
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: 100, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

/** A line to write on: `prefix` then dots up to the right margin (a right tab with a dot leader). */
export function dottedLine(prefix: string, o: { indent?: number } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: prefix, font: FONT, size: BODY_SIZE }), new TextRun({ children: [new Tab()], font: FONT, size: BODY_SIZE })],
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
    spacing: { before: 0, after: 60, line: LINE_SPACING },
    ...(o.indent ? { indent: { firstLine: o.indent } } : {}),
  });
}

/** Scores as officers write them: 8,5 in Vietnamese, 8.5 in English; at most 2 decimals. */
export function num(x: number, lang: Lang): string {
  return lang === 'vi' ? formatNumberVi(x) : String(round2(x));
}
