/** Consolidation of many units' workbooks (`thidua merge`): the pure part. */
export { mergeWorkbooks } from './mergeWorkbooks';
export type { MergeOptions } from './mergeWorkbooks';
export type { MergeFailure, MergeInput, MergeResult, MergeSummary, MergedRole, MergedSheet } from './types';
export { MERGE_LOG_SHEET, SOURCE_COLUMN } from './types';
export { mergedSheetPlan } from './sheetPlan';
