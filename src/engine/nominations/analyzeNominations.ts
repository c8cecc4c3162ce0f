/**
 * The nominations stage of the pipeline (SPEC §3.5–§3.7, §4.4–§4.5): reads the individual and
 * collective nomination sheets and the person votes, judges every (row × title) with the rule set,
 * applies the CSTĐCS quota and checks flags against the bloc ranking. Pure; problems become findings.
 */
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import type { BlocResult, NominationReason, NominationResult, NominationStatus, QuotaResult, SheetRecognition, SheetRole } from '../model';
import type { Params } from '../settings/params';
import type { FindingSink, Lang } from '../findings/types';
import type { RuleSet } from '../rules/types';
import { statusOf, type SourcedOutcome } from '../rules/evaluate';
import { LUAT_TDKT_2022 } from '../rules/luatTdkt2022';
import { recognizeSheets } from './recognize';
import { historyColumnsOf, readIndividualSheet } from './readIndividuals';
import { readCollectiveSheet } from './readCollectives';
import { readPersonVotes } from './readPersonVotes';
import { resolveFrame } from './period';
import { findDuplicates } from './duplicates';
import { evaluateIndividuals, type Draft } from './evaluateIndividuals';
import { evaluateCollectives, type CollectiveDraft } from './evaluateCollectives';
import { toReason } from './reasons';
import { IndividualResult } from './individualResult';
import type { CollectiveRow, PersonRow, PersonVote } from './types';
import type { HistoryColumn } from './history';

export interface NominationOptions {
  readonly claimed: ReadonlySet<string>;
  readonly roleOverrides?: Readonly<Record<string, SheetRole>>;
  readonly lang: Lang;
  /** Defaults to "Luật TĐKT 2022 (mặc định)". */
  readonly ruleSet?: RuleSet;
}

export interface NominationAnalysis {
  readonly nominations: NominationResult[];
  readonly quotas: QuotaResult[];
  readonly sheets: SheetRecognition[];
}

export function analyzeNominations(
  snapshot: WorkbookSnapshot,
  params: Params,
  blocs: readonly BlocResult[],
  sink: FindingSink,
  opts: NominationOptions,
): NominationAnalysis {
  const set = opts.ruleSet ?? LUAT_TDKT_2022;
  const recognized = recognizeSheets(snapshot, opts.claimed, opts.roleOverrides);
  const sheets: SheetRecognition[] = [];
  for (const r of recognized) {
    if (!r.claimed) sheets.push({ sheet: r.grid.name, role: r.role, headerRow: r.header?.row ?? null, by: r.by });
    if (!r.header && !r.claimed) sink.warning('NOMINATION_HEADER_MISSING', { sheet: r.grid.name }, { role: r.role });
  }
  const withHeader = recognized.filter((r) => r.header !== null);
  const individualSheets = withHeader.filter((r) => r.role === 'nominations');

  const history: { sheet: string; col: HistoryColumn }[] = [];
  for (const r of individualSheets) for (const col of historyColumnsOf(r.grid, r.header!)) history.push({ sheet: r.grid.name, col });
  const frame = resolveFrame(params, history, individualSheets.length > 0, sink);

  const people: PersonRow[] = individualSheets.flatMap((r) => readIndividualSheet(r.grid, r.header!, frame, sink));
  const collectives: CollectiveRow[] = withHeader.filter((r) => r.role === 'collectives').flatMap((r) => readCollectiveSheet(r.grid, r.header!, sink));
  const votes: PersonVote[] = withHeader.filter((r) => r.role === 'votes').flatMap((r) => readPersonVotes(r.grid, r.header!, sink));

  const dup = findDuplicates(people, sink);
  const ind = evaluateIndividuals(people, set, { params, frame, votes, blocs }, dup, sink);
  reportUnmatchedVotes(votes, ind.drafts, sink);

  // Only collective recounts read the LĐTT and CSTĐCS statuses: none without collective rows.
  const baseStatus = new Map<PersonRow, NominationStatus>();
  const cstdcsStatus = new Map<PersonRow, NominationStatus>();
  if (collectives.length > 0) {
    for (let i = 0; i < people.length; i++) {
      const s = ind.baseStatus[i];
      if (s !== undefined) baseStatus.set(people[i]!, s);
    }
    for (let i = 0; i < ind.drafts.length; i++) {
      const d = ind.drafts[i]!;
      if (d.award === 'CSTDCS') cstdcsStatus.set(d.person, d.preQuota ?? statusOf(d.outcomes));
    }
  }
  const coll = evaluateCollectives(collectives, set, { params, frame, blocs, people, baseStatus, cstdcsStatus }, sink);

  const nominations: NominationResult[] = new Array<NominationResult>(ind.drafts.length + coll.length);
  individualResults(ind.drafts, opts.lang, nominations);
  for (let i = 0; i < coll.length; i++) nominations[ind.drafts.length + i] = collectiveResult(coll[i]!, opts.lang);
  return { nominations, quotas: ind.quotas, sheets };
}

