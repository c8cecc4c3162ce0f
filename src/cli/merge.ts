/**
 * `thidua merge <files or folders…> -o <merged.xlsx>`: reads every unit's workbook, lets the engine
 * merge the snapshots, writes one workbook atomically. A file that cannot be merged (not a workbook,
 * password-protected, damaged, too large) becomes a finding and the rest is still merged. Progress goes
 * to stderr ("[3/40] THCS Đầm Hà.xlsx"), results to stdout.
 * Exit codes: 0 merged (maybe with findings), 2 bad arguments or nothing mergeable.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { Lang } from '../engine';
import { messageText, renderFinding } from '../engine';
import { compareVietnamese } from '../engine';
import { mergeWorkbooks, mergedSheetPlan } from '../engine';
import type { MergeFailure, MergeInput } from '../engine';
import { snapshotFromWorkbook } from '../xlsx/read';
import { addTemplateSheets } from '../xlsx/write';
import { FileError, MAX_INPUT_BYTES, isSameFile, openXlsxBytes, writeFileAtomic, type FileErrorKind } from '../xlsx/files';

export interface MergeIo {
  out(s: string): void;
  err(s: string): void;
  lang: Lang;
}

interface MergeArgs {
  readonly inputs: string[];
  readonly output: string | null;
  readonly help: boolean;
  readonly lang: Lang | null;
  readonly badOption: string | null;
}

function parseArgs(args: readonly string[]): MergeArgs {
  const inputs: string[] = [];
  let output: string | null = null;
  let help = false;
  let lang: Lang | null = null;
  let badOption: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--output' || a === '--out') output = args[++i] ?? '';
    else if (a.startsWith('--output=') || a.startsWith('--out=')) output = a.slice(a.indexOf('=') + 1);
    else if (a === '-h' || a === '--help') help = true;
    else if (a === '--lang') {
      const v = args[++i];
      if (v === 'vi' || v === 'en') lang = v;
      else badOption ??= `--lang ${v ?? ''}`.trim();
    } else if (a.startsWith('--lang=')) {
      const v = a.slice(7);
      if (v === 'vi' || v === 'en') lang = v;
      else badOption ??= a;
    } else if (a.startsWith('-') && a !== '-') badOption ??= a;
    else inputs.push(a);
  }
  return { inputs, output, help, lang, badOption };
}

const MB = 1024 * 1024;
const mb = (n: number): number => Math.round((n / MB) * 10) / 10;

/** The CLI's file errors → the merge's failure kinds (the guard in ../xlsx decides what a file is). */
const FAILURE_OF: Partial<Record<FileErrorKind, MergeFailure>> = {
  encrypted: 'encrypted',
  legacyXls: 'legacyXls',
  notXlsx: 'notWorkbook',
  empty: 'notWorkbook',
  tooLarge: 'tooLarge',
};

/** Reads one file into a merge input; never throws. */
async function readInput(file: string, label: string): Promise<MergeInput> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_INPUT_BYTES) return { file: label, failure: 'tooLarge', detail: { sizeMb: mb(stat.size), limitMb: mb(MAX_INPUT_BYTES) } };
    const bytes = new Uint8Array(await fs.readFile(file));
    const { workbook, structureProtected } = await openXlsxBytes(bytes, file);
    const snapshot = snapshotFromWorkbook(workbook, label);
    return { file: label, snapshot: structureProtected ? { ...snapshot, structureProtected } : snapshot };
  } catch (e) {
    const failure = e instanceof FileError ? FAILURE_OF[e.kind] : undefined;
    if (failure && failure !== 'tooLarge') return { file: label, failure };
    return { file: label, failure: 'unreadable', detail: { reason: String((e as Error).message ?? e).slice(0, 160) } };
  }
}

interface Expanded {
  /** Files to read, in order. */
  readonly files: string[];
  /** Files met in folders that are not .xlsx. */
  readonly ignored: string[];
  readonly missing: string | null;
}

