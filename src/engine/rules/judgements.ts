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
import { dedupe, individualConditions, Sourced, statusOf, type CompiledCondition, type SourcedOutcome } from './evaluate';
import { READING_KEY } from './readingIds';

export { ReadingIds } from './readingIds';

/**
 * A reason of a shared judgement: the row's cell of its field is the one it names (`cellOf`). A class:
 * judgements live as long as the analysis, and a literal's allocation site switching to old space would
 * throw away the compile of the loop making them.
 */
class Template {
  constructor(
    readonly code: string,
    readonly status: Outcome['status'],
    readonly params: FindingParams,
    readonly source: string,
    readonly cellOf: (p: PersonRow) => string | null,
  ) {}
}

const NOTHING: readonly SourcedOutcome[] = Object.freeze([]);
/** The templates of every judgement that meets the rule (most of them). */
const NO_TEMPLATES: readonly Template[] = Object.freeze([]);

/**
 * The cell of each field, one function per field: a reason's cell is read through the one it names, a
 * call seen with several functions, so the loops binding reasons to rows stay small to compile.
 */
const CELL_OF: Readonly<Record<PersonField, (p: PersonRow) => string | null>> = {
  rating: (p) => p.rating.cell,
  discipline: (p) => p.discipline.cell,
  service: (p) => p.service.cell,
  leave: (p) => p.leave.cell,
  initiative: (p) => p.initiative.cell,
};

/** The reasons a rule gives every row of one combination of readings. */
export class Judgement {
  /** True when the rule is met: every row of the combination gets no reason. */
  readonly met: boolean;
  /** False when two reasons have the same code: they may name the same cell and be reported once, so a row's status needs its cells. */
  readonly exact: boolean;
  /** The status of every row of the combination when `exact`. */
  readonly status: NominationStatus;

  constructor(private readonly templates: readonly Template[]) {
    this.met = templates.length === 0;
    this.exact = !sharesCode(templates);
    this.status = statusOf(templates);
  }

  /** The reasons with `p`'s cells, as `evaluateIndividual` gives them; the shared empty list when met. */
  outcomesOf(p: PersonRow): readonly SourcedOutcome[] {
    const n = this.templates.length;
    if (n === 0) return NOTHING;
    // Pushed, not preallocated: the same kind of array as every other list of outcomes (one map).
    const out: SourcedOutcome[] = [];
    for (let i = 0; i < n; i++) {
      const t = this.templates[i]!;
      out.push(new Sourced(t.code, t.status, t.cellOf(p), t.params, t.source));
    }
    return this.exact ? out : dedupe(out);
  }

  /** The status `p` gets (its cells are written only when two reasons might be one). */
  statusOf(p: PersonRow): NominationStatus {
    return this.exact ? this.status : statusOf(this.outcomesOf(p));
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

/**
 * Judges a rule that reads only the person's own fields, condition by condition: each condition reads one
 * field (`IndividualCheck.reads`) and gives the same reasons, up to that field's cell, to every reading
 * equal to one already met, so its check runs once per distinct reading of its field, not once per
 * combination of all the readings; a combination's judgement is its conditions' reasons put together.
 */
export class RuleJudge {
  private readonly conditions: readonly CompiledCondition[];
  /** Per condition: its reasons by the key of its field's reading (`READING_KEY`). */
  private readonly known: Map<unknown, readonly Template[]>[];

  constructor(rule: AwardRule) {
    this.conditions = individualConditions(rule);
    this.known = this.conditions.map(() => new Map<unknown, readonly Template[]>());
  }

  /** The judgement of `p`'s combination of readings. */
  judge(p: PersonRow, ctx: RuleContext): Judgement {
    let templates: Template[] | null = null;
    for (let c = 0; c < this.conditions.length; c++) {
      const found = this.templatesOf(c, p, ctx);
      for (let i = 0; i < found.length; i++) (templates ??= []).push(found[i]!);
    }
    return new Judgement(templates ?? NO_TEMPLATES);
  }

  private templatesOf(c: number, p: PersonRow, ctx: RuleContext): readonly Template[] {
    const cond = this.conditions[c]!;
    const key = READING_KEY[cond.check.reads!](p);
    const table = this.known[c]!;
    let found = table.get(key);
    if (found === undefined) table.set(key, (found = templatesOf(cond, p, ctx)));
    return found;
  }
}

/** The reasons one condition gives `p`, each kept with the field whose cell it names. */
function templatesOf(cond: CompiledCondition, p: PersonRow, ctx: RuleContext): readonly Template[] {
  const found = cond.check.run(p, cond.args, ctx);
  if (found.length === 0) return NO_TEMPLATES;
  const out: Template[] = [];
  for (let i = 0; i < found.length; i++) {
    const o = found[i]!;
    out.push(new Template(o.code, o.status, o.params, cond.source, CELL_OF[cond.check.reads!]));
  }
  return out;
}