/**
 * The drafts' results, into `out` from index 0: first those of the drafts without reasons, then the
 * others with their reasons rendered. Two loops, each compiled (on stack) on its own: the one over every
 * draft stays small; the message rendering is compiled only into the loop over drafts with reasons.
 */
function individualResults(drafts: readonly Draft[], lang: Lang, out: NominationResult[]): void {
  const withReasons = resultsWithoutReasons(drafts, out);
  for (let k = 0; k < withReasons.length; k++) {
    const i = withReasons[k]!;
    const d = drafts[i]!;
    out[i] = individualResult(d, reasonsOf(d.outcomes, d.person.sheet, d.person.nameCell, lang));
  }
}

/** The results of the drafts without reasons; returns the indexes of the others. */
function resultsWithoutReasons(drafts: readonly Draft[], out: NominationResult[]): number[] {
  const withReasons: number[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.outcomes.length > 0) withReasons.push(i);
    else out[i] = individualResult(d, NO_REASONS);
  }
  return withReasons;
}

function individualResult(d: Draft, reasons: readonly NominationReason[]): NominationResult {
  return new IndividualResult(d.person, d.award, statusOf(d.outcomes), reasons, d.votes.length > 0 ? d.votes[0]!.share : undefined);
}

/** Ineligible reasons first (they decide the status), then the ones to review; condition order inside. */
function ordered(outcomes: readonly SourcedOutcome[]): readonly SourcedOutcome[] {
  if (outcomes.length < 2) return outcomes;
  const out: SourcedOutcome[] = [];
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i]!.status === 'ineligible') out.push(outcomes[i]!);
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i]!.status !== 'ineligible') out.push(outcomes[i]!);
  return out;
}

/** Most nominations have no reason: they share one frozen empty list. */
const NO_REASONS: readonly NominationReason[] = Object.freeze([]);

function reasonsOf(outcomes: readonly SourcedOutcome[], sheet: string, nameCell: string, lang: Lang): readonly NominationReason[] {
  if (outcomes.length === 0) return NO_REASONS;
  const list = ordered(outcomes);
  const reasons: NominationReason[] = new Array<NominationReason>(list.length);
  for (let i = 0; i < list.length; i++) reasons[i] = toReason(list[i]!, sheet, nameCell, lang);
  return reasons;
}

function collectiveResult(d: CollectiveDraft, lang: Lang): NominationResult {
  const c = d.row;
  return {
    sheet: c.sheet,
    row: c.row + 1,
    cell: c.nameCell,
    name: c.name,
    unit: c.unit !== '' ? c.unit : c.name,
    award: d.award,
    status: statusOf(d.outcomes),
    reasons: reasonsOf(d.outcomes, c.sheet, c.nameCell, lang),
    kind: 'collective',
  };
}

function reportUnmatchedVotes(votes: readonly PersonVote[], drafts: readonly Draft[], sink: FindingSink): void {
  if (votes.length === 0) return;
  const used = new Set<PersonVote>();
  for (const d of drafts) for (const v of d.votes) used.add(v);
  for (const v of votes) if (!used.has(v)) sink.warning('VOTE_PERSON_UNMATCHED', { sheet: v.sheet, cell: v.cell }, { name: v.name, unit: v.unit });
}
