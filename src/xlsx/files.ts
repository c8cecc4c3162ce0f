/**
 * Node-only file helpers of the CLI (kept apart so the browser bundle never pulls `fs`): reading an
 * .xlsx with a size limit and clear errors, and writing atomically (temp file in the same folder, then
 * rename) without ever overwriting the input.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Workbook } from 'exceljs';
import { loadWorkbook } from './read';

/** Larger inputs are refused: an emulation workbook is a few MB at most; this keeps memory bounded. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export type FileErrorKind = 'missing' | 'notFile' | 'tooLarge' | 'empty' | 'legacyXls' | 'notXlsx' | 'corrupt' | 'unreadable' | 'sameAsInput' | 'noFolder' | 'writeFailed';

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

export async function readXlsxFile(file: string, opts: { maxBytes?: number } = {}): Promise<{ bytes: Uint8Array; workbook: Workbook }> {
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
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new FileError('legacyXls', file, `Tệp «${file}» là định dạng Excel 97-2003 (.xls) hoặc được đặt mật khẩu; hãy mở bằng Excel và lưu lại dưới dạng .xlsx (bỏ mật khẩu).`);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new FileError('notXlsx', file, `Tệp «${file}» không phải là sổ tính Excel (.xlsx).`);
  try {
    return { bytes, workbook: await loadWorkbook(bytes) };
  } catch (e) {
    throw new FileError('corrupt', file, `Tệp «${file}» bị hỏng hoặc không đầy đủ, không đọc được như một sổ tính .xlsx (${(e as Error).message}).`);
  }
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
