/**
 * Reason params shared between rows: most reasons repeat a few values (rating HTTNV below HTXSNV, no
 * initiative…), so one frozen params object serves them all and its message is rendered once
 * (nominations/reasons.ts caches texts of frozen params). Each kind of reason has its own table, keyed
 * by up to four values in nested maps: no key string is built per reason.
 */
import type { FindingParams } from '../../findings/types';

type Key = string | number;

export class ParamsTable {
  private readonly root = new Map<Key, Map<Key, Map<Key, Map<Key, FindingParams>>>>();

  /** The shared params for these values, if a row already made them. */
  find(a: Key, b: Key = '', c: Key = '', d: Key = ''): FindingParams | undefined {
    return this.root.get(a)?.get(b)?.get(c)?.get(d);
  }

  /** Freezes `params` and keeps them for these values. */
  keep(params: FindingParams, a: Key, b: Key = '', c: Key = '', d: Key = ''): FindingParams {
    Object.freeze(params);
    let l1 = this.root.get(a);
    if (!l1) this.root.set(a, (l1 = new Map()));
    let l2 = l1.get(b);
    if (!l2) l1.set(b, (l2 = new Map()));
    let l3 = l2.get(c);
    if (!l3) l2.set(c, (l3 = new Map()));
    l3.set(d, params);
    return params;
  }
}
