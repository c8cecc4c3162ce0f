/**
 * Reading one score cell (SPEC §3.9, §4.1): numbers typed as text ("8,5"), "1.000" resolved by the
 * item's maximum (else the scale) or reported as ambiguous, formula errors named, Chuẩn scores within
 * 0..max, Cộng/Trừ as magnitudes capped at their maximum, Liệt as yes/no ("x", "có", "vi phạm", 1).
 * An authoritative cell that cannot be trusted is an error and counts as 0 ('invalid'); a self score
 * that is only compared (a bloc score exists) gets warnings and its value is kept as typed.
 */
import type { Criterion } from '../model';
import type { FindingSink } from '../findings/types';
import type { SheetGrid } from '../cells/grid';
import { cellAddress } from '../cells/address';
import { cellText, compare2, readNumber } from '../cells/values';
import { looseKey } from '../cells/text';
import { isCellError } from '../../workbook/snapshot';
import { dataCell } from './dataCell';

/** A read score: the value, EMPTY (null) or INVALID (NaN) — numbers rather than objects, one per cell. */
export type ScoreRead = number | null;
export const EMPTY: ScoreRead = null;
export const INVALID: ScoreRead = Number.NaN;
export const isInvalid = (x: ScoreRead): boolean => x !== null && Number.isNaN(x);

export interface ScoreReadContext {
  readonly grid: SheetGrid;
  readonly sink: FindingSink;
  readonly unit: string;
  /** Σ Chuẩn maxima: the sane upper bound when an item has no maximum. */
  readonly scale: number;
}

const VETO_YES = new Set(['x', 'co', 'vi pham', 'co vi pham', 'yes', 'y', 'dung', 'true', '1', 'bi liet', 'liet']);
const VETO_NO = new Set(['khong', 'khong vi pham', 'no', 'n', 'sai', 'false', '0', 'k']);


/** Reports a problem: an error on an authoritative cell, a warning on a compared self score. */
function report(ctx: ScoreReadContext, r: number, c: number, node: Criterion, authoritative: boolean, code: string, params: Record<string, string | number>): ScoreRead {
  const where = { sheet: ctx.grid.name, cell: cellAddress(r, c) };
  if (authoritative) ctx.sink.error(code, where, { unit: ctx.unit, code: node.key, ...params });
  // SPEC §3.9: a formula error in any input cell is an error, even in a self score only compared.
  else if (code === 'SCORE_FORMULA_ERROR') ctx.sink.error(code, where, { unit: ctx.unit, code: node.key, ...params, self: 1 });
  else ctx.sink.warning(code, where, { unit: ctx.unit, code: node.key, ...params, self: 1 });
  return INVALID;
}

/**
 * Reads the cell (r, c) for `node` (`max`: the item's maximum, a group's Σ when it has none).
 * `authoritative`: the value counts (errors are errors);
 * otherwise it is a self score shown beside the bloc score (problems are warnings).
 */
export function readScoreCell(ctx: ScoreReadContext, r: number, c: number, node: Criterion, authoritative: boolean, max: number | null = node.max): ScoreRead {
  const v = dataCell(ctx.grid, r, c);
  if (node.type === 'LIET') {
    if (v === null) return EMPTY;
    if (isCellError(v)) return report(ctx, r, c, node, authoritative, 'SCORE_FORMULA_ERROR', { error: v.error });
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'number') return v < 0 ? report(ctx, r, c, node, authoritative, 'SCORE_VETO_UNREADABLE', { value: cellText(v) }) : v > 0 ? 1 : 0;
    const k = looseKey(v);
    if (!k || k === '-' || k === '—') return EMPTY;
    if (VETO_YES.has(k)) return 1;
    if (VETO_NO.has(k)) return 0;
    return report(ctx, r, c, node, authoritative, 'SCORE_VETO_UNREADABLE', { value: cellText(v) });
  }
  let value: number;
  if (typeof v === 'number' && Number.isFinite(v)) value = v; // the common case, without allocating a read
  else {
    const sane = max ?? (ctx.scale > 0 ? ctx.scale : undefined);
    const n = readNumber(v, sane === undefined ? {} : { maxSane: sane });
    switch (n.kind) {
      case 'empty':
        return EMPTY;
      case 'error':
        return report(ctx, r, c, node, authoritative, 'SCORE_FORMULA_ERROR', { error: n.error });
      case 'text':
        return report(ctx, r, c, node, authoritative, 'SCORE_NOT_NUMBER', { value: n.text });
      case 'ambiguous':
        return report(ctx, r, c, node, authoritative, 'SCORE_AMBIGUOUS', { value: n.text, asDecimal: n.asDecimal, asThousands: n.asThousands });
      case 'number':
        value = n.value;
    }
  }
  if (node.type === 'CHUAN') {
    if (value < 0 || (max !== null && compare2(value, max) > 0)) {
      if (!authoritative) {
        report(ctx, r, c, node, false, 'SCORE_OUT_OF_RANGE', { value, max: max ?? '' });
        return value;
      }
      return report(ctx, r, c, node, authoritative, 'SCORE_OUT_OF_RANGE', { value, max: max ?? '' });
    }
    return value;
  }
  value = Math.abs(value);
  if (max !== null && compare2(value, max) > 0) {
    if (authoritative) ctx.sink.warning('SCORE_CAPPED', { sheet: ctx.grid.name, cell: cellAddress(r, c) }, { unit: ctx.unit, code: node.key, value, max });
    value = max;
  }
  return value;
}
