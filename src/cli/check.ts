/** `thidua check <book.xlsx>`: the findings; exit 1 when any is an error. */
import * as path from 'path';
import { analyze } from '../engine';
import type { ParsedArgs } from './args';
import { loadInput } from './input';
import { countFindings, printFindings, printSheets, type CliIo } from './output';

export async function runCheck(args: ParsedArgs, io: CliIo, now: Date): Promise<number> {
  const input = await loadInput(args, io);
  if (!input) return 2;
  const analysis = analyze(input.snapshot, { now, lang: io.lang });
  printSheets(io, analysis.sheets);
  printFindings(io, analysis.findings, path.basename(input.file));
  return countFindings(analysis.findings).errors > 0 ? 1 : 0;
}
