/**
 * The engine's only public entry point: adapters, the CLI, the minutes and the task pane import from
 * here, never from the engine's inner modules (enforced by the lint configuration).
 */
export { analyze } from './analyze';
export type { AnalyzeOptions } from './analyze';
export type * from './model';
export type { Finding, FindingParams, Lang, Severity, Catalog, MessageDef } from './findings/types';
export { FindingSink } from './findings/types';
export { renderFinding, messageText, findingLocation } from './findings/messages';
export type { Params, Classification, TieBreak, Rounding, VoteThreshold, Period } from './settings/params';
export { DEFAULT_PARAMS, CLASSIFICATION_LABELS, CLASSIFICATION_ORDER, roundQuota, meetsThreshold, periodLabel } from './settings/params';
export { parseDeadline } from './settings/parseCycle';
export { REGISTRATION_DEADLINE_KEY } from './settings/cycleKeys';
export { deadlineText } from './settings/describeCycle';
export { buildSheetPlans } from './plan/buildSheetPlans';
export { classificationText, proposalText, unitNotes } from './plan/labels';
export { sameSheetName, sheetNameKey, uniqueSheetName } from './plan/sheetNames';
export { buildJsonReport, serializeJsonReport, JSON_REPORT_VERSION } from './report/json';
export type { JsonReport, JsonBloc, JsonUnit, JsonNomination, JsonQuota, JsonIssue } from './report/json';
export { exampleTemplateSheets, templateToSheetPlans, templateToSnapshot } from './template';
export type { TemplateSheet } from './template';
export { mergeWorkbooks, mergedSheetPlan, MERGE_LOG_SHEET, SOURCE_COLUMN } from './merge';
export type { MergeOptions, MergeFailure, MergeInput, MergeResult, MergeSummary, MergedRole, MergedSheet } from './merge';
export { awardLabel, isCollectiveAward } from './nominations/vocab/awards';
export { cellAddress, columnLetter, parseCellAddress, sheetCell } from './cells/address';
export { compareVietnamese, compareVietnameseNames } from './cells/collation';
export { formatNumberVi, round2, compare2, readNumber, readDate } from './cells/values';
export { cleanText, foldKey } from './cells/text';
export { cycleSummaryLines } from './registration/summaryLines';
export type { SummaryLine } from './registration/summaryLines';
