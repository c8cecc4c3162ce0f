/**
 * Bằng khen (Điều 71–74 Luật TĐKT 2022 with its decree): BK tỉnh/Bộ — HTXSNV this period and the
 * previous one, ≥ 2 initiatives over those two periods; BK Thủ tướng — an earlier BK tỉnh/Bộ, then 5
 * consecutive HTXSNV periods up to this one with ≥ 5 initiatives.
 */
import type { CellValue } from '../../../src/workbook/snapshot';
import { book, params, run, sheet } from '../nominations/support';

const HEADER = ['Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', 'Xếp loại 2023-2024', 'Sáng kiến 2023-2024', 'Thành tích các năm trước'];

function merit(award: string, row: { rating?: CellValue; initiative?: CellValue; discipline?: CellValue; rating1?: CellValue; initiative1?: CellValue; history?: CellValue }) {
  const res = run(book(sheet('Đề nghị khen thưởng', [HEADER, ['Tô Thị Vân', 'THCS Quảng Lợi', award, row.rating ?? 'HTXSNV', row.initiative ?? null, row.discipline ?? null, row.rating1 ?? null, row.initiative1 ?? null, row.history ?? null]])), params());
  const r = res.nominations[0]!;
  return { status: r.status, codes: r.reasons.map((x) => x.code), reasons: r.reasons };
}

describe('BK UBND tỉnh / BK Bộ', () => {
  const ok = { initiative: '01 SK cấp cơ sở', rating1: 'HTXSNV', initiative1: 1 };
  test('pass: 1 + 1 initiatives (boundary: exactly 2)', () => {
    expect(merit('BK UBND tỉnh', ok).status).toBe('eligible');
    expect(merit('Bằng khen của Bộ trưởng', ok).status).toBe('eligible');
  });
  test('pass: 2 initiatives this period alone', () => {
    expect(merit('BK UBND tỉnh', { ...ok, initiative: '02 SK cấp cơ sở', initiative1: null }).status).toBe('eligible');
  });
  test('fail: 1 + "Không" initiatives', () => {
    const r = merit('BK UBND tỉnh', { ...ok, initiative1: 'Không' });
    expect(r).toMatchObject({ status: 'ineligible', codes: ['INITIATIVE_COUNT_LOW'] });
    expect(r.reasons[0]!.message).toBe('Đề nghị khen thưởng!E2: Có 1 sáng kiến trong 2 năm gần nhất, cần ít nhất 2.');
  });
  test('missing: last period\'s initiatives unknown → review', () => {
    expect(merit('BK UBND tỉnh', { ...ok, initiative1: null })).toMatchObject({ status: 'review', codes: ['HISTORY_MISSING'] });
  });
  test('HTTNV vs HTXSNV, this period and the previous one', () => {
    expect(merit('BK UBND tỉnh', { ...ok, rating: 'HTTNV' })).toMatchObject({ status: 'ineligible', codes: ['RATING_BELOW'] });
    expect(merit('BK UBND tỉnh', { ...ok, rating1: 'HTTNV' })).toMatchObject({ status: 'ineligible', codes: ['HISTORY_NOT_MET'] });
    expect(merit('BK UBND tỉnh', { ...ok, rating1: null })).toMatchObject({ status: 'review', codes: ['HISTORY_MISSING'] });
  });
  test('discipline bars it', () => {
    expect(merit('BK UBND tỉnh', { ...ok, discipline: 'Khiển trách' }).codes).toEqual(['DISCIPLINED']);
  });
});

describe('BK Thủ tướng', () => {
  const ok = { initiative: '03 SK cấp cơ sở', rating1: 'HTXSNV', initiative1: 2, history: 'BK UBND tỉnh 2020; HTXSNV 2021, 2022, 2023' };
  test('pass: BK tỉnh 5 periods before (boundary: 2020 for 2024-2025), 5 HTXSNV, 3 + 2 initiatives', () => {
    expect(merit('BK TTg', ok).status).toBe('eligible');
  });
  test('fail: the Bằng khen is too recent (2021 for 2024-2025)', () => {
    const r = merit('BK TTg', { ...ok, history: 'BK UBND tỉnh 2021; HTXSNV 2021, 2022, 2023' });
    expect(r).toMatchObject({ status: 'ineligible', codes: ['PRIOR_MERIT_TOO_RECENT'] });
    expect(r.reasons[0]!.message).toBe('Đề nghị khen thưởng!I2: BK UBND tỉnh năm học 2020-2021: chưa đủ 5 năm tiếp theo tính đến năm nay.');
  });
  test('missing: no Bằng khen in the history → review', () => {
    expect(merit('BK TTg', { ...ok, history: 'HTXSNV 2021, 2022, 2023' })).toMatchObject({ status: 'review', codes: ['HISTORY_MISSING'] });
  });
  test('fail: one period of the 5 below HTXSNV', () => {
    expect(merit('BK TTg', { ...ok, history: 'BK UBND tỉnh 2019; HTXSNV 2021, 2023; HTTNV 2022' }).codes).toEqual(['HISTORY_NOT_MET']);
  });
  test('fail: 4 initiatives over the 5 periods', () => {
    const r = merit('BK TTg', { ...ok, initiative1: 1, history: 'BK UBND tỉnh 2019; HTXSNV 2021, 2022, 2023' });
    // Earlier periods' initiatives are unknown: it may still reach 5.
    expect(r).toMatchObject({ status: 'review', codes: ['HISTORY_MISSING', 'HISTORY_MISSING', 'HISTORY_MISSING'] });
  });
});
