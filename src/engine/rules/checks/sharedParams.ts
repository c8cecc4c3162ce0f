/**
 * Reason params shared between rows: most reasons repeat a few values (rating HTTNV below HTXSNV, no
 * initiative…), so one frozen params object serves them all and its message is rendered once
 * (nominations/reasons.ts caches texts of frozen params). Keys start with the reason code.
 */
import type { FindingParams } from '../../findings/types';

const SHARED = new Map<string, FindingParams>();

/** The shared params under `key`, if some row already made them. */
export function sharedParams(key: string): FindingParams | undefined {
  return SHARED.get(key);
}

/** Freezes `params` and keeps them under `key` for the next rows. */
export function share(key: string, params: FindingParams): FindingParams {
  Object.freeze(params);
  SHARED.set(key, params);
  return params;
}
