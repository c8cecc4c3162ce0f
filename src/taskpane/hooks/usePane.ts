/**
 * The pane's actions: each reads from or writes to the workbook through the port it was given, runs the
 * engine, and records the outcome in the reducer. No component calls the port directly.
 */
import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { Analysis, Lang, SheetRole } from '../../engine';
import { analyzeWorkbook, writePlan } from '../engine';
import type { PlanValue, SheetPlan } from '../../workbook/plan';
import type { WorkbookPort } from '../../workbook/port';
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { readMemory } from '../../workbook/memory';
import { STRINGS } from '../i18n';
import { columnKey, roleKey, withEntry, type Memory } from '../state/memory';
import { initialState, reducer, type Job, type PaneState, type Tab, type WriteOutcome } from '../state/reducer';

export interface PaneDeps {
  readonly port: WorkbookPort;
  readonly now: () => Date;
  readonly initialLang: Lang;
  readonly onLangChange?: (lang: Lang) => void;
  readonly onWritten?: (outcome: WriteOutcome) => void;
  /** The example sheets for "Tạo mẫu". */
  readonly templateSheets: () => readonly SheetPlan[];
  /** Builds and hands over the meeting minutes (.docx) of an analysis. */
  readonly exportMinutes?: (analysis: Analysis, opts: { lang: Lang; now: Date }) => Promise<void>;
}

export interface PaneActions {
  setTab(tab: Tab): void;
  setLang(lang: Lang): void;
  dismiss(): void;
  check(): Promise<void>;
  write(): Promise<void>;
  setRole(sheet: string, role: SheetRole | null): Promise<void>;
  setColumn(sheet: string, header: string, target: string | null): Promise<void>;
  addTemplate(): Promise<void>;
  saveSettings(sheet: string, values: readonly (readonly PlanValue[])[]): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  minutes(): Promise<void>;
}

/** An empty workbook: every sheet without a single non-empty cell (a new workbook has one blank sheet). */
export function isEmptyWorkbook(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.every((s) => s.visibility === 'veryHidden' || s.values.every((row) => row.every((v) => v === null || v === '')));
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function usePane(deps: PaneDeps): [PaneState, PaneActions] {
  const [state, dispatch] = useReducer(reducer, deps.initialLang, initialState);
  // Actions read the latest state and deps without being re-created on every render.
  const ref = useRef({ state, deps });
  ref.current = { state, deps };

  // One job at a time: a second click while the workbook is being read or written is ignored.
  const busy = useRef(false);

  const run = useCallback(async (job: Job, tab: Tab, body: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    dispatch({ type: 'start', job });
    try {
      await body();
    } catch (e) {
      const t = STRINGS[ref.current.state.lang];
      dispatch({ type: 'fail', notice: { intent: 'error', tab, text: t.unexpected(errorText(e)) } });
    } finally {
      busy.current = false;
    }
  }, []);

  const analyzeWith = useCallback((snapshot: WorkbookSnapshot, memory: Memory, lang: Lang) => {
    return analyzeWorkbook(snapshot, memory, { lang, now: ref.current.deps.now() });
  }, []);

  const actions = useMemo<PaneActions>(() => {
    const recheck = async (memory?: Memory) => {
      const { port } = ref.current.deps;
      const snapshot = await port.readSnapshot();
      // The memory sheet is part of the snapshot: no extra round trip to the workbook.
      const mem = memory ?? readMemory(snapshot);
      const analysis = analyzeWith(snapshot, mem, ref.current.state.lang);
      dispatch({ type: 'checked', check: { snapshot, analysis, memory: mem } });
    };

    const remember = async (key: string, value: string | null, okText: string) => {
      const { port } = ref.current.deps;
      const memory = withEntry(await port.loadMemory(), key, value);
      await port.saveMemory(memory);
      await recheck(memory);
      dispatch({ type: 'done', notice: { intent: 'success', tab: 'check', text: okText } });
    };

    return {
      setTab: (tab) => dispatch({ type: 'tab', tab }),
      dismiss: () => dispatch({ type: 'dismiss' }),
      setLang: (lang) => {
        dispatch({ type: 'lang', lang });
        ref.current.deps.onLangChange?.(lang);
        // Messages are rendered in the analysis (nomination reasons): recompute it, no workbook access needed.
        const check = ref.current.state.check;
        if (check) dispatch({ type: 'checked', check: { ...check, analysis: analyzeWith(check.snapshot, check.memory, lang) } });
      },
      check: () => run('check', 'check', () => recheck()),
      write: () =>
        run('write', 'write', async () => {
          const { port, onWritten } = ref.current.deps;
          const { lang } = ref.current.state;
          // Always from a fresh read: the user may have edited the workbook (or its output sheets) since the check.
          const snapshot = await port.readSnapshot();
          const memory = ref.current.state.check?.memory ?? readMemory(snapshot);
          const now = ref.current.deps.now();
          const analysis = analyzeWorkbook(snapshot, memory, { lang, now });
          const { plan, findings } = writePlan(snapshot, analysis, { lang, now });
          dispatch({ type: 'progress', done: 0, total: plan.actions.length });
          const result = await port.applyPlan(plan, (done, total) => dispatch({ type: 'progress', done, total }));
          const outcome: WriteOutcome = { ...result, findings };
          dispatch({ type: 'written', outcome, check: { snapshot, analysis, memory } });
          onWritten?.(outcome);
        }),
      setRole: (sheet, role) =>
        run('memory', 'check', () => remember(roleKey(sheet), role, STRINGS[ref.current.state.lang].roleSaved(sheet))),
      setColumn: (sheet, header, target) =>
        run('memory', 'check', () =>
          remember(columnKey(sheet, header), target, STRINGS[ref.current.state.lang].columnSaved(header, target ?? header)),
        ),
      addTemplate: () =>
        run('template', 'template', async () => {
          const { port, templateSheets } = ref.current.deps;
          const t = STRINGS[ref.current.state.lang];
          const snapshot = await port.readSnapshot();
          if (!isEmptyWorkbook(snapshot)) {
            dispatch({ type: 'done', notice: { intent: 'warning', tab: 'template', text: t.templateNotEmpty } });
            return;
          }
          const added = await port.addSheets(templateSheets());
          await recheck();
          dispatch({ type: 'done', notice: { intent: 'success', tab: 'template', text: t.templateAdded(added.length) } });
        }),
      saveSettings: (sheet, values) =>
        run('settings', 'settings', async () => {
          await ref.current.deps.port.writeValues(sheet, values);
          await recheck();
          dispatch({ type: 'done', notice: { intent: 'success', tab: 'settings', text: STRINGS[ref.current.state.lang].settingsSaved } });
        }),
      minutes: () =>
        run('minutes', 'write', async () => {
          const { exportMinutes, now } = ref.current.deps;
          const { check, lang } = ref.current.state;
          if (!exportMinutes || !check) return;
          await exportMinutes(check.analysis, { lang, now: now() });
          dispatch({ type: 'done', notice: { intent: 'success', tab: 'write', text: STRINGS[lang].minutesDone } });
        }),
      selectCell: async (sheet, cell) => {
        try {
          await ref.current.deps.port.selectCell(sheet, cell);
        } catch (e) {
          dispatch({ type: 'fail', notice: { intent: 'error', tab: ref.current.state.tab, text: STRINGS[ref.current.state.lang].unexpected(errorText(e)) } });
        }
      },
    };
  }, [run, analyzeWith]);

  return [state, actions];
}
