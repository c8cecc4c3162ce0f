/**
 * Every file must score against the same criteria table: codes, texts (folded: case, diacritics and
 * spacing do not count) and maximum points are compared with the first file's table, each
 * difference named by file, sheet and cell; a criterion is known by its key ("II.2"), so a "2" under
 * group I and a "2" under group II are different criteria. Wording is a warning; a missing, extra or re-weighted
 * criterion is an error, since the units would then not be scored on the same scale.
 */
import type { FindingSink } from '../findings/types';
import type { HeaderMatch } from '../cells/headers';
import { cellAddress } from '../cells/address';
import { looseKey } from '../cells/text';
import { compare2, formatNumberVi } from '../cells/values';
import type { CriteriaRow } from './criteriaRows';
import { maxColumn, rowLabel } from './criteriaRows';

/** Beyond this many differences for one sheet, the rest is counted in one finding. */
export const MAX_DIFFERENCES_PER_SHEET = 15;

export interface CriteriaSide {
  readonly file: string;
  readonly sheet: string;
  readonly rows: readonly CriteriaRow[];
  readonly header: HeaderMatch;
}

const TYPE_LABEL = { CHUAN: 'Chuẩn', CONG: 'Cộng', TRU: 'Trừ', LIET: 'Liệt' } as const;

function sameMax(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : compare2(a, b) === 0;
}

const maxText = (m: number | null): string => (m === null ? '—' : formatNumberVi(m));

/** Adds a finding per difference of `other` from `base`; returns how many differences there were. */
export function compareCriteria(base: CriteriaSide, other: CriteriaSide, sink: FindingSink): number {
  const baseByKey = new Map(base.rows.map((r) => [r.key, r]));
  const otherKeys = new Set(other.rows.map((r) => r.key));
  const col = other.header.columns;
  const maxCol = maxColumn(other.header);
  const diffs: { code: string; severity: 'error' | 'warning'; cell?: string; params: Record<string, string> }[] = [];
  const common = { file: other.file, firstFile: base.file };
  for (const row of other.rows) {
    const ref = baseByKey.get(row.key);
    if (!ref) {
      diffs.push({ code: 'MERGE_CRITERION_EXTRA', severity: 'error', cell: cellAddress(row.r, col.code!), params: { ...common, code: rowLabel(row) } });
      continue;
    }
    if (looseKey(ref.content) !== looseKey(row.content))
      diffs.push({
        code: 'MERGE_CRITERION_TEXT',
        severity: 'warning',
        cell: cellAddress(row.r, col.content!),
        params: { ...common, code: rowLabel(row), expected: ref.content, found: row.content },
      });
    if (!sameMax(ref.max, row.max))
      diffs.push({
        code: 'MERGE_CRITERION_MAX',
        severity: 'error',
        cell: cellAddress(row.r, maxCol ?? col.code!),
        params: { ...common, code: rowLabel(row), expected: maxText(ref.max), found: maxText(row.max) },
      });
    if (ref.type !== row.type)
      diffs.push({
        code: 'MERGE_CRITERION_TYPE',
        severity: 'error',
        cell: cellAddress(row.r, col.type ?? col.code!),
        params: { ...common, code: rowLabel(row), expected: TYPE_LABEL[ref.type], found: TYPE_LABEL[row.type] },
      });
  }
  for (const ref of base.rows) {
    if (!otherKeys.has(ref.key)) diffs.push({ code: 'MERGE_CRITERION_MISSING', severity: 'error', params: { ...common, code: rowLabel(ref) } });
  }
  diffs.slice(0, MAX_DIFFERENCES_PER_SHEET).forEach((d) => sink.add(d.code, d.severity, { sheet: other.sheet, ...(d.cell ? { cell: d.cell } : {}) }, d.params));
  if (diffs.length > MAX_DIFFERENCES_PER_SHEET)
    sink.warning('MERGE_CRITERIA_MORE', { sheet: other.sheet }, { ...common, count: diffs.length - MAX_DIFFERENCES_PER_SHEET });
  return diffs.length;
}
