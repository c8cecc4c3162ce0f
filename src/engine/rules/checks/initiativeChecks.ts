/**
 * Initiatives (sáng kiến, đề tài): the level that recognised them this period, and how many over a run
 * of periods (Bằng khen). An empty cell is missing data; "Không" is a fact.
 */
import type { InitiativeLevel } from '../../nominations/vocab/initiatives';
import type { IndividualCheck, Outcome } from '../types';
import { R } from '../reasonCodes';
import { historyMissing } from './historyParams';
import { MET } from './met';
import { initiativesAt } from './historyFacts';
import { ParamsTable } from './sharedParams';

const MISSING = Object.freeze({ field: 'initiative' });
const NONE = new ParamsTable();
const LOW = new ParamsTable();

export const initiativeLevel: IndividualCheck = {
  subject: 'individual',
  reads: 'initiative',
  emits: [R.DATA_MISSING, R.VALUE_UNREADABLE, R.INITIATIVE_NONE, R.INITIATIVE_LEVEL_UNKNOWN, R.INITIATIVE_LEVEL_LOW],
  run: (p, args) => {
    const min = Number(args.min) as InitiativeLevel;
    // The cell's address is written only for a reason (most rows meet the condition).
    const initiative = p.initiative;
    const v = initiative.read;
    switch (v.kind) {
      case 'empty':
        return [{ code: R.DATA_MISSING, status: 'review', cell: initiative.cell, params: MISSING }];
      case 'unreadable':
        return [{ code: R.VALUE_UNREADABLE, status: 'review', cell: initiative.cell, params: { field: 'initiative', text: v.text } }];
      case 'none':
        return [{ code: R.INITIATIVE_NONE, status: 'ineligible', cell: initiative.cell, params: NONE.find(min) ?? NONE.keep({ required: min }, min) }];
      case 'some':
        // An initiative listed in the unit's own nomination file is at least recognised by the unit
        // (cơ sở); a higher level must be written.
        if (v.level === null) return min <= 1 ? MET : [{ code: R.INITIATIVE_LEVEL_UNKNOWN, status: 'review', cell: initiative.cell, params: { required: min } }];
        if (v.level >= min) return MET;
        return [{ code: R.INITIATIVE_LEVEL_LOW, status: 'ineligible', cell: initiative.cell, params: LOW.find(min, v.level) ?? LOW.keep({ required: min, actual: v.level }, min, v.level) }];
    }
  },
};

/** At least `count` initiatives over the current period and the `periods − 1` before it. */
export const initiativeCount: IndividualCheck = {
  subject: 'individual',
  emits: [R.DATA_MISSING, R.VALUE_UNREADABLE, R.HISTORY_MISSING, R.INITIATIVE_COUNT_LOW],
  run: (p, args, ctx) => {
    const need = Number(args.count);
    const periods = Number(args.periods);
    const initiative = p.initiative;
    const v = initiative.read;
    if (v.kind === 'unreadable') return [{ code: R.VALUE_UNREADABLE, status: 'review', cell: initiative.cell, params: { field: 'initiative', text: v.text } }];
    let known = 0;
    const missing: Outcome[] = [];
    if (v.kind === 'some') known += v.count ?? 1;
    else if (v.kind === 'empty') missing.push({ code: R.DATA_MISSING, status: 'review', cell: initiative.cell, params: MISSING });
    if (known >= need) return MET;
    if (!ctx.frame) return [...missing, { code: R.HISTORY_MISSING, status: 'review', cell: p.nameCell, params: { what: 'initiatives', period: '' } }];
    for (let i = 1; i < periods; i++) {
      const key = ctx.frame.key - i;
      const h = initiativesAt(p.history, key);
      if (h.found === null) missing.push({ code: R.HISTORY_MISSING, status: 'review', cell: h.cell ?? p.nameCell, params: historyMissing('initiatives', key, ctx.frame.kind) });
      else known += h.found;
      if (known >= need) return MET;
    }
    if (missing.length > 0) return missing;
    return [{ code: R.INITIATIVE_COUNT_LOW, status: 'ineligible', cell: initiative.cell, params: { count: known, required: need, periods } }];
  },
};
