/** What a check returns when its condition is met: one shared, frozen empty list (most checks pass). */
import type { Outcome } from '../types';

export const MET: readonly Outcome[] = Object.freeze([]);
