/**
 * Header of the units-in-rows scoring layout (SPEC §3.3, a bloc summary): `STT` | `Đơn vị` | one column
 * per criterion or group (header = code, or code + text; a group header may sit merged over its
 * criteria's codes; a code may sit over a `Tự chấm` | `Khối chấm` pair) | optional `Điểm cộng`,
 * `Điểm trừ`, `Tổng`. Columns such as Xếp hạng, Xếp loại, Ghi chú are not scores.
 */
import type { SheetGrid } from '../cells/grid';
import { findHeaderRow, type ColumnSpec, type HeaderMatch } from '../cells/headers';
import { cachedLooseKey } from '../cells/keyCache';
import { cellText } from '../cells/values';
import { looseKey } from '../cells/text';
import { parseCodeLabel, pathKey, type ParsedCode } from '../criteria/codes';
import { scoreKindOf, type ScoreKind } from './labels';
import type { CellPos } from './types';

export const UNIT_ROW_COLUMNS: readonly ColumnSpec[] = [
  { key: 'unit', aliases: ['Đơn vị', 'Tên đơn vị', 'Đơn vị được chấm', 'Tên trường', 'Trường', 'Tên đơn vị trường học', 'Đơn vị trường học'], required: true },
  { key: 'stt', aliases: ['STT', 'TT', 'Số TT', 'Số thứ tự'] },
  { key: 'total', aliases: ['Tổng điểm', 'Tổng cộng', 'Tổng số điểm', 'Điểm tổng', 'Tổng'], match: 'prefix' },
  { key: 'bonus', aliases: ['Điểm cộng', 'Điểm thưởng', 'Cộng điểm', 'Điểm khuyến khích'], match: 'prefix' },
  { key: 'deduction', aliases: ['Điểm trừ', 'Trừ điểm', 'Điểm bị trừ'], match: 'prefix' },
  { key: 'bloc', aliases: ['Khối', 'Cụm', 'Khối thi đua', 'Cụm thi đua'] },
  {
    key: 'other',
    aliases: ['Xếp hạng', 'Thứ hạng', 'Hạng', 'Xếp loại', 'Ghi chú', 'Đề nghị', 'Cấp học', 'Số CB-GV-NV', 'Tỷ lệ', 'Tỉ lệ', 'Họ và tên', 'Mã đơn vị'],
    match: 'prefix',
  },
];

/** Columns holding one kind of value, split by Tự chấm / Khối chấm / lone. */
export interface KindCols {
  self: number | null;
  bloc: number | null;
  main: number | null;
}

export interface ColumnItem extends KindCols {
  /** Code path ("II", "I.1", "II.3.a"). */
  readonly path: string;
  readonly codes: readonly ParsedCode[];
  readonly title: string;
  /** Title of the group level above, when the header has one ("I. Chính trị" merged over 1, 2, 3). */
  readonly groupTitle: string;
  readonly where: CellPos;
  /** A maximum written in the header: "1. Chuyên môn (20 điểm)". */
  readonly labelMax: number | null;
}

export interface UnitsInRowsHeader {
  readonly header: HeaderMatch;
  readonly lastHeaderRow: number;
  readonly unitCol: number;
  readonly blocCol: number | null;
  readonly total: KindCols;
  readonly bonus: KindCols;
  readonly deduction: KindCols;
  readonly items: readonly ColumnItem[];
  /** Columns repeating a code already seen (not counted). */
  readonly duplicates: readonly { readonly path: string; readonly where: CellPos }[];
}

const SPECIAL = UNIT_ROW_COLUMNS.filter((s) => s.key !== 'unit').map((spec) => ({
  key: spec.key,
  prefix: spec.match === 'prefix',
  aliases: spec.aliases.map(looseKey),
}));

