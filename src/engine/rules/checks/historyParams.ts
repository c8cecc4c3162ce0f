/** Shared params of the history reasons (one frozen object per what × period × kind, see ./sharedParams). */
import type { FindingParams } from '../../findings/types';
import { share, sharedParams } from './sharedParams';

export function historyMissing(what: string, period: number, kind: string): FindingParams {
  const key = `HM|${what}|${period}|${kind}`;
  return sharedParams(key) ?? share(key, { what, period, kind });
}

export function historyNotMet(what: string, period: number, kind: string, found: string): FindingParams {
  const key = `HN|${what}|${period}|${kind}|${found}`;
  return sharedParams(key) ?? share(key, { what, period, kind, found });
}
