/** `thidua template -o <new.xlsx>`: the filled example workbook (every sheet of SPEC §3). */
import { Workbook } from 'exceljs';
import { exampleTemplateSheets, templateToSheetPlans } from '../engine';
import { addTemplateSheets } from '../xlsx/write';
import { FileError, writeFileAtomic } from '../xlsx/files';
import type { ParsedArgs } from './args';
import { texts, type CliIo } from './output';

export async function runTemplate(args: ParsedArgs, io: CliIo): Promise<number> {
  const T = texts(io.lang);
  if (!args.output) {
    io.err(T.missingOutput);
    io.err(T.usage);
    return 2;
  }
  if (args.positionals.length > 0) {
    io.err(T.badOption(args.positionals[0]!));
    return 2;
  }
  if (!/\.xlsx$/i.test(args.output)) {
    io.err(T.outputNotXlsx(args.output));
    return 2;
  }
  const wb = new Workbook();
  wb.creator = 'Thi đua';
  const names = addTemplateSheets(wb, templateToSheetPlans(exampleTemplateSheets()));
  try {
    await writeFileAtomic(args.output, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  } catch (e) {
    if (e instanceof FileError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  io.out(T.wroteTemplate(args.output, names.join(', ')));
  return 0;
}
