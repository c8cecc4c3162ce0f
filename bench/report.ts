/** The benchmark's table: each figure beside its budget, marked met or missed (or info). */

export type Verdict = 'met' | 'missed' | 'info';

export interface Row {
  readonly figure: string;
  readonly value: string;
  readonly budget: string;
  readonly verdict: Verdict;
}

export const rows: Row[] = [];

export function add(figure: string, value: string, budget: string, ok: boolean | null): void {
  rows.push({ figure, value, budget, verdict: ok === null ? 'info' : ok ? 'met' : 'missed' });
}

export function ms(x: number): string {
  return x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(2)} MB`;
}

export function table(): string {
  const head: Row = { figure: 'figure', value: 'value', budget: 'budget', verdict: 'info' };
  const all = [head, ...rows];
  const w = (k: 'figure' | 'value' | 'budget') => Math.max(...all.map((r) => r[k].length));
  const line = (r: Row, verdict: string) => `| ${r.figure.padEnd(w('figure'))} | ${r.value.padEnd(w('value'))} | ${r.budget.padEnd(w('budget'))} | ${verdict.padEnd(6)} |`;
  const sep = `|${'-'.repeat(w('figure') + 2)}|${'-'.repeat(w('value') + 2)}|${'-'.repeat(w('budget') + 2)}|--------|`;
  return [line(head, 'result'), sep, ...rows.map((r) => line(r, r.verdict))].join('\n');
}
