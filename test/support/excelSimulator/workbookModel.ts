/**
 * The workbook behind the simulator: its sheets in tab order, the active sheet and selection, workbook
 * (structure) protection, add-in settings, and the requirement set level it answers to.
 */
import type { Rect } from './addresses';
import { SimError } from './errors';
import { evaluateFormula } from './formula';
import type { Scalar } from './inputParse';
import type { Visibility } from './sheetModel';
import { FORMULA, SheetModel, key } from './sheetModel';

const ILLEGAL_NAME = /[[\]:*?/\\]/;

export function sheetKey(name: string): string {
  return name.normalize('NFC').toLocaleUpperCase('vi');
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  protected = false;
  readonly settings = new Map<string, unknown>();
  /** Highest ExcelApi minor version this host answers to ("1.13" → 13). */
  apiMinor = 17;
  private nextId = 1;
  private evaluating = new Set<string>();

  byName(name: string): SheetModel | undefined {
    const k = sheetKey(name);
    return this.sheets.find((s) => sheetKey(s.name) === k);
  }

  supports(version: string): boolean {
    const [major, minor] = version.split('.').map(Number);
    return major === 1 && (minor ?? 0) <= this.apiMinor;
  }

  requireApi(version: string, what: string): void {
    if (!this.supports(version)) throw new SimError('ApiNotFound', `The API you are trying to use could not be found (${what} needs ExcelApi ${version}).`);
  }

  assertStructureEditable(): void {
    if (this.protected) throw new SimError('InvalidOperation', 'The workbook is protected: sheets cannot be added, deleted, moved, renamed or hidden.');
  }

  validateName(name: string, self?: SheetModel): void {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || ILLEGAL_NAME.test(name) || name.startsWith("'") || name.endsWith("'") || sheetKey(name) === 'HISTORY') {
      throw new SimError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: sheet name '${String(name)}'.`);
    }
    const other = this.byName(name);
    if (other && other !== self) throw new SimError('ItemAlreadyExists', `A resource with the same name or identifier already exists: '${name}'.`);
  }

  addSheet(name?: string): SheetModel {
    this.assertStructureEditable();
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.byName(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.validateName(n);
    const s = new SheetModel(`{sheet-${this.nextId++}}`, n, this);
    this.sheets.push(s);
    if (this.activeId === null) this.activeId = s.id;
    return s;
  }

  private visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === 'Visible').length;
  }

  deleteSheet(s: SheetModel): void {
    this.assertStructureEditable();
    if (s.visibility === 'Visible' && this.visibleCount() === 1) throw new SimError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    this.sheets.splice(this.sheets.indexOf(s), 1);
    s.deleted = true;
    if (this.activeId === s.id) this.activeId = this.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
    if (this.selection?.sheetId === s.id) this.selection = null;
  }

  moveSheet(s: SheetModel, position: number): void {
    this.assertStructureEditable();
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw new SimError('InvalidArgument', `The argument is invalid: position ${position}.`);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(position, 0, s);
  }

  renameSheet(s: SheetModel, name: string): void {
    this.assertStructureEditable();
    this.validateName(name, s);
    s.name = name;
  }

  setVisibility(s: SheetModel, v: Visibility): void {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw new SimError('InvalidArgument', `The argument is invalid: visibility '${String(v)}'.`);
    if (v === s.visibility) return;
    this.assertStructureEditable();
    if (v !== 'Visible' && s.visibility === 'Visible' && this.visibleCount() === 1) throw new SimError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    s.visibility = v;
    if (v !== 'Visible' && this.activeId === s.id) this.activeId = this.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
  }

  /** A cell's value as Excel reads it back: formulas are evaluated; undefined when empty. */
  valueAt(s: SheetModel, r: number, c: number): Scalar | undefined {
    const slot = s.slot(r, c);
    if (slot !== FORMULA) return slot;
    const k = `${s.id}:${key(r, c)}`;
    // A circular reference reads as 0, as Excel shows it after its warning.
    if (this.evaluating.has(k)) return 0;
    this.evaluating.add(k);
    try {
      return evaluateFormula(s.formulas.get(key(r, c))!, {
        cell: (sheet, rr, cc) => {
          const target = sheet === null ? s : this.byName(sheet);
          return target ? this.valueAt(target, rr, cc) : { error: '#REF!' };
        },
        hasSheet: (sheet) => this.byName(sheet) !== undefined,
      });
    } finally {
      this.evaluating.delete(k);
    }
  }
}
