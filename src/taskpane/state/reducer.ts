/**
 * The pane's state: which step is shown, the last check (snapshot + analysis + workbook memory),
 * the write in progress and its outcome, and one message for the user. Pure; the hooks do the I/O.
 */
import type { Analysis, Finding, Lang } from '../../engine';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import type { ApplyResult } from '../../workbook/port';
import type { Memory } from './memory';

export type Tab = 'check' | 'rank' | 'write' | 'template' | 'settings';
export type Job = 'check' | 'write' | 'template' | 'settings' | 'memory' | 'minutes' | 'select';

export interface CheckState {
  readonly snapshot: WorkbookSnapshot;
  readonly analysis: Analysis;
  readonly memory: Memory;
}

export interface WriteOutcome extends ApplyResult {
  /** Ownership findings of the write (renamed sheets, edited sheets kept). */
  readonly findings: readonly Finding[];
}

export type NoticeIntent = 'success' | 'warning' | 'error' | 'info';

export interface Notice {
  readonly intent: NoticeIntent;
  readonly text: string;
  /** Which step the notice belongs to; shown there only. */
  readonly tab: Tab;
}

export interface PaneState {
  readonly tab: Tab;
  readonly lang: Lang;
  readonly job: Job | null;
  readonly check: CheckState | null;
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly written: WriteOutcome | null;
  readonly notice: Notice | null;
}

export type Action =
  | { type: 'tab'; tab: Tab }
  | { type: 'lang'; lang: Lang }
  | { type: 'start'; job: Job }
  | { type: 'checked'; check: CheckState }
  | { type: 'progress'; done: number; total: number }
  | { type: 'written'; outcome: WriteOutcome; check: CheckState }
  | { type: 'done'; notice?: Notice }
  | { type: 'fail'; notice: Notice }
  | { type: 'dismiss' };

export function initialState(lang: Lang): PaneState {
  return { tab: 'check', lang, job: null, check: null, progress: null, written: null, notice: null };
}

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'tab':
      return { ...state, tab: action.tab };
    case 'lang':
      return { ...state, lang: action.lang };
    case 'start':
      return { ...state, job: action.job, notice: null, progress: action.job === 'write' ? { done: 0, total: 0 } : state.progress };
    case 'checked':
      return { ...state, job: null, check: action.check };
    case 'progress':
      return { ...state, progress: { done: action.done, total: action.total } };
    case 'written':
      return { ...state, job: null, written: action.outcome, check: action.check, progress: null };
    case 'done':
      return { ...state, job: null, progress: null, notice: action.notice ?? null };
    case 'fail':
      return { ...state, job: null, progress: null, notice: action.notice };
    case 'dismiss':
      return { ...state, notice: null };
  }
}
