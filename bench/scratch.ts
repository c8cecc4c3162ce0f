import { bigSnapshot } from './generate/bigWorkbook';
import { analyze, buildSheetPlans, buildJsonReport } from '../src/engine';
import { resolveWritePlan } from '../src/workbook/ownership';
const n = Number(process.argv[2] ?? 50000);
let t = performance.now();
const snap = bigSnapshot({ blocs: 50, unitsPerBloc: 40, nominationRows: n });
console.log('gen', (performance.now() - t) | 0);
const now = new Date('2025-05-20T03:00:00Z');
for (let k = 0; k < 2; k++) {
t = performance.now();
const a = analyze(snap, { now, lang: 'vi' });
const t1 = performance.now();
const plans = buildSheetPlans(a, { now, lang: 'vi' });
const t2 = performance.now();
const wp = resolveWritePlan(snap, plans, { now, paramsHash: 'x' });
const t3 = performance.now();
const rep = buildJsonReport(a, 'vi');
const t4 = performance.now();
console.log('analyze', (t1 - t) | 0, 'plans', (t2 - t1) | 0, 'resolve', (t3 - t2) | 0, 'report', (t4 - t3) | 0, 'findings', a.findings.length, 'noms', a.nominations.length, 'blocs', a.blocs.length, a.blocs[0]?.units.length, 'rss', process.memoryUsage().rss >> 20, 'maxrss', process.resourceUsage().maxRSS >> 10);
const codes: Record<string, number> = {};
for (const f of a.findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
if (k === 0) console.log(codes, plans.map(p => p.name + ':' + p.values.length), rep.nominations.length);
}
