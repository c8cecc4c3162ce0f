/**
 * The period under evaluation: `Năm học`/`Năm` from `Cấu hình`, else inferred from the history columns
 * (the period after the latest one they name), else unknown — said as a finding, and every rule that
 * needs history then asks for a review.
 */
import type { Params } from '../settings/params';
import type { FindingSink } from '../findings/types';
import type { PeriodFrame } from '../rules/periods';
import { formatPeriod, frameOf, readToken } from '../rules/periods';
import type { HistoryColumn } from './history';

export function resolveFrame(params: Params, historyColumns: readonly { sheet: string; col: HistoryColumn }[], hasNominations: boolean, sink: FindingSink): PeriodFrame | null {
  const given = frameOf(params.period);
  if (given) return given;
  const schoolYear = historyColumns.some((h) => h.col.token.to !== null);
  const kind = schoolYear ? 'schoolYear' : 'year';
  const keys: number[] = [];
  for (const h of historyColumns) {
    const t = readToken(h.col.token, kind);
    if ('key' in t) keys.push(t.key);
  }
  if (keys.length > 0) {
    const key = Math.max(...keys) + 1;
    sink.info('NOMINATION_PERIOD_INFERRED', { sheet: historyColumns[0]!.sheet }, { period: formatPeriod(key, kind), kind });
    return { key, kind };
  }
  if (hasNominations) sink.warning('NOMINATION_PERIOD_UNKNOWN', {});
  return null;
}
