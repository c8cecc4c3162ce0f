/**
 * Interop (ARCHITECTURE "Tests"): LibreOffice opens the written output, prints it to PDF, and its own
 * recalculation of the Tổng điểm formulas gives the engine's totals. Skipped only when soffice is
 * missing outside CI; in CI it must run.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { buildSheetPlans } from '../../src/engine/plan/buildSheetPlans';
import { resolveWritePlan } from '../../src/workbook/ownership';
import { applyPlanToWorkbook } from '../../src/xlsx/write';
import type { WritePlan } from '../../src/workbook/plan';
import { sampleAnalysis, TEST_NOW } from '../support/xlsxAnalysis';
import { workbookOf, xlsxBytes } from '../support/xlsxBook';
import { convertWithLibreOffice, sofficePath } from '../support/xlsxLibreOffice';
import { runCli } from '../support/xlsxCli';
import type { JsonReport } from '../../src/engine/report/json';

const available = sofficePath() !== null;
if (!available && process.env.CI) throw new Error('LibreOffice (soffice) is required in CI for the interop tests');
if (!available) console.warn('LibreOffice (soffice) not found: skipping the LibreOffice interop tests (they run in CI).');
const maybe = available ? describe : describe.skip;

/** A copy of the plan whose cached formula results are all 0: only a real recalculation can restore them. */
function zeroCached(plan: WritePlan): WritePlan {
  return { ...plan, actions: plan.actions.map((a) => ({ ...a, plan: { ...a.plan, formulas: a.plan.formulas.map((f) => ({ ...f, result: 0 })) } })) };
}

maybe('LibreOffice interop', () => {
  let dir: string;
  let plan: WritePlan;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-'));
    const wb = workbookOf([{ name: 'Khối THCS', rows: [['TT', 'Nội dung'], ['I', 'Chỉ đạo']] }]);
    const { plan: p } = resolveWritePlan({ sheets: [{ name: 'Khối THCS', visibility: 'visible', values: [], merges: [] }] }, buildSheetPlans(sampleAnalysis(), { now: TEST_NOW, lang: 'vi' }), { now: TEST_NOW, paramsHash: 'p' });
    plan = p;
    applyPlanToWorkbook(wb, plan);
    await fs.writeFile(path.join(dir, 'ket-qua.xlsx'), await xlsxBytes(wb));
    const wb0 = workbookOf([{ name: 'Khối THCS', rows: [['TT', 'Nội dung'], ['I', 'Chỉ đạo']] }]);
    applyPlanToWorkbook(wb0, zeroCached(plan));
    await fs.mkdir(path.join(dir, 'zero'));
    await fs.writeFile(path.join(dir, 'zero', 'khong-cache.xlsx'), await xlsxBytes(wb0));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('converts the written workbook to PDF without error', async () => {
    const r = await convertWithLibreOffice(path.join(dir, 'ket-qua.xlsx'), 'pdf', dir);
    expect(r.status).toBe(0);
    const pdf = await fs.readFile(r.output);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  });

  it('recalculates the Tổng điểm formulas to the engine totals', async () => {
    const outDir = path.join(dir, 'recalc');
    await fs.mkdir(outDir);
    const r = await convertWithLibreOffice(path.join(dir, 'zero', 'khong-cache.xlsx'), 'xlsx', outDir);
    expect(r.status).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(r.output);
    const bloc = plan.actions.find((a) => a.name === 'XH Khối THCS')!.plan;
    const ws = wb.getWorksheet('XH Khối THCS')!;
    const got = bloc.formulas.map((f) => ws.getCell(f.row + 1, f.col + 1).result);
    expect(got).toEqual(sampleAnalysis().blocs[0]!.units.map((u) => u.total));
    expect(got).toEqual([98.5, 91.75, 80]);
  });
});

maybe('LibreOffice on the output of `thidua score` (example workbook)', () => {
  let dir: string;
  let report: JsonReport;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-cli-'));
    expect((await runCli(['template', '-o', path.join(dir, 'vi-du.xlsx')])).code).toBe(0);
    const r = await runCli(['score', path.join(dir, 'vi-du.xlsx'), '-o', path.join(dir, 'ket-qua.xlsx'), '--json', path.join(dir, 'bao-cao.json')]);
    expect(r.code).toBe(0);
    report = JSON.parse(await fs.readFile(path.join(dir, 'bao-cao.json'), 'utf8')) as JsonReport;
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('prints the whole result workbook to PDF', async () => {
    const r = await convertWithLibreOffice(path.join(dir, 'ket-qua.xlsx'), 'pdf', dir);
    expect(r.status).toBe(0);
    expect((await fs.readFile(r.output)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('recalculates every XH sheet\'s Tổng điểm to the totals of the JSON report', async () => {
    // Zero the cached results first: only LibreOffice's own calculation can bring the totals back.
    const wb = new Workbook();
    await wb.xlsx.readFile(path.join(dir, 'ket-qua.xlsx'));
    const formulaCells: Record<string, { row: number; col: number }[]> = {};
    for (const ws of wb.worksheets.filter((w) => w.name.startsWith('XH '))) {
      formulaCells[ws.name] = [];
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.formula && /SUM|\+/.test(cell.formula)) {
            formulaCells[ws.name]!.push({ row: r, col: c });
            cell.value = { formula: cell.formula, result: 0 } as never;
          }
        }),
      );
    }
    await fs.mkdir(path.join(dir, 'zero'));
    await wb.xlsx.writeFile(path.join(dir, 'zero', 'khong-cache.xlsx'));
    await fs.mkdir(path.join(dir, 'recalc'));
    const r = await convertWithLibreOffice(path.join(dir, 'zero', 'khong-cache.xlsx'), 'xlsx', path.join(dir, 'recalc'));
    expect(r.status).toBe(0);
    const back = new Workbook();
    await back.xlsx.readFile(r.output);
    expect(report.blocs.length).toBe(3);
    for (const bloc of report.blocs) {
      const name = `XH ${bloc.name}`;
      const cells = formulaCells[name]!;
      const totals = cells.map(({ row, col }) => back.getWorksheet(name)!.getCell(row, col).result);
      expect(totals).toEqual(bloc.units.map((u) => u.total));
    }
  });
});

