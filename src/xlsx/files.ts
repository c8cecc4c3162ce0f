/**
 * Node-only file helpers of the CLI (kept apart so the browser bundle never pulls `fs`): reading an
 * .xlsx with a size limit and clear errors, and writing atomically (temp file in the same folder, then
 * rename) without ever overwriting the input.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import type { Workbook } from 'exceljs';
import { loadWorkbook } from './read';
import { packageProblem } from './packageProblems';
import { inspectXlsx, isStructureLocked, listZipEntries, readEntryText, verifyInflatedSizes, worksheetNames, type GuardProblem, type InflateRaw, type ZipEntry, type ZipLimits } from './guard';

/** Larger inputs are refused: an emulation workbook is a few MB at most; this keeps memory bounded. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export type FileErrorKind =
  | 'missing'
  | 'notFile'
  | 'tooLarge'
  | 'empty'
  | 'legacyXls'
  | 'encrypted'
  | 'zipBomb'
  | 'notXlsx'
  | 'corrupt'
  | 'unreadable'
  | 'sameAsInput'
  | 'noFolder'
  | 'writeFailed';

/** A file problem the CLI reports with exit code 2; `message` is Vietnamese. */
export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    readonly kind: FileErrorKind,
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

const MB = 1024 * 1024;

function mb(n: number): string {
  return (n / MB).toFixed(1).replace('.', ',');
}

/** zlib's bounded inflate: throws a RangeError as soon as the output would exceed `maxOutput`. */
const inflateRaw: InflateRaw = (data, maxOutput) => inflateRawSync(data, { maxOutputLength: maxOutput });

/** A refused package → the CLI's FileError, with the reliability catalog's Vietnamese message. */
function packageError(problem: GuardProblem, file: string, sheetOf: (part: string) => string | undefined): FileError {
  const { kind, message } = packageProblem(problem, file, sheetOf);
  return new FileError(kind, file, message);
}

/** Worksheet part → its sheet name, read (small parts only) on demand. */
function sheetNamer(bytes: Uint8Array, entries: readonly ZipEntry[]): (part: string) => string | undefined {
  return (part) => {
    const wbXml = readEntryText(bytes, entries, 'xl/workbook.xml', inflateRaw);
    const rels = readEntryText(bytes, entries, 'xl/_rels/workbook.xml.rels', inflateRaw);
    return wbXml && rels ? worksheetNames(wbXml, rels).get(part) : undefined;
  };
}

export interface XlsxFile {
  readonly bytes: Uint8Array;
  readonly workbook: Workbook;
  /** Protect Workbook (structure) is on: ExcelJS neither reads nor keeps it, so it is read here. */
  readonly structureProtected: boolean;
}

/**
 * Opens .xlsx bytes safely: the package is checked (kind, completeness, sizes, compression ratios,
 * then every entry inflated with its declared size as the bound) before ExcelJS inflates anything.
 */
export async function openXlsxBytes(bytes: Uint8Array, file: string, opts: { limits?: Partial<ZipLimits> } = {}): Promise<XlsxFile> {
  const checked = inspectXlsx(bytes, opts.limits ? { limits: opts.limits } : {});
  if (!checked.ok) {
    // A size refusal still has a readable directory: name the sheet that makes the file large.
    const listed = checked.problem.kind === 'tooLarge' ? (listZipEntries(bytes) ?? []) : [];
    throw packageError(checked.problem, file, sheetNamer(bytes, listed));
  }
  const entries = checked.entries;
  const lying = verifyInflatedSizes(bytes, entries, inflateRaw, opts.limits);
  if (lying) throw packageError(lying, file, sheetNamer(bytes, entries));
  const wbXml = readEntryText(bytes, entries, 'xl/workbook.xml', inflateRaw);
  let workbook: Workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (e) {
    throw new FileError('corrupt', file, `Tệp «${file}» bị hỏng hoặc không đầy đủ, không đọc được như một sổ tính .xlsx (${(e as Error).message}).`);
  }
  return { bytes, workbook, structureProtected: wbXml !== null && isStructureLocked(wbXml) };
}

export async function readXlsxFile(file: string, opts: { maxBytes?: number; limits?: Partial<ZipLimits> } = {}): Promise<XlsxFile> {
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new FileError('missing', file, `Không tìm thấy tệp «${file}».`);
  }
  if (!stat.isFile()) throw new FileError('notFile', file, `«${file}» không phải là một tệp.`);
  if (stat.size > max) throw new FileError('tooLarge', file, `Tệp «${file}» quá lớn (${mb(stat.size)} MB; tối đa ${mb(max)} MB).`);
  if (stat.size === 0) throw new FileError('empty', file, `Tệp «${file}» rỗng.`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    throw new FileError('unreadable', file, `Không đọc được tệp «${file}» (${(e as Error).message}).`);
  }
  return openXlsxBytes(bytes, file, opts.limits ? { limits: opts.limits } : {});
}

/** True when both names point at the same file (same path, or a link to it). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Writes `data` to `file` atomically: a temp file in the same folder, then a rename, so a crash never
 * leaves a half-written file. Refuses to write over any of `protect` (the inputs). Creates a missing folder.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string, opts: { protect?: readonly string[] } = {}): Promise<void> {
  for (const p of opts.protect ?? []) {
    if (await isSameFile(file, p)) throw new FileError('sameAsInput', file, `Tệp kết quả «${file}» trùng với tệp đầu vào; Thi đua không bao giờ ghi đè tệp đầu vào. Hãy chọn tên khác.`);
  }
  const dir = path.dirname(path.resolve(file));
  try {
    // Like `npm run example` (-o out/vi-du.xlsx): a missing output folder is created.
    await fs.mkdir(dir, { recursive: true });
    if (!(await fs.stat(dir)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new FileError('noFolder', file, `Không tạo được thư mục «${dir}» để ghi tệp.`);
  }
  const tmp = path.join(dir, `.thidua-tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    await fs.writeFile(tmp, data, { flag: 'wx' });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new FileError('writeFailed', file, `Không ghi được tệp «${file}» (${(e as Error).message}).`);
  }
}
