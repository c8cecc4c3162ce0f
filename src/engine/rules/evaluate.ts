/**
 * Applies a rule set: each condition of an award runs its check; the nomination's status follows
 * SPEC §4.4 — `ineligible` when a rule failed on data present, else `review` when something is missing
 * or needs a human, else `eligible`. Never `eligible` with a reason left.
 */
import type { NominationStatus } from '../model';
import type { AwardCode } from '../nominations/vocab/awards';
import { ALL_AWARDS } from '../nominations/vocab/awards';
import type { CollectiveRow, PersonRow } from '../nominations/types';
import type { FindingParams } from '../findings/types';
import type { AwardRule, ConditionArgs, IndividualCheck, Outcome, RuleContext, RuleSet } from './types';
import { CHECKS } from './checks';
import { R } from './reasonCodes';

export interface SourcedOutcome extends Outcome {
  readonly source: string;
}

export function statusOf(outcomes: readonly Pick<Outcome, 'status'>[]): NominationStatus {
  if (outcomes.length === 0) return 'eligible';
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i]!.status === 'ineligible') return 'ineligible';
  return 'review';
}

/** Each set's rules by award (the first rule of an award wins), built once per set. */
const rulesByAward = new WeakMap<RuleSet, ReadonlyMap<AwardCode, AwardRule>>();

export function ruleFor(set: RuleSet, award: AwardCode): AwardRule | undefined {
  let byAward = rulesByAward.get(set);
  if (!byAward) {
    const m = new Map<AwardCode, AwardRule>();
    for (const r of set.rules) if (!m.has(r.award)) m.set(r.award, r);
    rulesByAward.set(set, (byAward = m));
  }
  return byAward.get(award);
}

const NO_ARGS: ConditionArgs = {};
const NOTHING: readonly SourcedOutcome[] = Object.freeze([]);

/** A rule's individual conditions with their checks looked up once (rules are data, read per draft). */
export interface CompiledCondition {
  readonly check: IndividualCheck;
  readonly args: ConditionArgs;
  readonly source: string;
}

const compiled = new WeakMap<AwardRule, readonly CompiledCondition[]>();

export function individualConditions(rule: AwardRule): readonly CompiledCondition[] {
  let list = compiled.get(rule);
  if (!list) {
    const out: CompiledCondition[] = [];
    for (const cond of rule.conditions) {
      const check = CHECKS[cond.code];
      if (check.subject === 'individual') out.push({ check, args: cond.args ?? NO_ARGS, source: cond.source });
    }
    compiled.set(rule, (list = out));
  }
  return list;
}

/** The reasons `p` misses the rule's conditions; a shared empty list when it meets them all. */
export function evaluateIndividual(rule: AwardRule, p: PersonRow, ctx: RuleContext): readonly SourcedOutcome[] {
  const conditions = individualConditions(rule);
  let out: SourcedOutcome[] | null = null;
  for (let c = 0; c < conditions.length; c++) {
    const cond = conditions[c]!;
    const found = cond.check.run(p, cond.args, ctx);
    if (found.length === 0) continue;
    out ??= [];
    for (let i = 0; i < found.length; i++) out.push(sourced(found[i]!, cond.source));
  }
  return out === null ? NOTHING : dedupe(out);
}

export function evaluateCollective(rule: AwardRule, c: CollectiveRow, ctx: RuleContext): SourcedOutcome[] {
  const out: SourcedOutcome[] = [];
  for (const cond of rule.conditions) {
    const check = CHECKS[cond.code];
    if (check.subject !== 'collective') continue;
    for (const o of check.run(c, cond.args ?? {}, ctx)) out.push({ ...o, source: cond.source });
  }
  return dedupe(out);
}

/**
 * An outcome with the legal source of its condition. A class (one shape; no object literal whose
 * allocation site may switch to old space while a loop making them is compiled); an absent cell is
 * undefined, which every reader treats as absent (`cell ?? …`).
 */
