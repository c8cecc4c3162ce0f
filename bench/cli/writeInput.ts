/** `node cli/writeInput.js <file.xlsx> <rows>`: the generated workbook as an .xlsx file (streamed). */
import { generateBigWorkbook, ISSUE_WORKBOOK } from '../generate/bigWorkbook';
import { writeXlsx } from '../generate/xlsx';

async function main(): Promise<void> {
  const [file, rows] = process.argv.slice(2);
  if (!file) throw new Error('usage: writeInput.js <file.xlsx> [rows]');
  const t0 = performance.now();
  await writeXlsx(generateBigWorkbook({ ...ISSUE_WORKBOOK, nominationRows: Number(rows ?? ISSUE_WORKBOOK.nominationRows) }), file);
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - t0 })}\n`);
}

void main();
