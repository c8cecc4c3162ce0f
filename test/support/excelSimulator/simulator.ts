/**
 * A strict in-memory Excel for adapter tests: `sim.run` stands in for `Excel.run`. Proxies throw on
 * reads that were not loaded and synced, writes apply at sync, every sync is counted and measured,
 * and Excel on the web's limits (5 MB per request/response, 5 M cells per range) are enforced.
 * Plain TypeScript, no Node APIs: the task pane's end-to-end test bundles it for the browser.
 */
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { isCellError } from '../../../src/workbook/snapshot';
import { localAddress } from './addresses';
import type { FailureRule, OpInfo, SimHost, SyncStat } from './context';
import { SimContext } from './context';
import { SheetInspector } from './inspect';
import type { Visibility } from './sheetModel';
import { WorkbookModel } from './workbookModel';
import { SimWorkbook } from './proxies/workbook';

export type ExcelRunLike = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SimulatorOptions {
  /** Highest ExcelApi requirement set the host supports, e.g. "1.8" (default "1.17"). */
  readonly apiVersion?: string;
}

const VISIBILITY: Record<string, Visibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

export class ExcelSimulator implements SimHost {
  readonly model = new WorkbookModel();
  readonly stats: SyncStat[] = [];
  readonly failures: FailureRule[] = [];
  /** How many times `run` was called. */
  runs = 0;

  constructor(opts: SimulatorOptions = {}) {
    if (opts.apiVersion) this.setApiVersion(opts.apiVersion);
  }

  /** A workbook holding exactly the snapshot's sheets, values, merges, hidden rows and protection. */
  static fromSnapshot(snapshot: WorkbookSnapshot, opts: SimulatorOptions = {}): ExcelSimulator {
    const sim = new ExcelSimulator(opts);
    for (const sh of snapshot.sheets) {
      const s = sim.model.addSheet(sh.name);
      sh.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === '') return;
          s.put(r, c, { kind: 'value', value: isCellError(v) ? { error: v.error } : v, quotePrefix: false });
        }),
      );
      s.merges = sh.merges.map((m) => ({ ...m }));
      for (const r of sh.hiddenRows ?? []) s.hiddenRows.add(r);
      s.protected = sh.protected ?? false;
    }
    snapshot.sheets.forEach((sh, i) => {
      const s = sim.model.sheets[i]!;
      s.visibility = VISIBILITY[sh.visibility] ?? 'Visible';
    });
    sim.model.activeId = sim.model.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
    sim.model.protected = snapshot.structureProtected ?? false;
    return sim;
  }

  /** Stands in for `Excel.run`: a fresh request context per batch; leftover operations are synced at the end. */
  readonly run: ExcelRunLike = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const ctx = new SimContext(this);
    const wb = new SimWorkbook(ctx);
    ctx.workbook = wb;
    ctx.application = wb.application;
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pendingOps > 0) await ctx.sync();
    return result;
  };

  /** What `Office.context.requirements.isSetSupported` answers for this host. */
  readonly isSetSupported = (name: string, version?: string): boolean => name === 'ExcelApi' && this.model.supports(version ?? '1.1');

  setApiVersion(version: string): void {
    const [major, minor] = version.split('.').map(Number);
    if (major !== 1 || minor === undefined || Number.isNaN(minor)) throw new Error(`Unknown ExcelApi version ${version}`);
    this.model.apiMinor = minor;
  }

  // --- test controls -------------------------------------------------------------------------

  /** Makes matching operations fail at sync (`times` times), as a host error would. */
  failOn(match: (op: OpInfo) => boolean, opts: { times?: number; code?: FailureRule['code']; message?: string } = {}): void {
    this.failures.push({ match, code: opts.code ?? 'GeneralException', message: opts.message ?? 'An internal error has occurred (injected by the test).', remaining: opts.times ?? 1 });
  }

  protectWorkbook(on = true): void {
    this.model.protected = on;
  }

  protectSheet(name: string, on = true): void {
    this.mustFind(name).protected = on;
  }

  /** Adds a sheet directly (no sync counted), with optional values from A1 stored as they are. */
  addSheet(name: string, values: readonly (readonly (string | number | boolean | null)[])[] = []): SheetInspector {
    const s = this.model.addSheet(name);
    values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && s.put(r, c, { kind: 'value', value: v, quotePrefix: false })));
    return new SheetInspector(s);
  }

  // --- inspection ---------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetInspector {
    return new SheetInspector(this.mustFind(name));
  }

  hasSheet(name: string): boolean {
    return this.model.byName(name) !== undefined;
  }

  get activeSheet(): string | null {
    return this.model.sheets.find((s) => s.id === this.model.activeId)?.name ?? null;
  }

  /** "Sheet!B7"-style local address of the selection and its sheet, or null. */
  get selection(): { sheet: string; address: string } | null {
    const sel = this.model.selection;
    if (!sel) return null;
    const s = this.model.sheets.find((x) => x.id === sel.sheetId);
    if (!s) return null;
    return { sheet: s.name, address: localAddress(sel.rect) };
  }

  get settings(): ReadonlyMap<string, unknown> {
    return this.model.settings;
  }

  get syncCount(): number {
    return this.stats.length;
  }

  get syncs(): readonly SyncStat[] {
    return this.stats;
  }

  get maxRequestBytes(): number {
    return this.stats.reduce((m, s) => Math.max(m, s.requestBytes), 0);
  }

  get maxResponseBytes(): number {
    return this.stats.reduce((m, s) => Math.max(m, s.responseBytes), 0);
  }

  resetCounters(): void {
    this.stats.length = 0;
    this.runs = 0;
  }

  private mustFind(name: string) {
    const s = this.model.byName(name);
    if (!s) throw new Error(`No sheet named ${name} in the simulator.`);
    return s;
  }
}
