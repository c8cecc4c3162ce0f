/**
 * Criterion codes as typed in the `TT` column (SPEC §3.2): Roman numerals (I, II…) and capital letters
 * (A, B…) are groups, `1`, `2` criteria, `1.1`, `2.3` sub-criteria, `a`, `b` items under the previous
 * numbered line. Also the "code + text" column headers of a units-in-rows sheet ("II. Chuyên môn").
 */
import type { CellValue } from '../../workbook/snapshot';
import { cleanText } from '../cells/text';
import { memoised } from '../cells/memo';

export type CodeKind = 'upper' | 'roman' | 'number' | 'letter';

export interface ParsedCode {
  /** Normalised code: "II", "1.2", "a", "B". */
  readonly code: string;
  readonly kind: CodeKind;
  /** Dotted parts of a number code ("1.2" → 2), 1 otherwise. */
  readonly depth: number;
}

const ROMAN = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/;

/** Nesting rank: a line nests under the nearest previous line of lower rank. */
export function codeRank(c: ParsedCode): number {
  switch (c.kind) {
    case 'upper':
      return 0;
    case 'roman':
      return 1;
    case 'number':
      return 1 + c.depth;
    case 'letter':
      return 100;
  }
}

function classify(t: string): ParsedCode | null {
  // At most 3 digits a part: "2024" in a header is a year, not a criterion.
  if (/^\d{1,3}(\.\d{1,3})*$/.test(t)) return { code: t.replace(/^0+(?=\d)/, ''), kind: 'number', depth: t.split('.').length };
  if (/^[a-zđ]$/.test(t)) return { code: t, kind: 'letter', depth: 1 };
  if (ROMAN.test(t)) return { code: t, kind: 'roman', depth: 1 };
  if (/^[A-Z]$/.test(t)) return { code: t, kind: 'upper', depth: 1 };
  return null;
}

/** A code cell: "I", "I.", "1", 1, "1.2", 1.2, "a)", "(b)". Null when the cell holds no code. */
export function parseCode(v: CellValue): ParsedCode | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return null;
    return classify(String(v));
  }
  if (typeof v !== 'string') return null;
  return parseCodeText(v);
}

/** A code typed as text; memoised: the same codes (I, II, 1, 2…) head the rows of every sheet. Shared results are immutable. */
const parseCodeText = memoised((v: string): ParsedCode | null => {
  const t = cleanText(v)
    .replace(/^\(/, '')
    .replace(/[.):\-–]+$/, '')
    .replace(/\s+/g, '');
  if (!t) return null;
  return classify(t);
});

const FIRST_TOKEN = /^(?:[IVX]+|[A-Z]|\d+(?:\.\d+)*|[a-zđ])/;
const NEXT_TOKEN = /^\.(?:\d+(?:\.\d+)*|[a-zđ])(?![\p{L}\d])/u;
const LABEL_PREFIX = /^(?:tiêu chí|tieu chi|tiêu chuẩn|tieu chuan|tc|mục|muc|phần|phan|nội dung|noi dung)\s*(?=[\dIVX])/i;

export interface CodeLabel {
  /** The codes of the label, outermost first: "II.3" → [II, 3]; "1.2" → [1.2]. */
  readonly path: readonly ParsedCode[];
  /** The text after the code. */
  readonly text: string;
}

/** Path form used to look a code up in a criteria table ("II.3", "1.2.a"). */
export function pathKey(path: readonly ParsedCode[]): string {
  return path.map((c) => c.code).join('.');
}

/**
 * A column header holding a code, alone or followed by text: "I", "II. Công tác chính trị", "II.3",
 * "1.2 Dạy học", "Tiêu chí 3", "TC3", 2. Null when the header does not start with a code.
 */
export function parseCodeLabel(v: CellValue): CodeLabel | null {
  if (typeof v === 'number') {
    const c = parseCode(v);
    return c ? { path: [c], text: '' } : null;
  }
  if (typeof v !== 'string') return null;
  let t = cleanText(v).replace(LABEL_PREFIX, '');
  const first = FIRST_TOKEN.exec(t);
  if (!first) return null;
  const path: ParsedCode[] = [];
  const head = classify(first[0]);
  if (!head) return null;
  path.push(head);
  t = t.slice(first[0].length);
  for (let m = NEXT_TOKEN.exec(t); m; m = NEXT_TOKEN.exec(t)) {
    const c = classify(m[0].slice(1));
    if (!c) break;
    path.push(c);
    t = t.slice(m[0].length);
  }
  // The code must end at a separator or the end: "II. Công tác", "1.2 Dạy học", "a)"; not "Xếp loại".
  const sep = /^(?:[.):\-–]+\s*|\s+|$)/.exec(t);
  if (!sep) return null;
  return { path, text: t.slice(sep[0].length).trim() };
}
