/** Builders for nomination tests: inline 2-D sheets, params, bloc results. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/workbook/snapshot';
import type { Params } from '../../../src/engine/settings/params';
import { DEFAULT_PARAMS } from '../../../src/engine/settings/params';
import type { BlocResult, UnitResult } from '../../../src/engine/model';
import { FindingSink } from '../../../src/engine/findings/types';
import { analyzeNominations } from '../../../src/engine/nominations/analyzeNominations';

export function sheet(name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name, visibility: 'visible', values, merges: [], ...extra };
}

export function book(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** School year 2024-2025 unless told otherwise. */
export function params(over: Partial<Params> = {}): Params {
  return { ...DEFAULT_PARAMS, period: { kind: 'schoolYear', start: 2024 }, ...over };
}

export const IND_HEADER = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Đơn vị',
  'Danh hiệu đề nghị',
  'Xếp loại',
  'Sáng kiến',
  'Số ngày nghỉ',
  'Lý do nghỉ',
  'Kỷ luật',
  'Số tháng công tác',
  'Danh hiệu năm học 2023-2024',
  'Danh hiệu năm học 2022-2023',
  'Xếp loại 2023-2024',
  'Thành tích các năm trước',
];

export interface PersonSpec {
  name?: string;
  birth?: CellValue;
  unit?: string;
  award?: string;
  rating?: CellValue;
  initiative?: CellValue;
  leave?: CellValue;
  leaveReason?: string;
  discipline?: string;
  months?: CellValue;
  title1?: CellValue;
  title2?: CellValue;
  rating1?: CellValue;
  history?: string;
}

/** One row in IND_HEADER order; sensible LĐTT-eligible defaults. */
export function person(s: PersonSpec, stt = 1): CellValue[] {
  return [
    stt,
    s.name ?? 'Nguyễn Văn An',
    s.birth ?? '01/01/1985',
    s.unit ?? 'THCS Đầm Hà',
    s.award ?? 'LĐTT',
    s.rating === undefined ? 'HTTNV' : s.rating,
    s.initiative === undefined ? null : s.initiative,
    s.leave === undefined ? null : s.leave,
    s.leaveReason ?? null,
    s.discipline ?? null,
    s.months === undefined ? null : s.months,
    s.title1 === undefined ? null : s.title1,
    s.title2 === undefined ? null : s.title2,
    s.rating1 === undefined ? null : s.rating1,
    s.history ?? null,
  ];
}

export function individuals(rows: CellValue[][], name = 'Đề nghị khen thưởng'): SheetSnapshot {
  return sheet(name, [IND_HEADER, ...rows]);
}

export function run(snapshot: WorkbookSnapshot, p: Params = params(), blocs: readonly BlocResult[] = [], claimed: ReadonlySet<string> = new Set()) {
  const sink = new FindingSink();
  const res = analyzeNominations(snapshot, p, blocs, sink, { claimed, lang: 'vi' });
  return { ...res, findings: sink.items, sink };
}

/** Reason codes of the first result for `award` of the person named `name`. */
export function codesOf(res: ReturnType<typeof run>, name: string, award: string): string[] {
  const r = res.nominations.find((n) => n.name === name && n.award === award);
  if (!r) throw new Error(`no result for ${name} ${award}`);
  return r.reasons.map((x) => x.code);
}

export function resultOf(res: ReturnType<typeof run>, name: string, award: string) {
  const r = res.nominations.find((n) => n.name === name && n.award === award);
  if (!r) throw new Error(`no result for ${name} ${award}`);
  return r;
}

export function unit(name: string, rank: number, proposal: UnitResult['proposal'], status: UnitResult['status'] = proposal ? 'proposed' : 'none', vetoed = false): UnitResult {
  return {
    unit: name,
    unitKey: name.toLowerCase(),
    groups: [],
    selfTotal: null,
    base: 90,
    bonus: 0,
    deduction: 0,
    total: 90,
    vetoed,
    rank,
    classification: 'XUAT_SAC',
    proposal,
    status,
    notes: [],
    votes: null,
    source: { sheet: 'Khối THCS', col: 3, selfCol: null },
  };
}

export function bloc(name: string, units: UnitResult[]): BlocResult {
  return {
    name,
    sheets: [name],
    criteria: { sheet: 'Tiêu chí', roots: [], leaves: [], scale: 100 },
    scale: 100,
    units,
    hasSelfAndBloc: false,
    meritLimit: 1,
  };
}

/** `n` LĐTT-eligible colleagues in the unit, so a CSTĐCS quota of 15 % leaves room (7 people → 1 place). */
export function colleagues(n: number, unitName = 'THCS Đầm Hà'): CellValue[][] {
  const given = ['Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khoa', 'Linh', 'Minh', 'Nga', 'Oanh'];
  return Array.from({ length: n }, (_, i) => person({ name: `Đồng Văn ${given[i % given.length]}${i >= given.length ? i : ''}`, unit: unitName }, i + 2));
}

/**
 * Runs one person row (with 6 LĐTT colleagues when the title is capped by the CSTĐCS quota) and
 * returns the result of its first title.
 */
export function one(spec: PersonSpec, p: Params = params(), extra: SheetSnapshot[] = [], others: CellValue[][] = colleagues(6, spec.unit ?? 'THCS Đầm Hà')) {
  const res = run(book(individuals([person(spec), ...others]), ...extra), p);
  const first = res.nominations[0]!;
  return { status: first.status, codes: first.reasons.map((r) => r.code), reasons: first.reasons, res };
}

export const VOTE_HEADER = ['Đơn vị', 'Họ và tên', 'Danh hiệu', 'Số phiếu đồng ý', 'Tổng số phiếu'];

export function votes(...rows: CellValue[][]): SheetSnapshot {
  return sheet('Suy tôn', [VOTE_HEADER, ...rows]);
}
