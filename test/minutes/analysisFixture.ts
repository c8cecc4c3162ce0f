/**
 * An Analysis built by hand from the model types, as the engine would return it for an office with two
 * blocs (one with votes and a tie for the flag), individual and collective nominations.
 */
import type { Analysis, BlocResult, CriteriaTable, NominationResult, UnitResult, VoteResult } from '../../src/engine/model';
import type { Classification } from '../../src/engine/settings/params';
import { DEFAULT_PARAMS } from '../../src/engine/settings/params';

const criteria: CriteriaTable = { sheet: 'Tiêu chí', roots: [], leaves: [], scale: 100 };

function unit(
  name: string,
  o: Partial<Omit<UnitResult, 'unit'>> & { total: number; rank: number; classification: Classification },
): UnitResult {
  return {
    unit: name,
    unitKey: name.toLowerCase(),
    groups: [],
    selfTotal: o.selfTotal ?? null,
    base: o.base ?? o.total,
    bonus: o.bonus ?? 0,
    deduction: o.deduction ?? 0,
    total: o.total,
    vetoed: o.vetoed ?? false,
    rank: o.rank,
    classification: o.classification,
    proposal: o.proposal ?? null,
    status: o.status ?? (o.proposal ? 'proposed' : 'none'),
    notes: o.notes ?? [],
    votes: o.votes ?? null,
    source: { sheet: 'Khối THCS', col: 3, selfCol: 2 },
  };
}

const vote = (votesFor: number, total: number): VoteResult => ({ votesFor, total, share: votesFor / total, sheet: 'Suy tôn', row: 2 });

export const THCS: BlocResult = {
  name: 'Khối THCS',
  sheets: ['Khối THCS'],
  criteria,
  scale: 100,
  hasSelfAndBloc: true,
  meritLimit: 1,
  units: [
    unit('THCS Đầm Hà', { total: 97.5, selfTotal: 98, bonus: 2, rank: 1, classification: 'XUAT_SAC', proposal: 'CO_TINH', votes: vote(9, 11) }),
    unit('THCS Quảng Lợi', { total: 92, selfTotal: 95, rank: 2, classification: 'TOT', proposal: 'BANG_KHEN', votes: vote(5, 11) }),
    unit('THCS Quảng Thành', {
      total: 80.25,
      selfTotal: 90,
      deduction: 1,
      rank: 3,
      classification: 'KHA',
      notes: [{ code: 'NOTE_GAP', params: { self: 90, bloc: 80.25, gap: 9.75 } }],
    }),
  ],
};

export const TIEU_HOC: BlocResult = {
  name: 'Khối Tiểu học',
  sheets: ['Khối Tiểu học'],
  criteria,
  scale: 100,
  hasSelfAndBloc: false,
  meritLimit: 0,
  units: [
    unit('TH Tân Bình', { total: 96, rank: 1, classification: 'XUAT_SAC', status: 'review', notes: [{ code: 'NOTE_FLAG_TIE', params: { others: 'TH Quảng Tân', places: 1 } }] }),
    unit('TH Quảng Tân', { total: 96, rank: 1, classification: 'XUAT_SAC', status: 'review', notes: [{ code: 'NOTE_FLAG_TIE', params: { others: 'TH Tân Bình', places: 1 } }] }),
  ],
};

function nomination(name: string, unitName: string, award: string, status: NominationResult['status'], row: number, extra: Partial<NominationResult> = {}): NominationResult {
  return {
    sheet: 'Đề nghị khen thưởng',
    row,
    cell: `B${row}`,
    name,
    unit: unitName,
    award,
    status,
    reasons: [],
    kind: 'individual',
    ...extra,
  };
}

export const NOMINATIONS: NominationResult[] = [
  nomination('Trần Thị Bình', 'THCS Đầm Hà', 'LDTT', 'eligible', 5, { position: 'Tổ trưởng' }),
  nomination('Nguyễn Văn An', 'THCS Đầm Hà', 'LDTT', 'eligible', 4, { position: 'Giáo viên' }),
  nomination('Lê Văn Cường', 'THCS Quảng Lợi', 'LDTT', 'eligible', 6, { position: 'Hiệu trưởng' }),
  nomination('Nguyễn Văn An', 'THCS Đầm Hà', 'CSTDCS', 'eligible', 4, { position: 'Giáo viên' }),
  nomination('Phạm Thị Dung', 'THCS Đầm Hà', 'CSTDCS', 'review', 7, {
    reasons: [{ code: 'HISTORY_MISSING', message: 'Đề nghị khen thưởng!H7: thiếu xếp loại năm học 2023-2024.', status: 'review', cell: 'H7' }],
  }),
  nomination('Hoàng Văn Em', 'THCS Quảng Thành', 'LDTT', 'ineligible', 8, {
    reasons: [{ code: 'DISCIPLINED', message: 'Đề nghị khen thưởng!K8: bị kỷ luật khiển trách.', status: 'ineligible', cell: 'K8' }],
  }),
  nomination('Tổ Toán - Tin', 'THCS Đầm Hà', 'TTLDXS', 'eligible', 3, { sheet: 'Đề nghị tập thể', kind: 'collective' }),
];

export function fixtureAnalysis(o: { votes?: boolean } = {}): Analysis {
  const strip = (b: BlocResult): BlocResult => ({ ...b, units: b.units.map((u) => ({ ...u, votes: null })) });
  return {
    params: {
      ...DEFAULT_PARAMS,
      agency: 'Phòng Giáo dục và Đào tạo Đầm Hà',
      parentAgency: 'UBND huyện Đầm Hà',
      place: 'Đầm Hà',
      period: { kind: 'schoolYear', start: 2024 },
      preparedBy: 'Vũ Thị Hoa',
      chairman: 'Đỗ Văn Hùng',
    },
    sheets: [],
    blocs: o.votes === false ? [strip(THCS), strip(TIEU_HOC)] : [THCS, TIEU_HOC],
    nominations: NOMINATIONS,
    quotas: [],
    findings: [],
  };
}
