/** Messages of the merge findings (vi first, en second). Every code used by the engine has an entry. */
import type { Catalog } from '../types';

export const mergeMessages: Catalog = {};
