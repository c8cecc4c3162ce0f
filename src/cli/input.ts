/** The one input workbook of `check` and `score`: argument checks and reading, with exit-2 messages. */
import type { Workbook } from 'exceljs';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { FileError, readXlsxFile } from '../xlsx/files';
import { snapshotFromWorkbook } from '../xlsx/read';
import type { ParsedArgs } from './args';
import { texts, type CliIo } from './output';
import * as path from 'path';

export interface LoadedInput {
  readonly file: string;
  readonly workbook: Workbook;
  readonly snapshot: WorkbookSnapshot;
}

/** Reads the single positional input; prints why and returns null when it cannot be used. */
export async function loadInput(args: ParsedArgs, io: CliIo): Promise<LoadedInput | null> {
  const T = texts(io.lang);
  if (args.positionals.length === 0) {
    io.err(T.missingInput);
    io.err(T.usage);
    return null;
  }
  if (args.positionals.length > 1) {
    io.err(T.tooManyInputs(args.positionals.length));
    return null;
  }
  const file = args.positionals[0]!;
  try {
    const { workbook, structureProtected } = await readXlsxFile(file);
    const snapshot = snapshotFromWorkbook(workbook, path.basename(file));
    return { file, workbook, snapshot: structureProtected ? { ...snapshot, structureProtected } : snapshot };
  } catch (e) {
    if (e instanceof FileError) {
      io.err(e.message);
      return null;
    }
    throw e;
  }
}
