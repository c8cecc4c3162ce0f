/**
 * `npm run bench` (issue 7): prints figures, never asserts them. Each part runs in its own process so
 * timings and peak memory are its own. Parts: the engine on the generated workbook (5,000 / 50,000 /
 * 200,000 nomination rows), the Office.js round trips in the strict simulator (1,000 / 50,000 /
 * 200,000), `thidua score` against ExcelJS alone on the same .xlsx, and the task pane's bundle and
 * start-up in headless Chromium, and the engine once more inside headless Chromium (the task pane runs it
 * in a web view). Ends with the table of figures, budgets and verdicts.
 * BENCH_SKIP=cli,web,200k leaves parts out (e.g. on a machine without Chromium).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { EngineSample } from './engine/child';
import type { SyncFigures } from './office/roundTrips';
import { PAYLOAD_LIMIT_BYTES } from '../test/support/excelSimulator';
import { INITIAL_GZIP_BUDGET, ORIGINS, measureEntry } from './web/bundle';
import { CHROMIUM, READY_BUDGET_MS, buildOfficeStub, measureReady } from './web/ready';
import { buildEngineBundle, measureEngineInBrowser } from './web/engineInBrowser';
import { add, kb, mb, ms, table } from './report';

const ROOT = process.cwd();
const HERE = __dirname;
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const ENGINE_BUDGET_MS = 1000;
const MEMORY_BUDGET_MB = 400;
const CLI_RATIO_BUDGET = 2;
/**
 * Fresh processes the 50k cold figure is the median of. One process's cold run varies by ±20 % on this
 * shared 2-core machine (identical code measured 1.1–2.3 s within minutes), so a single sample says more
 * about the moment than about the code.
 */
const COLD_SAMPLES = 3;

function log(s: string): void {
  process.stdout.write(`${s}\n`);
}

function child<T>(script: string, args: string[]): { value: T; wallMs: number } {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [path.join(HERE, script), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const wallMs = performance.now() - t0;
  const last = out.trim().split('\n').pop() ?? '';
  return { value: JSON.parse(last) as T, wallMs };
}

function engine(): EngineSample[] {
  log('\n## Engine: generated workbook, 50 blocs × 40 units × 60 criteria + N nomination rows');
  const sizes = skip.has('200k') ? [5_000, 50_000] : [5_000, 50_000, 200_000];
  const samples: EngineSample[] = [];
  for (const n of sizes) {
    const { value: s } = child<EngineSample>('engine/child.js', [String(n), 'both']);
    samples.push(s);
    const st = s.cold.stages;
    log(
      `${n.toLocaleString('en')} rows (${s.cells.toLocaleString('en')} cells, ${s.nominations.toLocaleString('en')} nominations): ${ms(s.cold.wallMs)} wall, ${ms(s.cold.cpuMs)} CPU ` +
        `[analyze ${ms(st.analyze!)}, sheet plans ${ms(st.plans!)}, write plan ${ms(st.writePlan!)}, JSON report ${ms(st.report!)}]; ` +
        `${Math.round(n / (s.cold.wallMs / 1000)).toLocaleString('en')} rows/s; peak RSS ${s.peakRssMb.toFixed(0)} MB (snapshot alone ${s.snapshotRssMb.toFixed(0)} MB); ` +
        `run again in the same process: ${ms(s.warm.wallMs)} wall, ${ms(s.warm.cpuMs)} CPU`,
    );
  }
  const at50 = samples.find((s) => s.rows === 50_000)!;
  const cold50 = coldMedian(at50);
  for (const s of samples) if (s.minutes) log(`minutes .docx from the ${s.rows.toLocaleString('en')}-row analysis: ${ms(s.minutes.ms)}, ${kb(s.minutes.bytes)}`);
  add(`engine 50k rows: snapshot → report + plan (cold, wall, median of ${COLD_SAMPLES} processes)`, ms(cold50.wallMs), `≤ ${ms(ENGINE_BUDGET_MS)}`, cold50.wallMs <= ENGINE_BUDGET_MS);
  add('engine 50k rows: same, CPU time (same process)', ms(cold50.cpuMs), `≤ ${ms(ENGINE_BUDGET_MS)}`, cold50.cpuMs <= ENGINE_BUDGET_MS);
  add('engine 50k rows: same snapshot again, same process (compiled code; information)', `${ms(at50.warm.wallMs)} (${ms(at50.warm.cpuMs)} CPU)`, '-', null);
  add('engine 50k rows: peak memory (RSS, whole process)', `${at50.peakRssMb.toFixed(0)} MB`, `≤ ${MEMORY_BUDGET_MB} MB`, at50.peakRssMb <= MEMORY_BUDGET_MB);
  if (at50.minutes) add('minutes .docx (thidua score --docx), 50k rows, after the engine', `${ms(at50.minutes.ms)} (${kb(at50.minutes.bytes)})`, '-', null);
  add('engine 50k rows: throughput', `${Math.round(50_000 / (cold50.wallMs / 1000)).toLocaleString('en')} rows/s`, '-', null);
  // Growth exponent between sizes (1 = linear; n log n over 4× is ≈ 1.1): CPU time, less noisy than wall.
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    const k = Math.log(b.cold.cpuMs / a.cold.cpuMs) / Math.log(b.rows / a.rows);
    add(`engine growth ${a.rows / 1000}k → ${b.rows / 1000}k rows (time ∝ rows^k)`, `k = ${k.toFixed(2)} (${ms(a.cold.cpuMs)} → ${ms(b.cold.cpuMs)} CPU)`, 'k ≤ 1.15 (linear or n log n)', k <= 1.15);
  }
  return samples;
}

