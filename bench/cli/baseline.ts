/**
 * The CLI's yardstick: ExcelJS alone reading the same input file and writing the same output file.
 * `node cli/baseline.js <in.xlsx> <out.xlsx> <copy.xlsx>` loads the CLI's output first (not part of the
 * figure: it only gives ExcelJS the same workbook to write), then reads the input and writes the copy,
 * and prints the preparation time so the caller can take it off the process's wall time.
 */
import { Workbook } from 'exceljs';

async function main(): Promise<void> {
  const [input, output, copy] = process.argv.slice(2);
  if (!input || !output || !copy) throw new Error('usage: baseline.js <in.xlsx> <out.xlsx> <copy.xlsx>');
  const t0 = performance.now();
  const written = new Workbook();
  await written.xlsx.readFile(output);
  const prepMs = performance.now() - t0;
  const t1 = performance.now();
  const read = new Workbook();
  await read.xlsx.readFile(input);
  const t2 = performance.now();
  await written.xlsx.writeFile(copy);
  const t3 = performance.now();
  process.stdout.write(`${JSON.stringify({ prepMs, readMs: t2 - t1, writeMs: t3 - t2, sheets: read.worksheets.length })}\n`);
}

void main();
