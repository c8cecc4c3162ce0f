/**
 * Emulation phases (SPEC §9): phase detection in sheet names, titles and settings; the year's score as
 * the weighted mean of the phases (unequal weights), computed BEFORE ranking; a unit missing a phase is
 * an error and a review, never a silent 0.
 */
import { analyzeBlocs } from '../../../src/engine/blocs/analyzeBlocs';
import { DEFAULT_PARAMS, type Params } from '../../../src/engine/settings/params';
import { phaseInText, phaseOfSheet, stripPhase } from '../../../src/engine/phases/phaseOf';
import { combineScores, weightedMean } from '../../../src/engine/phases/combineScores';
import { phaseWeights } from '../../../src/engine/phases/combinePhases';
import { renderFinding } from '../../../src/engine/findings/messages';
import type { CellValue } from '../../../src/workbook/snapshot';
import { book, find, grid, sheet, where, FindingSink } from '../blocs/fixtures';

const CRITERIA = [
  ['TT', 'Nội dung', 'Điểm chuẩn'],
  ['I', 'Quản lý', 40],
  ['II', 'Chất lượng', 60],
];

/** A units-in-rows phase sheet: unit, I, II. */
function phase(name: string, rows: readonly (readonly [string, number, number])[], title?: string): ReturnType<typeof sheet> {
  const body: CellValue[][] = rows.map(([u, a, b], i) => [i + 1, u, a, b]);
  return sheet(name, [...(title ? [[title], []] : []), ['STT', 'Đơn vị', 'I', 'II'], ...body]);
}

function run(params: Params, ...sheets: ReturnType<typeof sheet>[]) {
  const sink = new FindingSink();
  const r = analyzeBlocs(book(sheet('Tiêu chí', CRITERIA), ...sheets), params, sink);
  return { ...r, sink };
}

const weighted = (w1: number, w2: number): Params => ({ ...DEFAULT_PARAMS, phaseWeights: { 1: w1, 2: w2 } });

describe('phase detection', () => {
  it('reads "Đợt N" in a name or a text, with or without diacritics, Roman numerals too', () => {
    expect(phaseInText('Khối THCS Đợt 1')).toBe(1);
    expect(phaseInText('Khoi THCS - dot II')).toBe(2);
    expect(phaseInText('BẢNG ĐIỂM KHỐI THCS - ĐỢT THI ĐUA 3 NĂM HỌC 2024-2025')).toBe(3);
    expect(phaseInText('Khối THCS')).toBeNull();
    expect(phaseInText('Đợt thi đua đặc biệt')).toBeNull();
  });

  it('strips the phase from a bloc name', () => {
    expect(stripPhase('Khối THCS Đợt 1')).toBe('Khối THCS');
    expect(stripPhase('Đợt 2 - Cụm 3')).toBe('Cụm 3');
    expect(stripPhase('Khối THCS (Đợt 2)')).toBe('Khối THCS');
    expect(stripPhase('Khối THCS')).toBe('Khối THCS');
  });

  it('takes the Đợt N setting first, then the name, then a title cell, then the Đợt setting', () => {
    const none = { phaseSheets: {}, defaultPhase: null };
    expect(phaseOfSheet(grid('Chấm HK1', [['x'], ['STT']]), 1, { phaseSheets: { 1: ['Chấm HK1'] }, defaultPhase: null })).toEqual({ phase: 1, by: 'settings' });
    expect(phaseOfSheet(grid('Khối A Đợt 2', [['STT']]), 0, none)).toEqual({ phase: 2, by: 'name' });
    expect(phaseOfSheet(grid('Khối A', [['BẢNG ĐIỂM KHỐI A - ĐỢT 1'], ['STT']]), 1, none)).toEqual({ phase: 1, by: 'title' });
    expect(phaseOfSheet(grid('Khối A', [['STT']]), 0, { phaseSheets: {}, defaultPhase: 3 })).toEqual({ phase: 3, by: 'default' });
    expect(phaseOfSheet(grid('Khối A', [['STT']]), 0, none)).toBeNull();
  });
});

