/**
 * Every finding, note and reason code of the §9 stages (phases, registration, examples) has a Vietnamese
 * and an English message in catalog/cycle.ts, found by reading the stages' sources.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { cycleMessages } from '../../../src/engine/findings/catalog/cycle';

const ROOT = join(__dirname, '../../../src/engine');
const FOLDERS = ['phases', 'registration', 'examples'];

function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  const patterns = [/\.(?:error|warning|info)\(\s*'([A-Z_]+)'/g, /code: '([A-Z_]+)'/g, /export const [A-Z_]+ = '([A-Z_]+)';/g];
  for (const folder of FOLDERS)
    for (const f of readdirSync(join(ROOT, folder)).filter((x) => x.endsWith('.ts'))) {
      const text = readFileSync(join(ROOT, folder, f), 'utf8');
      for (const re of patterns) for (const m of text.matchAll(re)) codes.add(m[1]!);
    }
  codes.delete('ROWS_HIDDEN'); // shared, in catalog/workbook.ts
  return codes;
}

describe('§9 messages', () => {
  const codes = emittedCodes();

  it('finds the codes', () => {
    for (const c of ['PHASE_SCORE_MISSING', 'NOTE_PHASE_MISSING', 'REGISTRATION_LATE', 'NOT_REGISTERED', 'EXAMPLE_COUNT_LOW']) expect(codes).toContain(c);
  });

  it.each([...codes].sort())('%s has vi and en messages', (code) => {
    const def = cycleMessages[code];
    expect(def).toBeDefined();
    const params = { unit: 'Trường A', bloc: 'Khối THCS', phases: '2', phase: 1, self: 90, gap: 6, date: '26/10/2024', deadline: '25/10/2024', days: 1, name: 'An', scope: 'Trường A', level: 'unit', groups: 'GV', count: 1, min: 2, max: 3, text: 'x', sum: 90, first: 'A2', sheets: 'S', list: '', kind: 'unit', sheet: 'S' };
    for (const lang of ['vi', 'en'] as const) {
      const text = def![lang](params);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|\[object/);
    }
    expect(def!.vi(params)).not.toBe(def!.en(params));
  });

  it('has no message without a code that uses it', () => {
    expect(Object.keys(cycleMessages).filter((c) => !codes.has(c))).toEqual([]);
  });
});