/**
 * The 50k cold run of `first` and of COLD_SAMPLES − 1 more fresh processes (engine only): each printed,
 * and the one with the median wall time returned (its CPU time beside it).
 */
function coldMedian(first: EngineSample): { wallMs: number; cpuMs: number } {
  const runs = [first.cold];
  for (let i = 1; i < COLD_SAMPLES; i++) runs.push(child<EngineSample>('engine/child.js', [String(first.rows), 'cold']).value.cold);
  log(`50,000 rows, cold, ${COLD_SAMPLES} fresh processes: ${runs.map((r) => `${ms(r.wallMs)} wall / ${ms(r.cpuMs)} CPU`).join('; ')}`);
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[(runs.length - 1) >> 1]!;
}

function office(large: EngineSample[]): void {
  log('\n## Office.js round trips (strict simulator): check = readSnapshot, write = applyPlan');
  const samples: { rows: number; check: SyncFigures; write: SyncFigures | { error: string } }[] = [];
  const { value: small } = child<EngineSample>('engine/child.js', ['1000', 'both']);
  for (const s of [small, ...large]) if (s.office && s.rows !== 5_000) samples.push({ rows: s.rows, ...s.office });
  for (const s of samples) {
    for (const [step, f] of [['check', s.check], ['write', s.write]] as const) {
      if ('error' in f) {
        log(`${s.rows.toLocaleString('en')} rows, ${step}: not measured (${f.error})`);
        add(`${step} step syncs @ ${s.rows / 1000}k rows`, 'not measured (simulator)', `≤ ${step === 'check' ? 2 : 3} + 1 per extra 5 MB`, null);
        continue;
      }
      log(
        `${s.rows.toLocaleString('en')} rows, ${step}: ${f.syncs} syncs (${f.refused} refused as too large), data ${mb(f.dataBytes)} = ${f.chunks} × 5 MB chunk(s), ` +
          `largest request ${mb(f.maxRequestBytes)}, largest response ${mb(f.maxResponseBytes)}`,
      );
      add(`${step} step syncs @ ${s.rows / 1000}k rows`, `${f.syncs} (${mb(f.dataBytes)})`, `≤ ${f.budget} (${step === 'check' ? 2 : 3} + 1 per extra 5 MB)`, f.syncs <= f.budget);
    }
    const written = 'error' in s.write ? [] : [s.write.maxRequestBytes, s.write.maxResponseBytes];
    const biggest = Math.max(s.check.maxRequestBytes, s.check.maxResponseBytes, ...written);
    add(`largest request/response @ ${s.rows / 1000}k rows`, mb(biggest), `≤ ${mb(PAYLOAD_LIMIT_BYTES)}`, biggest <= PAYLOAD_LIMIT_BYTES);
  }
}

