/**
 * Every finding and note code the bloc stage emits has a Vietnamese and an English message (house rule),
 * found by reading the stage's sources: a new code without messages fails here.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { blocMessages } from '../../../src/engine/findings/catalog/bloc';
import { workbookMessages } from '../../../src/engine/findings/catalog/workbook';
import { notesMessages } from '../../../src/engine/findings/catalog/notes';
import { renderFinding } from '../../../src/engine/findings/messages';

const ROOT = join(__dirname, '../../../src/engine');
const FOLDERS = ['settings', 'criteria', 'scoring', 'ranking', 'blocs', 'units', 'votes'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  const patterns = [/\.(?:error|warning|info)\(\s*'([A-Z_]+)'/g, /report\([^)]*?'([A-Z_]+)'/g, /code: '([A-Z_]+)'/g];
  for (const folder of FOLDERS)
    for (const file of sources(join(ROOT, folder))) {
      const text = readFileSync(file, 'utf8');
      for (const re of patterns) for (const m of text.matchAll(re)) codes.add(m[1]!);
    }
  return codes;
}

describe('bloc-stage messages', () => {
  const codes = emittedCodes();
  const all = { ...workbookMessages, ...blocMessages, ...notesMessages };

  it('finds the codes in the sources', () => {
    for (const c of ['SCORE_GAP', 'CRITERIA_DUPLICATE_CODE', 'SETTINGS_UNKNOWN_KEY', 'NOTE_TIE_ABOVE', 'SCORE_FORMULA_ERROR', 'VOTE_UNIT_UNKNOWN']) expect(codes).toContain(c);
  });

  it.each([...emittedCodes()].sort())('%s has vi and en messages', (code) => {
    const def = all[code];
    expect(def).toBeDefined();
    const params = { unit: 'Trường A', code: 'I.1', value: 12, max: 10, self: 1, sum: 7, count: 2, key: 'Làm tròn', other: 'B', by: 'FEWER_DEDUCTIONS' };
    const vi = def!.vi(params);
    const en = def!.en(params);
    expect(vi.length).toBeGreaterThan(5);
    expect(en.length).toBeGreaterThan(5);
    expect(vi).not.toBe(en);
    expect(vi).not.toMatch(/undefined|\[object/);
    expect(en).not.toMatch(/undefined|\[object/);
  });

  it('has no message without a code that uses it', () => {
    const unused = Object.keys({ ...blocMessages, ...notesMessages, ...workbookMessages }).filter((c) => !codes.has(c));
    expect(unused).toEqual([]);
  });

  it('renders numbers the Vietnamese way and prefixes the cell', () => {
    expect(renderFinding({ code: 'SCORE_GAP', severity: 'warning', sheet: 'Khối A', cell: 'D3', params: { unit: 'Trường A', self: 103.5, bloc: 97, gap: 6.5, threshold: 5 } })).toBe(
      'Khối A!D3: "Trường A": tự chấm 103,5, khối chấm 97, chênh 6,5 điểm (ngưỡng 5); cần giải trình.',
    );
  });
});
