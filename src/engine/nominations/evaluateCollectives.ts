/** Judges every (collective row × title): recount from the individual list, then the rule set. */
import type { BlocResult, NominationStatus } from '../model';
import type { Params } from '../settings/params';
import type { FindingSink } from '../findings/types';
import type { PeriodFrame } from '../rules/periods';
import type { ConditionCode, RuleContext, RuleSet } from '../rules/types';
import type { SourcedOutcome } from '../rules/evaluate';
import { evaluateCollective, ruleFor } from '../rules/evaluate';
import { R } from '../rules/reasonCodes';
import type { CollectiveRow, PersonRow } from './types';
import type { AwardCode } from './vocab/awards';
import { EMULATION_TITLE_ORDER, isIndividualAward } from './vocab/awards';
import { recount, reconcile } from './collectiveCounts';
import { unitMatchKey } from './unitKey';

const COUNT_CONDITIONS: ReadonlySet<ConditionCode> = new Set<ConditionCode>(['MEMBER_SHARE', 'MEMBER_COUNT_AT_LEAST', 'NO_MEMBER_DISCIPLINE']);

export interface CollectiveDraft {
  readonly row: CollectiveRow;
  readonly award: AwardCode | 'UNKNOWN';
  readonly outcomes: SourcedOutcome[];
}

export interface CollectiveEnv {
  readonly params: Params;
  readonly frame: PeriodFrame | null;
  readonly blocs: readonly BlocResult[];
  readonly people: readonly PersonRow[];
  readonly baseStatus: ReadonlyMap<PersonRow, NominationStatus>;
  readonly cstdcsStatus: ReadonlyMap<PersonRow, NominationStatus>;
}

export function evaluateCollectives(rows: readonly CollectiveRow[], set: RuleSet, env: CollectiveEnv, sink: FindingSink): CollectiveDraft[] {
  const drafts: CollectiveDraft[] = [];
  const seen = new Map<string, CollectiveRow>();
  const ctx: RuleContext = { params: env.params, frame: env.frame, personVotesExist: false, votes: [], blocs: env.blocs, peer: () => null };
  for (const original of rows) {
    let row = original;
    const common: SourcedOutcome[] = [];
    // Flags are judged on the bloc ranking; only titles whose conditions read member counts are recounted.
    const readsCounts = row.awards.some((a) => ruleFor(set, a.code)?.conditions.some((c) => COUNT_CONDITIONS.has(c.code)));
    const counts = readsCounts ? recount(row, env.people, env.baseStatus, env.cstdcsStatus, EMULATION_TITLE_ORDER) : null;
    if (counts) {
      const r = reconcile(row, counts);
      row = r.row;
      for (const m of r.mismatches) {
        const params = { field: m.field, typed: m.typed, computed: m.computed, against: 'list', people: counts.people };
        sink.warning('COLLECTIVE_COUNT_MISMATCH', { sheet: row.sheet, cell: m.cell ?? row.nameCell }, params);
        common.push({ code: R.COUNT_MISMATCH, status: 'review', cell: m.cell, params, source: '' });
      }
      if (r.filled.length > 0) sink.info('COLLECTIVE_COUNT_RECOMPUTED', { sheet: row.sheet, cell: row.nameCell }, { fields: r.filled.join(', '), name: row.name });
    }
    for (const a of row.awards) {
      const outcomes = [...common];
      // The same collective proposed twice for one title: both rows go to the council.
      const key = `${unitMatchKey(row.name)}|${a.code}`;
      const first = seen.get(key);
      if (first) {
        const params = { award: a.code, row: first.row + 1, sheet: first.sheet };
        outcomes.push({ code: R.DUPLICATE_NOMINATION, status: 'review', cell: row.nameCell, params, source: '' });
        const earlier = drafts.find((d) => d.row.row === first.row && d.row.sheet === first.sheet && d.award === a.code);
        earlier?.outcomes.push({ code: R.DUPLICATE_NOMINATION, status: 'review', cell: first.nameCell, params: { award: a.code, row: row.row + 1, sheet: row.sheet }, source: '' });
      } else seen.set(key, original);
      const rule = ruleFor(set, a.code);
      if (isIndividualAward(a.code)) outcomes.push({ code: R.AWARD_WRONG_LIST, status: 'review', cell: row.awardCell, params: { award: a.code, list: 'collective' }, source: '' });
      else if (!rule) outcomes.push({ code: R.NO_RULE, status: 'review', cell: row.awardCell, params: { award: a.code, ruleSet: set.name }, source: '' });
      else outcomes.push(...evaluateCollective(rule, row, ctx));
      drafts.push({ row, award: a.code, outcomes });
    }
    for (const text of row.unknownAwards) {
      sink.warning('NOMINATION_AWARD_UNKNOWN', { sheet: row.sheet, cell: row.awardCell }, { text });
      drafts.push({ row, award: 'UNKNOWN', outcomes: [...common, { code: R.AWARD_UNKNOWN, status: 'review', cell: row.awardCell, params: { text }, source: '' }] });
    }
  }
  return drafts;
}
