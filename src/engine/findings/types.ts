/**
 * Problems are data: a finding says what (code), how bad (severity) and where (sheet, cell), with the
 * values its message needs. Messages are produced later, by code, in Vietnamese or English
 * (see ./messages.ts). Validation never throws.
 */

export type Severity = 'error' | 'warning' | 'info';

export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  /** Sheet the finding is about, when it is about one. */
  readonly sheet?: string;
  /** A1 address inside `sheet` ("F7"), or a range ("C5:C9"). */
  readonly cell?: string;
  readonly params: FindingParams;
}

export type Lang = 'vi' | 'en';

/** A message template of one code, in both languages. */
export interface MessageDef {
  readonly vi: (p: FindingParams) => string;
  readonly en: (p: FindingParams) => string;
}

export type Catalog = Readonly<Record<string, MessageDef>>;

/** Collects findings while a module reads or computes. */
export class FindingSink {
  readonly items: Finding[] = [];

  add(code: string, severity: Severity, where: { sheet?: string; cell?: string } = {}, params: FindingParams = {}): void {
    this.items.push({ code, severity, ...(where.sheet !== undefined ? { sheet: where.sheet } : {}), ...(where.cell !== undefined ? { cell: where.cell } : {}), params });
  }
  error(code: string, where: { sheet?: string; cell?: string } = {}, params: FindingParams = {}): void {
    this.add(code, 'error', where, params);
  }
  warning(code: string, where: { sheet?: string; cell?: string } = {}, params: FindingParams = {}): void {
    this.add(code, 'warning', where, params);
  }
  info(code: string, where: { sheet?: string; cell?: string } = {}, params: FindingParams = {}): void {
    this.add(code, 'info', where, params);
  }
  hasErrors(): boolean {
    return this.items.some((f) => f.severity === 'error');
  }
}