describe('weights', () => {
  it('defaults to equal weights, normalises given ones, warns when one is missing', () => {
    const sink = new FindingSink();
    expect(phaseWeights('A', [1, 2, 3], DEFAULT_PARAMS, sink, 'S')).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(phaseWeights('A', [1, 2], { phaseWeights: { 1: 0.4, 2: 0.6 } }, sink, 'S')).toEqual([0.4, 0.6]);
    expect(sink.items).toEqual([]);
    const w = phaseWeights('A', [1, 2], { phaseWeights: { 1: 0.2, 2: 0.6 } }, sink, 'S');
    expect(w[0]).toBeCloseTo(0.25, 10);
    expect(w[1]).toBeCloseTo(0.75, 10);
    expect(where(sink.items)).toEqual(['PHASE_WEIGHTS_NORMALISED@S']);
    const sink2 = new FindingSink();
    expect(phaseWeights('A', [1, 2], { phaseWeights: { 1: 0.4 } }, sink2, 'S')).toEqual([0.5, 0.5]);
    expect(sink2.items.map((f) => [f.code, f.params.phases])).toEqual([['PHASE_WEIGHT_MISSING', '2']]);
  });

  it('computes Σ w·x / Σ w at 2 decimals without float noise', () => {
    expect(weightedMean([{ weight: 0.4, value: 93 }, { weight: 0.6, value: 99 }])).toBe(96.6);
    expect(weightedMean([{ weight: 0.1, value: 0.1 }, { weight: 0.2, value: 0.2 }])).toBe(0.17);
  });

  it('combines every figure of the unit with the same weights', () => {
    const score = (base: number, bonus: number, deduction: number, self: number | null) => ({
      base, bonus, deduction, total: base + bonus - deduction, selfTotal: self,
      groups: [{ code: 'I', title: 'I', max: 40, value: base, selfValue: self }],
      vetoed: false, vetoCodes: [], invalidCells: [], selfUsed: 0, gap: null,
    });
    const c = combineScores([
      { weight: 0.25, score: score(80, 2, 0, 82), sheet: 'A' },
      { weight: 0.75, score: score(90, 0, 2, null), sheet: 'B' },
    ]);
    expect([c.base, c.bonus, c.deduction, c.total]).toEqual([87.5, 0.5, 1.5, 86.5]);
    expect(c.selfTotal).toBeNull();
    expect(c.groups[0]).toEqual({ code: 'I', title: 'I', max: 40, value: 87.5, selfValue: null });
  });
});

