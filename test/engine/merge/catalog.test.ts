/** Every merge code the code emits has a Vietnamese and an English message, and names the file it is about. */
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { mergeMessages } from '../../../src/engine/findings/catalog/merge';

const ROOT = path.join(__dirname, '..', '..', '..', 'src');
const sources = [...readdirSync(path.join(ROOT, 'engine', 'merge')).map((f) => path.join(ROOT, 'engine', 'merge', f)), path.join(ROOT, 'cli', 'merge.ts')];
const used = new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(MERGE_[A-Z_]+)'/g)].map((m) => m[1]!)));

describe('merge catalog', () => {
  test('the code emits only catalogued codes, and every catalogued code is emitted', () => {
    expect([...used].sort()).toEqual(Object.keys(mergeMessages).sort());
  });

  const params = { file: 'THCS Đầm Hà.xlsx', firstFile: 'a.xlsx', sheet: 'Khối THCS', code: 'II.2', unit: 'THCS A', bloc: 'Khối THCS', name: 'Lê Văn A', award: 'LĐTT', count: 3, units: 1, rows: 2, keys: 'Năm học', columns: 'Ghi chú', expected: '30', found: '25', layout: 'unitsInRows', firstLayout: 'criteriaInRows', sizeMb: 60, limitMb: 50, reason: 'x', option: '--x', merged: 1, files: 2, blocs: 1, errors: 0, warnings: 1 };

  test.each(Object.keys(mergeMessages))('%s: vi and en, different, no placeholder left', (code) => {
    const def = mergeMessages[code]!;
    const vi = def.vi(params);
    const en = def.en(params);
    expect(vi.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(vi).not.toBe(en);
    expect(`${vi} ${en}`).not.toMatch(/undefined|\$\{/);
  });

  test.each(Object.keys(mergeMessages).filter((c) => !['MERGE_NOTHING_MERGED', 'MERGE_CLI_USAGE', 'MERGE_CLI_NO_OUTPUT', 'MERGE_CLI_NO_INPUT', 'MERGE_CLI_BAD_OPTION'].includes(c)))(
    '%s names the file',
    (code) => {
      expect(mergeMessages[code]!.vi(params)).toContain('THCS Đầm Hà.xlsx');
      expect(mergeMessages[code]!.en(params)).toContain('THCS Đầm Hà.xlsx');
    },
  );
});