/** Folders → their .xlsx files (not recursive, Vietnamese order); the output itself is never an input. */
async function expandInputs(inputs: readonly string[], output: string): Promise<Expanded> {
  const files: string[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    const k = path.resolve(f);
    if (!seen.has(k)) {
      seen.add(k);
      files.push(f);
    }
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      return { files, ignored, missing: input };
    }
    if (!stat.isDirectory()) {
      add(input);
      continue;
    }
    const entries = (await fs.readdir(input, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    // Vietnamese order of the names without extension, so "THCS Đầm Hà" comes before its copy "THCS Đầm Hà (1)".
    const stem = (n: string): string => n.replace(/\.[^.]*$/, '');
    entries.sort((a, b) => compareVietnamese(stem(a), stem(b)) || compareVietnamese(a, b));
    for (const name of entries) {
      const full = path.join(input, name);
      if (await isSameFile(full, output)) continue;
      // "~$Book.xlsx" is the lock file Excel keeps beside an open workbook.
      if (/\.xlsx$/i.test(name) && !name.startsWith('~$')) add(full);
      else ignored.push(full);
    }
  }
  return { files, ignored, missing: null };
}

/** Base names, or the path when two inputs share a base name. */
function labels(files: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(path.basename(f), (count.get(path.basename(f)) ?? 0) + 1);
  return files.map((f) => ((count.get(path.basename(f)) ?? 0) > 1 ? path.relative(process.cwd(), f) || f : path.basename(f)));
}

export async function runMerge(args: string[], io: MergeIo): Promise<number> {
  const parsed = parseArgs(args);
  const lang = parsed.lang ?? io.lang;
  const say = (code: string, params: Record<string, string | number> = {}): string => messageText(code, params, lang);
  if (parsed.help) {
    io.out(say('MERGE_CLI_USAGE'));
    return 0;
  }
  const usageError = (code: string, params: Record<string, string | number> = {}): number => {
    io.err(say(code, params));
    io.err(say('MERGE_CLI_USAGE'));
    return 2;
  };
  if (parsed.badOption) return usageError('MERGE_CLI_BAD_OPTION', { option: parsed.badOption });
  if (!parsed.output) return usageError('MERGE_CLI_NO_OUTPUT');
  if (parsed.inputs.length === 0) return usageError('MERGE_CLI_NO_INPUT');
  const output = parsed.output;
  if (!/\.xlsx$/i.test(output)) return usageError('MERGE_CLI_OUTPUT_NOT_XLSX', { file: output });

  // Fail before reading forty files, not after.
  const folder = await fs.stat(path.dirname(path.resolve(output))).catch(() => null);
  if (!folder?.isDirectory()) return usageError('MERGE_CLI_NO_FOLDER', { file: output });

  const { files, ignored, missing } = await expandInputs(parsed.inputs, output);
  if (missing !== null) return usageError('MERGE_CLI_NOT_FOUND', { file: missing });
  for (const f of files) if (await isSameFile(f, output)) return usageError('MERGE_CLI_OUTPUT_IS_INPUT', { file: output });

  const names = labels(files);
  const inputs: MergeInput[] = [];
  for (let i = 0; i < files.length; i++) {
    io.err(`[${i + 1}/${files.length}] ${names[i]}`);
    inputs.push(await readInput(files[i]!, names[i]!));
  }
  for (const f of ignored) inputs.push({ file: path.basename(f), failure: 'ignored' });

  const result = mergeWorkbooks(inputs, { lang });
  for (const f of result.findings) if (f.severity !== 'info') io.out(renderFinding(f, lang));
  if (result.summary.merged === 0) return 2;

  const wb = new Workbook();
  wb.creator = 'Thi đua';
  addTemplateSheets(wb, result.sheets.map(mergedSheetPlan));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  try {
    await writeFileAtomic(output, bytes, { protect: files });
  } catch (e) {
    io.err(say('MERGE_CLI_WRITE_FAILED', { file: output, reason: (e instanceof FileError ? e.message : String((e as Error).message ?? e)).replace(/\.$/, '') }));
    return 2;
  }
  const count = (s: string): number => result.findings.filter((f) => f.severity === s).length;
  io.out(
    say('MERGE_CLI_DONE', {
      file: output,
      merged: result.summary.merged,
      files: result.summary.files,
      blocs: result.summary.blocs,
      units: result.summary.units,
      rows: result.summary.nominationRows,
      errors: count('error'),
      warnings: count('warning'),
    }),
  );
  return 0;
}