describe('a bloc scored in two phases', () => {
  // A wins phase 1 (97 vs 90), B phase 2 (95 vs 89): equal weights favour A (93 vs 92,5), 40 % / 60 % favour B.
  const p1 = phase('Khối THCS Đợt 1', [['Trường A', 39, 58], ['Trường B', 35, 55], ['Trường C', 30, 50]]);
  const p2 = phase('Khối THCS Đợt 2', [['Trường A', 36, 53], ['Trường B', 38, 57], ['Trường C', 32, 52]]);

  it('with equal weights (default), A leads', () => {
    const r = run(DEFAULT_PARAMS, p1, p2);
    expect(r.blocs.map((b) => b.name)).toEqual(['Khối THCS']);
    const bloc = r.blocs[0]!;
    expect(bloc.units.map((u) => [u.unit, u.total, u.rank])).toEqual([
      ['Trường A', 93, 1],
      ['Trường B', 92.5, 2],
      ['Trường C', 82, 3],
    ]);
    expect(bloc.phases).toEqual([
      { phase: 1, weight: 0.5, sheets: ['Khối THCS Đợt 1'] },
      { phase: 2, weight: 0.5, sheets: ['Khối THCS Đợt 2'] },
    ]);
    expect(r.sink.items.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('with unequal weights (40 % / 60 %), the year score is Σ w·phase and B leads: combined before ranking', () => {
    const r = run(weighted(0.4, 0.6), p1, p2);
    const bloc = r.blocs[0]!;
    expect(bloc.units.map((u) => [u.unit, u.total, u.rank, u.proposal])).toEqual([
      ['Trường B', 93, 1, null],
      ['Trường A', 92.2, 2, null],
      ['Trường C', 82.4, 3, null],
    ]);
    expect(bloc.units[0]!.phases).toEqual([
      { phase: 1, total: 90, sheet: 'Khối THCS Đợt 1' },
      { phase: 2, total: 95, sheet: 'Khối THCS Đợt 2' },
    ]);
    // Groups are combined with the same weights: A's group I = 0.4 × 39 + 0.6 × 36.
    expect(bloc.units[1]!.groups.map((g) => [g.code, g.value])).toEqual([
      ['I', 37.2],
      ['II', 55],
    ]);
    expect(r.sheets.filter((s) => s.role === 'scoring').map((s) => [s.sheet, s.bloc, s.phase])).toEqual([
      ['Khối THCS Đợt 1', 'Khối THCS', 1],
      ['Khối THCS Đợt 2', 'Khối THCS', 2],
    ]);
  });

  it('a unit missing one phase is an error and a review — never a silent 0 — even when it ranks first', () => {
    const q1 = phase('Khối THCS Đợt 1', [['Trường A', 39, 58], ['Trường B', 35, 55], ['Trường C', 40, 59]]);
    const q2 = phase('Khối THCS Đợt 2', [['Trường A', 36, 53], ['Trường B', 38, 57]]);
    const r = run(weighted(0.4, 0.6), q1, q2);
    const c = r.blocs[0]!.units.find((u) => u.unit === 'Trường C')!;
    // Scored on the phase it has (99), not 0.4 × 99 + 0.6 × 0 = 39.6.
    expect([c.total, c.rank, c.status, c.proposal]).toEqual([99, 1, 'review', null]);
    expect(c.phases).toEqual([
      { phase: 1, total: 99, sheet: 'Khối THCS Đợt 1' },
      { phase: 2, total: null, sheet: null },
    ]);
    expect(c.notes.map((n) => n.code)).toContain('NOTE_PHASE_MISSING');
    const errors = find(r.sink, 'PHASE_SCORE_MISSING');
    expect(where(errors)).toEqual(['PHASE_SCORE_MISSING@Khối THCS Đợt 1!B4']);
    expect(errors[0]!.severity).toBe('error');
    expect(renderFinding(errors[0]!)).toBe(
      'Khối THCS Đợt 1!B4: «Trường C» (Khối THCS) chưa có điểm Đợt 2 (trang Khối THCS Đợt 2): điểm năm tạm tính trên các đợt đã có, xếp hạng tạm thời, cần bổ sung.',
    );
    // A unit ranked lower and missing a phase is marked for review too.
    const r2 = run(weighted(0.4, 0.6), p1, phase('Khối THCS Đợt 2', [['Trường A', 36, 53], ['Trường B', 38, 57]]));
    const c2 = r2.blocs[0]!.units.find((u) => u.unit === 'Trường C')!;
    expect([c2.total, c2.rank, c2.status]).toEqual([80, 3, 'review']);
  });

  it('a unit in every phase is no duplicate; twice in one phase is', () => {
    const twice = phase('Khối THCS Đợt 1', [['Trường A', 39, 58], ['Trường A', 30, 50]]);
    const r = run(DEFAULT_PARAMS, twice, phase('Khối THCS Đợt 2', [['Trường A', 36, 53]]));
    expect(where(find(r.sink, 'SCORING_UNIT_DUPLICATE'))).toEqual(['SCORING_UNIT_DUPLICATE@Khối THCS Đợt 1!B3']);
    expect(r.blocs[0]!.units.map((u) => [u.unit, u.total])).toEqual([['Trường A', 93]]);
  });

  it('a sheet without a phase in a phased bloc is not counted, with a warning', () => {
    const r = run(DEFAULT_PARAMS, p1, phase('Khối THCS', [['Trường A', 10, 10]]));
    expect(where(find(r.sink, 'PHASE_SHEET_UNPHASED'))).toEqual(['PHASE_SHEET_UNPHASED@Khối THCS!A1']);
    expect(r.blocs[0]!.units.find((u) => u.unit === 'Trường A')!.total).toBe(97);
  });

  it('reads the phase from a title cell and a bloc without phases is unchanged', () => {
    const r = run(DEFAULT_PARAMS, phase('Bảng 1', [['Trường A', 39, 58]], 'BẢNG ĐIỂM KHỐI THCS - ĐỢT 1'), phase('Bảng 2', [['Trường A', 36, 53]], 'BẢNG ĐIỂM KHỐI THCS - ĐỢT 2'));
    expect(r.blocs.map((b) => [b.name, b.units[0]!.total, b.phases?.length])).toEqual([['KHỐI THCS', 93, 2]]);
    const plain = run(DEFAULT_PARAMS, phase('Khối THCS', [['Trường A', 39, 58]]));
    expect(plain.blocs[0]!.phases).toBeUndefined();
    expect(plain.blocs[0]!.units[0]!.phases).toBeUndefined();
  });
});
