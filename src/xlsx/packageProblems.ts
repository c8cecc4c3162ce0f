/**
 * What to tell the user about an .xlsx package the guard refused (./guard `GuardProblem`): the kind of
 * problem and a message in the reliability catalog's words (Vietnamese first). Pure: the CLI wraps it
 * in its FileError (./files), the browser preview shows it (./checkBytes).
 */
import type { Lang } from '../engine';
import { messageText } from '../engine';
import type { GuardProblem } from './guard';

export type PackageProblemKind = 'empty' | 'legacyXls' | 'encrypted' | 'notXlsx' | 'corrupt' | 'zipBomb' | 'tooLarge';

/** The texts the catalog has no code for (the CLI refuses these files before any analysis). */
const PLAIN: Readonly<Record<Lang, { empty: (f: string) => string; legacyXls: (f: string) => string; notZip: (f: string) => string }>> = {
  vi: {
    empty: (f) => `Tệp «${f}» rỗng.`,
    legacyXls: (f) => `Tệp «${f}» là định dạng Excel 97-2003 (.xls); hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).`,
    notZip: (f) => `Tệp «${f}» không phải là sổ tính Excel (.xlsx).`,
  },
  en: {
    empty: (f) => `File «${f}» is empty.`,
    legacyXls: (f) => `File «${f}» is in the Excel 97-2003 format (.xls); open it in Excel and save it as an Excel Workbook (.xlsx).`,
    notZip: (f) => `File «${f}» is not an Excel workbook (.xlsx).`,
  },
};

/** The last part of a path, with either separator (the file's name as the user knows it). */
function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/**
 * `file` as given (a path in the CLI) names the file in the plain texts, its name alone in the catalog's;
 * `sheetOf` names the sheet a part holds when it is the reason a package is too large.
 */
export function packageProblem(problem: GuardProblem, file: string, sheetOf: (part: string) => string | undefined = () => undefined, lang: Lang = 'vi'): { kind: PackageProblemKind; message: string } {
  const name = fileName(file);
  const plain = PLAIN[lang];
  switch (problem.kind) {
    case 'empty':
      return { kind: 'empty', message: plain.empty(file) };
    case 'legacyXls':
      return { kind: 'legacyXls', message: plain.legacyXls(file) };
    case 'encrypted':
      return { kind: 'encrypted', message: messageText('FILE_ENCRYPTED', { file: name }, lang) };
    case 'notZip':
      return { kind: 'notXlsx', message: plain.notZip(file) };
    case 'notXlsx':
      return { kind: 'notXlsx', message: messageText('FILE_NOT_WORKBOOK_PACKAGE', { file: name }, lang) };
    case 'truncated':
      return { kind: 'corrupt', message: messageText('FILE_TRUNCATED', { file: name }, lang) };
    case 'bomb':
      return { kind: 'zipBomb', message: messageText('FILE_ZIP_BOMB', { file: name, entry: problem.entry, ratio: problem.ratio, size: problem.size, limit: problem.limit }, lang) };
    case 'tooLarge': {
      const sheet = sheetOf(problem.largest);
      const params = { file: name, total: problem.total, limit: problem.limit, largestSize: problem.largestSize, ...(sheet ? { sheet } : {}) };
      return { kind: 'tooLarge', message: messageText('FILE_UNPACKED_TOO_LARGE', params, lang) };
    }
  }
}