function cli(): void {
  log('\n## CLI end to end: thidua score on the 50,000-row workbook as .xlsx, beside ExcelJS alone');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  const input = path.join(dir, 'bench.xlsx');
  const output = path.join(dir, 'ket-qua.xlsx');
  try {
    child<{ ms: number }>('cli/writeInput.js', [input, '50000']);
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'thidua.js'), 'score', input, '-o', output], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const cliMs = performance.now() - t0;
    if (run.status !== 0) throw new Error(`thidua score failed (${run.status}): ${run.stderr}`);
    const base = child<{ prepMs: number; readMs: number; writeMs: number }>('cli/baseline.js', [input, output, path.join(dir, 'copy.xlsx')]);
    const baseMs = base.wallMs - base.value.prepMs;
    const ratio = cliMs / baseMs;
    log(`input ${mb(fs.statSync(input).size)}, output ${mb(fs.statSync(output).size)}`);
    log(`thidua score: ${ms(cliMs)} (process wall time)`);
    log(`ExcelJS alone: ${ms(baseMs)} (process wall time: read ${ms(base.value.readMs)} + write ${ms(base.value.writeMs)} + start-up)`);
    add('CLI score 50k rows vs ExcelJS read + write alone', `${ratio.toFixed(2)}× (${ms(cliMs)} vs ${ms(baseMs)})`, `≤ ${CLI_RATIO_BUDGET}×`, ratio <= CLI_RATIO_BUDGET);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function web(): Promise<void> {
  log('\n## Task pane (dist/web, production build)');
  const webDir = path.join(ROOT, 'dist', 'web');
  const b = measureEntry(webDir, 'taskpane');
  log(`initial files: ${b.files.map((f) => `${f.file} ${kb(f.bytes)} (${kb(f.gzip)} gzip)`).join(', ')}`);
  log(`lazy chunks: ${b.lazyFiles.join(', ') || 'none'}`);
  log('breakdown (minified, gzip of that part alone):');
  for (const o of ORIGINS) log(`  ${o.padEnd(18)} ${kb(b.byOrigin[o].bytes).padStart(10)}  ${kb(b.byOrigin[o].gzip).padStart(10)}`);
  add('task pane initial JS (gzip)', kb(b.gzip), `≤ ${kb(INITIAL_GZIP_BUDGET)}`, b.gzip <= INITIAL_GZIP_BUDGET);
  add('ExcelJS in the pane\'s initial chunks', b.exceljsModules.length ? `${b.exceljsModules.length} modules` : 'none', 'none (lazy only)', b.exceljsModules.length === 0);
  for (const o of ORIGINS) add(`  initial JS: ${o}`, `${kb(b.byOrigin[o].gzip)} gzip`, '-', null);
  if (!fs.existsSync(CHROMIUM)) {
    add('navigation → ready (headless Chromium)', `not measured: ${CHROMIUM} missing`, `≤ ${ms(READY_BUDGET_MS)}`, false);
    return;
  }
  const stub = buildOfficeStub(ROOT, path.join(ROOT, 'dist', 'bench', 'office-stub'));
  const samples = await measureReady(webDir, stub, 5);
  const times = samples.map((s) => s.readyMs).sort((x, y) => x - y);
  const median = times[Math.floor(times.length / 2)]!;
  log(`navigation → ready (5 fresh contexts): ${samples.map((s) => ms(s.readyMs)).join(', ')}; off-machine requests: ${samples.flatMap((s) => s.offsite).length}`);
  add('navigation → ready, median of 5 (headless Chromium)', ms(median), `≤ ${ms(READY_BUDGET_MS)}`, median <= READY_BUDGET_MS);
  await browserEngine();
}

/** The engine where the task pane runs it: a web view (Edge / Chromium), measured in headless Chromium. */
async function browserEngine(): Promise<void> {
  const script = buildEngineBundle(ROOT, path.join(ROOT, 'dist', 'bench', 'web-engine'));
  const { version, samples } = await measureEngineInBrowser(script, 50_000, 3);
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const cold = median(samples.map((s) => s.cold.wallMs));
  const warm = median(samples.map((s) => s.warmWallMs));
  log(`engine in Chromium ${version}, 50,000 rows (${samples[0]!.nominations.toLocaleString('en')} nominations), fresh context each: cold ${samples.map((s) => ms(s.cold.wallMs)).join(', ')}; again in the same page ${samples.map((s) => ms(s.warmWallMs)).join(', ')}`);
  add('engine 50k rows in headless Chromium (the pane\'s runtime), cold, median of 3', ms(cold), `≤ ${ms(ENGINE_BUDGET_MS)}`, cold <= ENGINE_BUDGET_MS);
  add('  same, run again in the same page (information)', ms(warm), '-', null);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  log(`# npm run bench — ${new Date().toISOString()}`);
  log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}`);
  const large = engine().filter((s) => s.rows !== 5_000);
  office(large);
  if (!skip.has('cli')) cli();
  if (!skip.has('web')) await web();
  log('\n## Figures and budgets\n');
  log(table());
  log(`\nbench took ${ms(performance.now() - t0)}; load average at the end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}

void main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
