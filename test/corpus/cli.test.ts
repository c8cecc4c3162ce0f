/**
 * The bad-input corpus through the CLI (`thidua check` and `thidua score`, in-process): every case ends
 * in its exact finding codes or a clear refusal naming the file — never a crash — and every run leaves
 * the input file byte for byte, keeps the input sheets, writes atomically beside it, and a rerun on its
 * own output gives the same sheets (no duplicates).
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { JsonReport } from '../../src/engine';
import { readSnapshotFromBuffer } from '../../src/xlsx/read';
import { runCli, tempDir, type CliRun } from '../support/xlsxCli';
import { CORPUS } from './cases';
import { codeSets, expectedSets, inputBytes, isOwnershipCode, missingPlaces, ownedNames, replaceableSheets, sheetFingerprint, stringsOf } from './support/expect';
import type { CorpusCase } from './support/types';

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
/** What main() prints when something threw: a bug, never an answer to bad input. */
const CRASH = /^(Lỗi|Error): /m;

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function noCrash(r: CliRun): void {
  expect(r.err).not.toMatch(CRASH);
  expect(r.out).not.toMatch(CRASH);
}

async function listing(sub: string): Promise<string[]> {
  return (await fs.readdir(path.join(dir, sub)).catch(() => [])).sort();
}

async function readReport(file: string): Promise<JsonReport> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as JsonReport;
}

const issuesAsFindings = (r: JsonReport) => r.issues.map((i) => ({ code: i.code, severity: i.severity, ...(i.sheet ? { sheet: i.sheet } : {}), ...(i.cell ? { cell: i.cell } : {}) }));

async function runCase(c: CorpusCase): Promise<void> {
  const bytes = await inputBytes(c);
  const name = c.fileName ?? `${c.id}.xlsx`;
  // Each run writes into its own folder under the input's name, so messages naming the file agree.
  for (const sub of ['in', 'r1', 'r2']) await fs.mkdir(path.join(dir, sub));
  const input = path.join(dir, 'in', name);
  await fs.writeFile(input, bytes);
  const before = sha256(bytes);
  const out1 = path.join(dir, 'r1', name);
  const json1 = path.join(dir, 'r1', 'bao-cao.json');

  const check = await runCli(['check', input]);
  noCrash(check);
  const score = await runCli(['score', input, '-o', out1, '--json', json1]);
  noCrash(score);
  expect(sha256(new Uint8Array(await fs.readFile(input)))).toBe(before);

  if (c.refused) {
    for (const r of [check, score]) {
      expect(r.code).toBe(2);
      expect(r.err).toMatch(c.refused);
      expect(r.err).toContain(name);
    }
    expect(await listing('in')).toEqual([name]);
    expect(await listing('r1')).toEqual([]);
    return;
  }
  expect(check.out).toContain(`Kết quả kiểm tra tệp «${name}»`);
  if (c.scoreRefused) {
    expect(score.code).toBe(2);
    expect(score.err).toMatch(c.scoreRefused);
    expect(await listing('in')).toEqual([name]);
    expect(await listing('r1')).toEqual([]);
    return;
  }
  expect(score.code).toBe(0);
  const report = await readReport(json1);
  const found = issuesAsFindings(report);
  expect(codeSets(found)).toEqual(expectedSets(c.expect ?? {}));
  expect(missingPlaces(found, c.at)).toEqual([]);
  const totals = Object.fromEntries(report.blocs.flatMap((b) => b.units.map((u) => [u.unit, u.total] as const)));
  for (const [unit, total] of Object.entries(c.totals ?? {})) expect([unit, totals[unit]]).toEqual([unit, total]);
  expect(check.code).toBe(report.issues.some((i) => i.severity === 'error' && !isOwnershipCode(i.code)) ? 1 : 0);
  // `check` prints every finding of the analysis with its place ("Sheet!Cell: message").
  for (const i of report.issues) if (!isOwnershipCode(i.code)) expect(check.out).toContain(i.message);
  // Atomic writes leave no temp file behind; nothing is written beside the input.
  expect(await listing('in')).toEqual([name]);
  expect(await listing('r1')).toEqual(['bao-cao.json', name].sort());

  // The input sheets survive in the output exactly; only unedited owned sheets may be replaced.
  const inSnap = await readSnapshotFromBuffer(bytes, name);
  const outSnap = await readSnapshotFromBuffer(await fs.readFile(out1), name);
  const replaceable = replaceableSheets(inSnap);
  for (const s of inSnap.sheets.filter((x) => !replaceable.has(x.name))) {
    const kept = outSnap.sheets.find((x) => x.name === s.name);
    expect(kept && sheetFingerprint(kept)).toBe(sheetFingerprint(s));
  }
  const owned = ownedNames(outSnap);
  expect(owned.length).toBeGreaterThan(0);
  const strings = stringsOf(outSnap, owned);
  for (const t of c.outputHas ?? []) expect(strings.has(t)).toBe(true);

  // A rerun on its own output: same sheets in the same order, same owned values, no "(2)" copies.
  const out2 = path.join(dir, 'r2', name);
  const json2 = path.join(dir, 'r2', 'bao-cao.json');
  const rerun = await runCli(['score', out1, '-o', out2, '--json', json2]);
  noCrash(rerun);
  expect(rerun.code).toBe(0);
  const again = await readSnapshotFromBuffer(await fs.readFile(out2), name);
  expect(again.sheets.map((s) => s.name)).toEqual(outSnap.sheets.map((s) => s.name));
  // Same findings at the same places (messages may name the file, which differs).
  const places = (r: JsonReport): string[] => r.issues.filter((i) => !isOwnershipCode(i.code)).map((i) => `${i.severity} ${i.code}@${i.sheet ?? ''}!${i.cell ?? ''}`);
  expect(places(await readReport(json2))).toEqual(places(report));
  const logDiffers = report.issues.some((i) => isOwnershipCode(i.code));
  for (const n of owned) {
    if (logDiffers && n.startsWith('Nhật ký kiểm tra')) continue;
    expect(sheetFingerprint(again.sheets.find((s) => s.name === n)!)).toBe(sheetFingerprint(outSnap.sheets.find((s) => s.name === n)!));
  }
}

