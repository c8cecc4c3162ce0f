/**
 * Consolidation of many units' workbooks (`thidua merge`): plain data in, plain sheets out.
 * The CLI reads the files; this folder only sees snapshots (or why a file could not be read).
 */
import type { CellRange, WorkbookSnapshot } from '../../workbook/snapshot';
import type { TemplateSheet } from '../template/types';
import type { Finding } from '../findings/types';

/** Why a file gave no snapshot. `ignored`: not an .xlsx file met while expanding a folder. */
export type MergeFailure = 'notWorkbook' | 'encrypted' | 'unreadable' | 'tooLarge' | 'legacyXls' | 'ignored';

export interface MergeInput {
  /** File name as shown to the user (base name, e.g. "THCS Đầm Hà.xlsx"). */
  readonly file: string;
  readonly snapshot?: WorkbookSnapshot;
  readonly failure?: MergeFailure;
  /** Extra detail for the failure message (size in MB for tooLarge, the reader's error for unreadable). */
  readonly detail?: { readonly sizeMb?: number; readonly limitMb?: number; readonly reason?: string };
}

export type MergedRole =
  | 'settings'
  | 'units'
  | 'criteria'
  | 'scoring'
  | 'votes'
  | 'nominations'
  | 'collectives'
  | 'registration'
  | 'examples'
  | 'log';

/** A plain sheet to write: a TemplateSheet (the example workbook's shape) plus what the writer needs to style it. */
export interface MergedSheet extends TemplateSheet {
  readonly role: MergedRole;
  readonly merges: CellRange[];
  /** Column widths in characters. */
  readonly widths: number[];
  /** 0-based first row of the table header. */
  readonly headerRow: number;
  /** Header rows (2 when unit names sit over Tự chấm | Khối chấm). */
  readonly headerRowCount: number;
  /** Columns holding dates (Excel serials) to format dd/mm/yyyy. */
  readonly dateColumns: number[];
}

export interface MergeSummary {
  readonly files: number;
  readonly merged: number;
  readonly blocs: number;
  readonly units: number;
  /** Nomination rows (individuals + collectives). */
  readonly nominationRows: number;
}

export interface MergeResult {
  readonly sheets: MergedSheet[];
  readonly findings: Finding[];
  readonly summary: MergeSummary;
}

/** Name of the merge's log sheet. */
export const MERGE_LOG_SHEET = 'Nhật ký hợp nhất';

/** Header of the source-file column added to every merged list. */
export const SOURCE_COLUMN = 'Nguồn';
