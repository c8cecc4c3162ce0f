/**
 * The JSON report of SPEC §7: stable and versioned. Keys are written in a fixed order (objects are
 * built literally, never spread) so two runs on the same workbook give byte-identical files.
 * Scores are rounded to 2 decimals, the precision totals are compared at (§4.1).
 */
import type { Analysis, ProposalCode, ProposalStatus } from '../model';
import type { Lang, Severity } from '../findings/types';
import { renderFinding } from '../findings/messages';
import { round2 } from '../cells/values';
import { CLASSIFICATION_LABELS } from '../settings/params';
import { unitNotes } from '../plan/labels';
import { registrationJson, type JsonRegistration } from '../registration/json';
import { examplesJson, type JsonExamples } from '../examples/json';

export type { JsonRegistration, JsonExamples };

export const JSON_REPORT_VERSION = 1;

export interface JsonUnit {
  unit: string;
  selfTotal: number | null;
  base: number;
  bonus: number;
  deduction: number;
  total: number;
  rank: number;
  /** Vietnamese label ("Xuất sắc"), whatever the language of the messages. */
  classification: string;
  proposal: ProposalCode | null;
  status: ProposalStatus;
  notes: string[];
  /** Blocs scored in phases (SPEC §9) only: each phase's total, null when missing. */
  phases?: { phase: number; total: number | null }[];
}

export interface JsonBloc {
  name: string;
  scale: number;
  units: JsonUnit[];
  /** Blocs scored in phases (SPEC §9) only: the phases and their normalised weights. */
  phases?: { phase: number; weight: number }[];
}

export interface JsonNomination {
  sheet: string;
  row: number;
  name: string;
  unit: string;
  award: string;
  status: 'eligible' | 'ineligible' | 'review';
  reasons: { code: string; message: string }[];
}

export interface JsonQuota {
  scope: string;
  award: string;
  base: number;
  limit: number;
  count: number;
  ok: boolean;
}

export interface JsonIssue {
  severity: Severity;
  code: string;
  sheet: string | null;
  cell: string | null;
  /** The full message, location first ("Khối THCS!F7: …"). */
  message: string;
}

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  blocs: JsonBloc[];
  nominations: JsonNomination[];
  quotas: JsonQuota[];
  issues: JsonIssue[];
  /** SPEC §9, present when the workbook has a registration sheet. */
  registration?: JsonRegistration;
  /** SPEC §9, present when the workbook has an advanced-examples sheet. */
  examples?: JsonExamples;
}

export function buildJsonReport(analysis: Analysis, lang: Lang): JsonReport {
  return {
    version: JSON_REPORT_VERSION,
    blocs: analysis.blocs.map((b) => ({
      name: b.name,
      scale: round2(b.scale),
      units: b.units.map((u) => ({
        unit: u.unit,
        selfTotal: u.selfTotal === null ? null : round2(u.selfTotal),
        base: round2(u.base),
        bonus: round2(u.bonus),
        deduction: round2(u.deduction),
        total: round2(u.total),
        rank: u.rank,
        classification: CLASSIFICATION_LABELS[u.classification]?.vi ?? String(u.classification),
        proposal: u.proposal,
        status: u.status,
        notes: unitNotes(u, lang),
        ...(u.phases ? { phases: u.phases.map((p) => ({ phase: p.phase, total: p.total === null ? null : round2(p.total) })) } : {}),
      })),
      ...(b.phases ? { phases: b.phases.map((p) => ({ phase: p.phase, weight: Math.round(p.weight * 1e6) / 1e6 })) } : {}),
    })),
    nominations: analysis.nominations.map((n) => ({
      sheet: n.sheet,
      row: n.row,
      name: n.name,
      unit: n.unit,
      award: n.award,
      status: n.status,
      // Most nominations have no reason: a literal [] costs less than mapping an empty list.
      reasons: n.reasons.length === 0 ? [] : n.reasons.map((r) => ({ code: r.code, message: r.message })),
    })),
    quotas: analysis.quotas.map((q) => ({ scope: q.scope, award: q.award, base: q.base, limit: q.limit, count: q.count, ok: q.ok })),
    issues: analysis.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet ?? null,
      cell: f.cell ?? null,
      message: renderFinding(f, lang),
    })),
    ...(analysis.registration ? { registration: registrationJson(analysis.registration) } : {}),
    ...(analysis.examples ? { examples: examplesJson(analysis.examples) } : {}),
  };
}

/** The report as the file's text: 2-space indentation and a final newline. */
export function serializeJsonReport(report: JsonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
