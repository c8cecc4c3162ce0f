import { bigSnapshot } from './generate/bigWorkbook';
import { analyze, buildSheetPlans } from '../src/engine';
const snap = bigSnapshot({ blocs: 50, unitsPerBloc: 40, nominationRows: Number(process.argv[2] ?? 50000) });
const now = new Date('2025-05-20T03:00:00Z');
const a = analyze(snap, { now, lang: 'vi' });
if (process.argv[3] === 'plans') buildSheetPlans(a, { now, lang: 'vi' });
