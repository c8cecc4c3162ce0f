/**
 * `thidua score <book.xlsx> -o <out.xlsx> [--json <report.json>] [--docx <minutes.docx>]`: ranks, then
 * writes a copy of the input workbook plus the output sheets (SPEC §5), atomically, never over the input.
 */
import * as path from 'path';
import { analyze, buildJsonReport, buildSheetPlans, messageText, serializeJsonReport } from '../engine';
import type { Analysis } from '../engine';
import { resolveWritePlan } from '../workbook/ownership';
import { hashText } from '../workbook/hash';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { WritePlan } from '../workbook/plan';
import { applyPlanToWorkbook } from '../xlsx/write';
import { buildMinutesDocx } from '../minutes';
import { FileError, isSameFile, writeFileAtomic } from '../xlsx/files';
import type { ParsedArgs } from './args';
import { loadInput } from './input';
import { countFindings, printRanking, texts, type CliIo } from './output';

/** Output sheets, with the ownership step's own findings (e.g. "written under … (2)") in the log sheet too. */
export function planOutput(snapshot: WorkbookSnapshot, analysis: Analysis, now: Date, lang: CliIo['lang']): { plan: WritePlan; analysis: Analysis } {
  const paramsHash = hashText(JSON.stringify(analysis.params));
  const first = resolveWritePlan(snapshot, buildSheetPlans(analysis, { now, lang }), { now, paramsHash });
  // Nothing to add to the log (the usual first run): the plans would come out the same; building them
  // again cost seconds on a large workbook.
  if (first.findings.length === 0) return { plan: first.plan, analysis };
  const full: Analysis = { ...analysis, findings: [...analysis.findings, ...first.findings] };
  // Same keys and names as the first pass, so ownership resolves the same way; only the log's values change.
  const { plan } = resolveWritePlan(snapshot, buildSheetPlans(full, { now, lang }), { now, paramsHash });
  return { plan, analysis: full };
}

async function checkOutputs(args: ParsedArgs, io: CliIo): Promise<boolean> {
  const T = texts(io.lang);
  if (!args.output) {
    io.err(T.missingOutput);
    io.err(T.usage);
    return false;
  }
  if (!/\.xlsx$/i.test(args.output)) {
    io.err(T.outputNotXlsx(args.output));
    return false;
  }
  const input = args.positionals[0];
  const outs = [args.output, args.json, args.docx].filter((x): x is string => x !== null);
  for (const o of outs) {
    if (input !== undefined && (await isSameFile(o, input))) {
      io.err(T.sameAsInput(o));
      return false;
    }
  }
  for (let i = 0; i < outs.length; i++)
    for (let j = i + 1; j < outs.length; j++)
      if (await isSameFile(outs[i]!, outs[j]!)) {
        io.err(T.badOption(outs[j]!));
        return false;
      }
  return true;
}

export async function runScore(args: ParsedArgs, io: CliIo, now: Date): Promise<number> {
  const T = texts(io.lang);
  // Arguments first: nothing is read when the outputs are unusable (e.g. the output is the input).
  if (!(await checkOutputs(args, io))) return 2;
  const input = await loadInput(args, io);
  if (!input) return 2;

  if (input.snapshot.structureProtected) {
    // ExcelJS cannot keep Protect Workbook: a copy with result sheets would silently drop it.
    io.err(messageText('FILE_STRUCTURE_PROTECTED', { file: path.basename(input.file) }, io.lang));
    io.err(T.notWritten);
    return 2;
  }
  const analysis = analyze(input.snapshot, { now, lang: io.lang });
  const out = planOutput(input.snapshot, analysis, now, io.lang);
  const applied = applyPlanToWorkbook(input.workbook, out.plan);
  const bytes = new Uint8Array((await input.workbook.xlsx.writeBuffer()) as ArrayBuffer);
  try {
    await writeFileAtomic(args.output!, bytes, { protect: [input.file] });
    if (args.json !== null) await writeFileAtomic(args.json, serializeJsonReport(buildJsonReport(out.analysis, io.lang)), { protect: [input.file] });
    if (args.docx !== null) await writeFileAtomic(args.docx, await buildMinutesDocx(out.analysis, { now, lang: io.lang }), { protect: [input.file] });
  } catch (e) {
    if (e instanceof FileError) {
      io.err(e.message);
      io.err(T.notWritten);
      return 2;
    }
    throw e;
  }

  printRanking(io, out.analysis.blocs);
  const c = countFindings(out.analysis.findings);
  io.out(T.counts(c.errors, c.warnings, c.infos));
  if (c.errors > 0) io.out(T.errorsInLog(c.errors));
  io.out(T.wrote(args.output!, applied.written.join(', ')));
  if (applied.deleted.length > 0) io.out(T.deleted(applied.deleted.join(', ')));
  if (args.json !== null) io.out(T.wroteJson(args.json));
  if (args.docx !== null) io.out(T.wroteDocx(args.docx));
  return 0;
}