describe('bad-input corpus through the CLI', () => {
  it('has at least 40 cases with unique ids', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((c) => [c.id, c] as const))('%s', async (_id, c) => runCase(c), 300_000);
});

describe('how the CLI writes', () => {
  // The real fs.promises object the CLI calls through (spied on, not replaced).
  const fsp = (require('fs') as typeof import('fs')).promises;

  it('writes through a temp file in the output folder, then renames it into place', async () => {
    const input = path.join(dir, 'in.xlsx');
    await fs.writeFile(input, await inputBytes(CORPUS.find((c) => c.id === 'three-row-merged-header')!));
    const out = path.join(dir, 'out', 'ket-qua.xlsx');
    const writes = jest.spyOn(fsp, 'writeFile');
    const renames = jest.spyOn(fsp, 'rename');
    try {
      expect((await runCli(['score', input, '-o', out, '--json', path.join(dir, 'out', 'r.json')])).code).toBe(0);
      const written = writes.mock.calls.map((c) => String(c[0]));
      expect(written.length).toBe(2);
      for (const w of written) {
        expect(path.dirname(w)).toBe(path.join(dir, 'out'));
        expect(path.basename(w)).toMatch(/^\.thidua-tmp-/);
      }
      expect(renames.mock.calls.map((c) => [String(c[0]), String(c[1])])).toEqual([
        [written[0], out],
        [written[1], path.join(dir, 'out', 'r.json')],
      ]);
    } finally {
      writes.mockRestore();
      renames.mockRestore();
    }
    expect((await fs.readdir(path.join(dir, 'out'))).sort()).toEqual(['ket-qua.xlsx', 'r.json']);
  });

  it('never writes to its input path, whichever way it is named', async () => {
    const input = path.join(dir, 'in.xlsx');
    const bytes = await inputBytes(CORPUS.find((c) => c.id === 'three-row-merged-header')!);
    await fs.writeFile(input, bytes);
    await fs.symlink(input, path.join(dir, 'link.xlsx'));
    for (const argv of [
      ['score', input, '-o', input],
      ['score', input, '-o', path.join(dir, '.', 'in.xlsx')],
      ['score', input, '-o', path.join(dir, 'link.xlsx')],
      ['score', input, '-o', path.join(dir, 'x.xlsx'), '--json', input],
      ['score', input, '-o', path.join(dir, 'x.xlsx'), '--docx', input],
    ]) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('không bao giờ ghi đè tệp đầu vào');
    }
    expect(sha256(new Uint8Array(await fs.readFile(input)))).toBe(sha256(bytes));
    expect((await fs.readdir(dir)).sort()).toEqual(['in.xlsx', 'link.xlsx']);
  });
});
