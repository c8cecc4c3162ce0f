/** Shared params of the history reasons (one frozen object per what × period × kind, see ./sharedParams). */
import type { FindingParams } from '../../findings/types';
import { ParamsTable } from './sharedParams';

const MISSING = new ParamsTable();
const NOT_MET = new ParamsTable();

export function historyMissing(what: string, period: number, kind: string): FindingParams {
  return MISSING.find(what, period, kind) ?? MISSING.keep({ what, period, kind }, what, period, kind);
}

export function historyNotMet(what: string, period: number, kind: string, found: string): FindingParams {
  return NOT_MET.find(what, period, kind, found) ?? NOT_MET.keep({ what, period, kind, found }, what, period, kind, found);
}
