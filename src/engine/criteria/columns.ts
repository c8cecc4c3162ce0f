/**
 * Header aliases of a criteria table (SPEC §3.2), shared by the criteria sheet and the criteria-in-rows
 * scoring sheet. `Điểm` alone is matched exactly so that "Điểm tự chấm" is never taken for the maximum.
 */
import type { ColumnSpec, HeaderMatch } from '../cells/headers';

export const CRITERIA_COLUMNS: readonly ColumnSpec[] = [
  { key: 'code', aliases: ['TT', 'STT', 'Mã', 'Mã số', 'Số TT', 'Mã tiêu chí', 'Số thứ tự', 'Ký hiệu'], required: true },
  {
    key: 'content',
    aliases: ['Nội dung', 'Tiêu chí', 'Nội dung tiêu chí', 'Nội dung đánh giá', 'Tiêu chí đánh giá', 'Nội dung thi đua', 'Nội dung chấm điểm', 'Tiêu chí thi đua', 'Tiêu chuẩn'],
    required: true,
    match: 'prefix',
  },
  {
    key: 'max',
    aliases: ['Điểm chuẩn', 'Điểm tối đa', 'Thang điểm', 'Điểm quy định', 'Điểm định mức', 'Điểm chuẩn tối đa', 'Số điểm tối đa', 'Điểm tối đa được chấm'],
    match: 'prefix',
  },
  { key: 'maxExact', aliases: ['Điểm', 'Số điểm'] },
  { key: 'type', aliases: ['Loại', 'Loại điểm', 'Loại tiêu chí', 'Phân loại'] },
  {
    key: 'note',
    aliases: ['Ghi chú', 'Minh chứng', 'Hồ sơ minh chứng', 'Tài liệu minh chứng', 'Hướng dẫn chấm', 'Cách chấm', 'Phương pháp chấm', 'Giải trình'],
    match: 'prefix',
  },
];

export interface CriteriaColumns {
  readonly code: number;
  readonly content: number;
  readonly max: number | null;
  readonly type: number | null;
}

export function criteriaColumnsOf(h: HeaderMatch): CriteriaColumns {
  const c = h.columns;
  return { code: c.code!, content: c.content!, max: c.max ?? c.maxExact ?? null, type: c.type ?? null };
}

/** Columns of a criteria table that are not unit score columns. */
export function criteriaColumnIndexes(h: HeaderMatch): Set<number> {
  return new Set(Object.values(h.columns));
}
