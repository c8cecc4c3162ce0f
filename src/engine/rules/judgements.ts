/**
 * Judging once per distinct combination of readings. A rule whose every condition reads only one of the
 * person's own fields (`IndividualCheck.reads`: rating, discipline, service, leave, initiative) gives
 * the same reasons to every row with the same readings, up to the cells they name. Such a rule is run on
 * the first row of each combination; its reasons are kept with the field whose cell they name, and a
 * row's cells are written only when its judgement has a reason (most have none).
 */
import type { NominationStatus } from '../model';
import type { FindingParams } from '../findings/types';
import type { PersonRow } from '../nominations/types';
import type { AwardRule, Outcome, PersonField, RuleContext } from './types';
import { dedupe, individualConditions, statusOf, type SourcedOutcome } from './evaluate';

export { ReadingIds } from './readingIds';

/** A reason of a shared judgement: the row's cell of `field` is the one it names. */
interface Template {
  readonly code: string;
  readonly status: Outcome['status'];
  readonly params: FindingParams;
  readonly source: string;
  readonly field: PersonField;
}

const NOTHING: readonly SourcedOutcome[] = Object.freeze([]);

function cellOf(p: PersonRow, field: PersonField): string | null {
  switch (field) {
    case 'rating':
      return p.rating.cell;
    case 'discipline':
      return p.discipline.cell;
    case 'service':
      return p.service.cell;
    case 'leave':
      return p.leave.cell;
    case 'initiative':
      return p.initiative.cell;
  }
}

/** The reasons a rule gives every row of one combination of readings. */
export class Judgement {
  /** Status when the reasons need no dedupe (which may depend on the row's cells). */
  private readonly shared: NominationStatus;
  /** True when two reasons have the same code: then they may name the same cell and be reported once. */
  private readonly mayDedupe: boolean;

  constructor(private readonly templates: readonly Template[]) {
    this.shared = statusOf(templates);
    this.mayDedupe = sharesCode(templates);
  }

  /** The reasons with `p`'s cells, as `evaluateIndividual` gives them; the shared empty list when met. */
  outcomesOf(p: PersonRow): readonly SourcedOutcome[] {
    const n = this.templates.length;
    if (n === 0) return NOTHING;
    // Pushed, not preallocated: the same kind of array as every other list of outcomes (one map).
    const out: SourcedOutcome[] = [];
    for (let i = 0; i < n; i++) {
      const t = this.templates[i]!;
      out.push({ code: t.code, status: t.status, cell: cellOf(p, t.field), params: t.params, source: t.source });
    }
    return this.mayDedupe ? dedupe(out) : out;
  }

  /** The status `p` gets (its cells are written only when two reasons might be one). */
  statusOf(p: PersonRow): NominationStatus {
    return this.mayDedupe ? statusOf(this.outcomesOf(p)) : this.shared;
  }
}

function sharesCode(xs: readonly Template[]): boolean {
  for (let i = 1; i < xs.length; i++) for (let j = 0; j < i; j++) if (xs[i]!.code === xs[j]!.code) return true;
  return false;
}

/** True when every individual condition of the rule reads one field of the person only. */
export function readsOwnFieldsOnly(rule: AwardRule): boolean {
  const conditions = individualConditions(rule);
  for (let c = 0; c < conditions.length; c++) if (conditions[c]!.check.reads === undefined) return false;
  return true;
}

/** Runs the rule's conditions on `p`, keeping each reason with the field whose cell it names. */
function judge(rule: AwardRule, p: PersonRow, ctx: RuleContext): Judgement {
  const conditions = individualConditions(rule);
  const templates: Template[] = [];
  for (let c = 0; c < conditions.length; c++) {
    const cond = conditions[c]!;
    const found = cond.check.run(p, cond.args, ctx);
    for (let i = 0; i < found.length; i++) {
      const o = found[i]!;
      templates.push({ code: o.code, status: o.status, params: o.params, source: cond.source, field: cond.check.reads! });
    }
  }
  return new Judgement(templates);
}

/** The judgements of one rule, by combination id (see ./readingIds). */
export class RuleJudgements {
  // Holey from the start (ids come in any order): the array keeps one elements kind as it fills.
  private readonly byId = new Array<Judgement | undefined>(16).fill(undefined);

  constructor(private readonly rule: AwardRule) {}

  /** The judgement of combination `id`, made on `p` (one of its rows) with `ctx` the first time. */
  at(id: number, p: PersonRow, ctx: RuleContext): Judgement {
    if (id >= this.byId.length) this.grow(id);
    const j = this.byId[id];
    if (j !== undefined) return j;
    return (this.byId[id] = judge(this.rule, p, ctx));
  }

  /** Room up to `id` (pushed: stores then stay within bounds and the array never turns sparse). */
  private grow(id: number): void {
    while (this.byId.length <= id) this.byId.push(undefined);
  }
}

/**
 * Judgements of one analysis (they read its params: one instance per analysis), by rule. Only for
 * rules that `readsOwnFieldsOnly`.
 */
export class Judgements {
  private readonly byRule = new Map<AwardRule, RuleJudgements>();

  tableOf(rule: AwardRule): RuleJudgements {
    let table = this.byRule.get(rule);
    if (table === undefined) this.byRule.set(rule, (table = new RuleJudgements(rule)));
    return table;
  }

  /** The judgement of combination `id` for the rule, made on `p` (one of its rows) with `ctx` the first time. */
  of(rule: AwardRule, id: number, p: PersonRow, ctx: RuleContext): Judgement {
    return this.tableOf(rule).at(id, p, ctx);
  }
}