/** The special column (Tổng, Điểm cộng, Xếp hạng…) a folded label names, if any. */
function specialOf(k: string): string | null {
  if (!k) return null;
  for (const s of SPECIAL) if (s.aliases.some((a) => k === a || (s.prefix && k.startsWith(`${a} `)))) return s.key;
  return null;
}
const LABEL_MAX = /\(\s*(?:tối đa\s*)?(\d+(?:[.,]\d+)?)\s*(?:đ|điểm|diem|d)?\s*\)/iu;

function isContinuationRow(grid: SheetGrid, r: number, h: HeaderMatch): boolean {
  if (r >= grid.rowCount) return false;
  for (const c of [h.columns.unit!, h.columns.stt]) {
    if (c === undefined) continue;
    const t = cellText(grid.get(r, c));
    if (t && looseKey(t) !== h.labels[c]) return false;
  }
  for (let c = 0; c < grid.colCount; c++) if (c !== h.columns.unit && cellText(grid.get(r, c))) return true;
  return false;
}

const emptyKind = (): KindCols => ({ self: null, bloc: null, main: null });

/** Records column c in its slot; false when the slot is already taken (a duplicate column). */
function put(k: KindCols, kind: ScoreKind | null, c: number): boolean {
  const slot = kind ?? 'main';
  if (k[slot] !== null && slot !== 'bloc') return false;
  k[slot] = c;
  return true;
}

/** Finds the header and classifies its columns; null when no row has a unit column and a criterion column. */
export function detectUnitsInRows(grid: SheetGrid): UnitsInRowsHeader | null {
  const header = findHeaderRow(grid, UNIT_ROW_COLUMNS);
  if (!header) return null;
  let last = header.row;
  while (last < header.row + 2 && isContinuationRow(grid, last + 1, header)) last++;
  const unitCol = header.columns.unit!;
  const specials: Record<string, KindCols> = { total: emptyKind(), bonus: emptyKind(), deduction: emptyKind() };
  let blocCol: number | null = null;
  const items: ColumnItem[] = [];
  const byPath = new Map<string, ColumnItem>();
  const duplicates: { path: string; where: CellPos }[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    if (c === unitCol) continue;
    const labels: { text: string; raw: ReturnType<SheetGrid['get']>; row: number }[] = [];
    for (let r = header.row; r <= last; r++) {
      const raw = grid.get(r, c);
      const text = cellText(raw);
      if (text && (!labels.length || labels[labels.length - 1]!.text !== text)) labels.push({ text, raw, row: r });
    }
    if (!labels.length) continue;
    const kind = scoreKindOf(labels[labels.length - 1]!.text);
    const special = labels.map((l) => specialOf(cachedLooseKey(l.text))).find((x) => x !== null);
    if (special) {
      if (special === 'bloc') blocCol ??= c;
      else if (specials[special]) put(specials[special]!, kind, c);
      continue;
    }
    const codes: ParsedCode[] = [];
    let title = '';
    let groupTitle = '';
    let where: CellPos | null = null;
    let labelMax: number | null = null;
    for (const l of labels) {
      if (scoreKindOf(l.text)) continue;
      const parsed = parseCodeLabel(l.raw);
      if (!parsed) continue;
      if (codes.length) groupTitle = title;
      codes.push(...parsed.path);
      title = parsed.text;
      where = { r: l.row, c };
      const m = LABEL_MAX.exec(l.text);
      if (m) labelMax = Number(m[1]!.replace(',', '.'));
    }
    if (!codes.length || !where) continue;
    const path = pathKey(codes);
    let item = byPath.get(path);
    if (!item) {
      item = { path, codes, title: title.replace(LABEL_MAX, '').trim(), groupTitle, where, labelMax, ...emptyKind() };
      byPath.set(path, item);
      items.push(item);
    }
    if (!put(item, kind, c)) duplicates.push({ path, where });
  }
  if (!items.length) return null;
  return {
    header,
    lastHeaderRow: last,
    unitCol,
    blocCol,
    total: specials.total!,
    bonus: specials.bonus!,
    deduction: specials.deduction!,
    items,
    duplicates,
  };
}
