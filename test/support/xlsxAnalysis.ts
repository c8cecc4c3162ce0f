/** Hand-built Analysis objects for the output tests (plans, report, adapter, ownership). */
import type { Analysis, BlocResult, Criterion, CriteriaTable, GroupScore, UnitResult } from '../../src/engine/model';
import type { Finding } from '../../src/engine/findings/types';
import { DEFAULT_PARAMS, type Params } from '../../src/engine/settings/params';

export const TEST_NOW = new Date('2026-11-21T03:00:00Z');

export const TEST_PARAMS: Params = {
  ...DEFAULT_PARAMS,
  agency: 'Phòng Giáo dục và Đào tạo Đầm Hà',
  parentAgency: 'UBND huyện Đầm Hà',
  place: 'Đầm Hà',
  period: { kind: 'schoolYear', start: 2024 },
  preparedBy: 'Nguyễn Thị Lan',
  chairman: 'Trần Văn Minh',
};

function crit(code: string, title: string, max: number | null, type: Criterion['type'], level: number, children: Criterion[] = []): Criterion {
  return { code, key: code, title, max, type, level, children, sheet: 'Tiêu chí', row: 0 };
}

export function criteriaTable(): CriteriaTable {
  const i1 = crit('1', 'Kế hoạch', 30, 'CHUAN', 1);
  const i2 = crit('2', 'Triển khai', 30, 'CHUAN', 1);
  const ii1 = crit('1', 'Chất lượng', 40, 'CHUAN', 1);
  const bonus = crit('1', 'Thành tích đột xuất', 5, 'CONG', 1);
  const ded = crit('1', 'Báo cáo chậm', 5, 'TRU', 1);
  const roots = [
    crit('I', 'Công tác chỉ đạo', 60, 'CHUAN', 0, [i1, i2]),
    crit('II', 'Kết quả giáo dục', 40, 'CHUAN', 0, [ii1]),
    crit('III', 'Điểm cộng', 5, 'CONG', 0, [bonus]),
    crit('IV', 'Điểm trừ', 5, 'TRU', 0, [ded]),
  ];
  return { sheet: 'Tiêu chí', roots, leaves: [i1, i2, ii1, bonus, ded], scale: 100 };
}

interface UnitSpec {
  unit: string;
  g: [number, number];
  bonus?: number;
  deduction?: number;
  self?: number | null;
  rank: number;
  classification?: UnitResult['classification'];
  proposal?: UnitResult['proposal'];
  status?: UnitResult['status'];
  notes?: UnitResult['notes'];
  vetoed?: boolean;
}

export function unit(s: UnitSpec, col: number): UnitResult {
  const groups: GroupScore[] = [
    { code: 'I', title: 'Công tác chỉ đạo', max: 60, value: s.g[0], selfValue: null },
    { code: 'II', title: 'Kết quả giáo dục', max: 40, value: s.g[1], selfValue: null },
    { code: 'III', title: 'Điểm cộng', max: 5, value: s.bonus ?? 0, selfValue: null },
    { code: 'IV', title: 'Điểm trừ', max: 5, value: s.deduction ?? 0, selfValue: null },
  ];
  const base = s.g[0] + s.g[1];
  const total = base + (s.bonus ?? 0) - (s.deduction ?? 0);
  return {
    unit: s.unit,
    unitKey: s.unit.toLowerCase(),
    groups,
    selfTotal: s.self === undefined ? null : s.self,
    base,
    bonus: s.bonus ?? 0,
    deduction: s.deduction ?? 0,
    total,
    vetoed: !!s.vetoed,
    rank: s.rank,
    classification: s.classification ?? 'TOT',
    proposal: s.proposal ?? null,
    status: s.status ?? (s.proposal ? 'proposed' : 'none'),
    notes: s.notes ?? [],
    votes: null,
    source: { sheet: 'Khối THCS', col, selfCol: s.self === undefined ? null : col - 1 },
  };
}

export function blocThcs(): BlocResult {
  const units = [
    unit({ unit: 'Trường THCS Quảng Tân', g: [58.5, 38], bonus: 2, deduction: 0, self: 99, rank: 1, classification: 'XUAT_SAC', proposal: 'CO_TINH' }, 4),
    unit({ unit: 'Trường THCS Đầm Hà', g: [55, 37.25], bonus: 0, deduction: 0.5, self: 93, rank: 2, classification: 'TOT', proposal: 'BANG_KHEN', notes: [{ code: 'TEST_NOTE', params: { x: 1 } }] }, 6),
    unit({ unit: '=cmd|calc', g: [50, 30], bonus: 0, deduction: 0, self: 80, rank: 3, classification: 'KHA', vetoed: true, status: 'vetoed' }, 8),
  ];
  return { name: 'Khối THCS', sheets: ['Khối THCS'], criteria: criteriaTable(), scale: 100, units, hasSelfAndBloc: true, meritLimit: 1 };
}

export function blocTieuHoc(): BlocResult {
  const units = [
    unit({ unit: 'Trường TH Tân Bình', g: [50, 35], rank: 1, classification: 'TOT' }, 2),
    unit({ unit: 'Trường TH Quảng Lợi', g: [50, 35], rank: 1, classification: 'TOT', status: 'review' }, 3),
  ];
  return { name: 'Khối Tiểu học', sheets: ['Khối Tiểu học'], criteria: criteriaTable(), scale: 100, units, hasSelfAndBloc: false, meritLimit: 0 };
}

export function sampleFindings(): Finding[] {
  return [
    { code: 'TEST_WARN', severity: 'warning', sheet: 'Khối THCS', cell: 'F7', params: {} },
    { code: 'TEST_ERR', severity: 'error', sheet: "Bob's sheet", cell: 'C5:C9', params: { n: 2 } },
    { code: 'TEST_INFO', severity: 'info', params: {} },
  ];
}

export function sampleAnalysis(over: Partial<Analysis> = {}): Analysis {
  return {
    params: TEST_PARAMS,
    sheets: [],
    blocs: [blocThcs(), blocTieuHoc()],
    nominations: [],
    quotas: [],
    findings: sampleFindings(),
    ...over,
  };
}