export class Sourced implements SourcedOutcome {
  constructor(
    readonly code: string,
    readonly status: Outcome['status'],
    readonly cell: string | null | undefined,
    readonly params: FindingParams,
    readonly source: string,
  ) {}
}

/** The outcome with the legal source of its condition. */
function sourced(o: Outcome, source: string): SourcedOutcome {
  return new Sourced(o.code, o.status, o.cell, o.params, source);
}

/** Two conditions reading the same empty cell report it once. */
export function dedupe(xs: SourcedOutcome[]): SourcedOutcome[] {
  if (xs.length < 2 || !sharesCodeAndCell(xs)) return xs;
  const out: SourcedOutcome[] = [];
  for (let i = 0; i < xs.length; i++) if (!repeats(xs, i)) out.push(xs[i]!);
  return out;
}

/**
 * True when an earlier outcome has the same code, cell and params (compared as JSON, only between
 * outcomes of the same code and cell; the same params object is equal without it).
 */
function repeats(xs: readonly SourcedOutcome[], i: number): boolean {
  const a = xs[i]!;
  let json: string | null = null;
  for (let j = 0; j < i; j++) {
    const b = xs[j]!;
    if (b.code !== a.code || (b.cell ?? '') !== (a.cell ?? '')) continue;
    if (b.params === a.params) return true;
    json ??= JSON.stringify(a.params);
    if (JSON.stringify(b.params) === json) return true;
  }
  return false;
}

/** True when two outcomes have the same code and cell (lists are a few items long: pairs are compared). */
function sharesCodeAndCell(xs: readonly SourcedOutcome[]): boolean {
  for (let i = 1; i < xs.length; i++) {
    const a = xs[i]!;
    for (let j = 0; j < i; j++) {
      const b = xs[j]!;
      if (a.code === b.code && (a.cell ?? '') === (b.cell ?? '')) return true;
    }
  }
  return false;
}

/** Awards of the set whose decision other awards read (through `peer`). */
export function dependenciesOf(rule: AwardRule): AwardCode[] {
  const deps: AwardCode[] = [];
  for (const cond of rule.conditions) {
    const check = CHECKS[cond.code];
    if (check.subject === 'individual' && check.dependsOn) deps.push(...check.dependsOn(cond.args ?? {}));
  }
  return deps;
}

/**
 * Individual awards in evaluation layers: an award comes after every award it depends on, and quotas
 * are applied at the end of the layer of the award they cap (CSTĐ tỉnh reads CSTĐCS after its quota).
 */
export function evaluationLayers(set: RuleSet): AwardCode[][] {
  const individual = set.rules.filter((r) => r.subject === 'individual');
  const depth = new Map<AwardCode, number>();
  const visit = (award: AwardCode, stack: Set<AwardCode>): number => {
    const known = depth.get(award);
    if (known !== undefined) return known;
    const rule = individual.find((r) => r.award === award);
    if (!rule || stack.has(award)) return 0;
    stack.add(award);
    const d = Math.max(-1, ...dependenciesOf(rule).map((a) => visit(a, stack))) + 1;
    stack.delete(award);
    depth.set(award, d);
    return d;
  };
  for (const r of individual) visit(r.award, new Set());
  const layers: AwardCode[][] = [];
  for (const [award, d] of depth) (layers[d] ??= []).push(award);
  return layers.filter((l) => l !== undefined);
}

/** Every reason code a rule set can give: its checks' codes and those the analysis adds. */
export function emittableCodes(set: RuleSet): Set<string> {
  const codes = new Set<string>([R.DUPLICATE_NOMINATION, R.AWARD_UNKNOWN, R.AWARD_WRONG_LIST, R.UNIT_MISSING, R.COUNT_MISMATCH]);
  for (const rule of set.rules) for (const cond of rule.conditions) for (const c of CHECKS[cond.code].emits) codes.add(c);
  if (set.quotas.length > 0) codes.add(R.QUOTA_EXCEEDED);
  if (ALL_AWARDS.some((a) => !ruleFor(set, a))) codes.add(R.NO_RULE);
  return codes;
}
