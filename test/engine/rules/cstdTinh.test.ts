/**
 * CSTĐ tỉnh (Điều 22 Luật TĐKT 2022): CSTĐCS this period (eligible) and in the two periods before,
 * an initiative at tỉnh/bộ level, votes ≥ 90 % of the council when votes exist.
 */
import type { SheetSnapshot } from '../../../src/workbook/snapshot';
import type { PersonSpec } from '../nominations/support';
import { colleagues, one, params, person, resultOf, votes } from '../nominations/support';

const base: PersonSpec = { name: 'Đào Văn Tám', award: 'CSTĐCS, CSTĐ tỉnh', rating: 'HTXSNV', initiative: 'SK cấp tỉnh', title1: 'CSTĐCS', title2: 'CSTĐCS' };

function tinh(spec: PersonSpec, ...extra: SheetSnapshot[]) {
  const { res } = one({ ...base, ...spec }, params(), extra);
  const r = resultOf(res, 'Đào Văn Tám', 'CSTD_TINH');
  return { status: r.status, codes: r.reasons.map((x) => x.code), reasons: r.reasons };
}

describe('CSTĐ tỉnh: history', () => {
  test('pass: CSTĐCS in both previous periods (columns or free text)', () => {
    expect(tinh({}).status).toBe('eligible');
    expect(tinh({ title2: null, history: 'CSTĐCS 2023' }).status).toBe('eligible');
    expect(tinh({ title1: 'CSTĐ cấp tỉnh' }).status).toBe('eligible'); // a higher title covers CSTĐCS
  });
  test('history missing → review (HISTORY_MISSING), never ineligible', () => {
    const r = tinh({ title2: null });
    expect(r).toMatchObject({ status: 'review', codes: ['HISTORY_MISSING'] });
    expect(r.reasons[0]!.message).toBe('Đề nghị khen thưởng!B2: Thiếu thông tin CSTĐCS năm học 2022-2023: cần bổ sung lịch sử thành tích.');
  });
  test('"Không" in a history column is a fact → ineligible', () => {
    expect(tinh({ title2: 'Không' })).toMatchObject({ status: 'ineligible', codes: ['HISTORY_NOT_MET'] });
  });
  test('a lower title is a fact → ineligible, naming the cell', () => {
    const r = tinh({ title1: 'LĐTT' });
    expect(r).toMatchObject({ status: 'ineligible', codes: ['HISTORY_NOT_MET'] });
    expect(r.reasons[0]!.message).toBe('Đề nghị khen thưởng!L2: Năm học 2023-2024: LĐTT, chưa đạt CSTĐCS.');
  });
});

describe('CSTĐ tỉnh: this period\'s CSTĐCS', () => {
  test('fail: the CSTĐCS nomination is ineligible', () => {
    expect(tinh({ rating: 'HTTNV' }).codes).toEqual(['REQUIRES_AWARD_FAILED']);
  });
  test('review: the CSTĐCS nomination is over quota', () => {
    const { res } = one(base, params(), [], []);
    expect(resultOf(res, 'Đào Văn Tám', 'CSTDCS').reasons.map((r) => r.code)).toEqual(['QUOTA_EXCEEDED']);
    expect(resultOf(res, 'Đào Văn Tám', 'CSTD_TINH')).toMatchObject({ status: 'review', reasons: [{ code: 'REQUIRES_AWARD_PENDING' }] });
  });
  test('review: not nominated for CSTĐCS this period', () => {
    const r = tinh({ award: 'CSTĐ tỉnh' });
    expect(r).toMatchObject({ status: 'review', codes: ['REQUIRES_AWARD_PENDING'] });
    expect(r.reasons[0]!.message).toBe('Đề nghị khen thưởng!E2: Không có đề nghị CSTĐCS năm nay trong danh sách: cần xác nhận.');
  });
  test('the CSTĐCS may be in another row of the same person', () => {
    const { res } = one({ ...base, award: 'CSTĐ tỉnh' }, params(), [], [person({ ...base, award: 'CSTĐCS' }, 9), ...colleagues(6)]);
    expect(resultOf(res, 'Đào Văn Tám', 'CSTD_TINH').status).toBe('eligible');
  });
});

describe('CSTĐ tỉnh: initiative at tỉnh/bộ level', () => {
  test('cơ sở is too low; no level written → review; "Không" → ineligible', () => {
    expect(tinh({ award: 'CSTĐ tỉnh', title1: 'CSTĐCS', initiative: 'SK cấp cơ sở' }).codes).toContain('INITIATIVE_LEVEL_LOW');
    expect(tinh({ initiative: 'Đổi mới dạy học' })).toMatchObject({ status: 'review', codes: ['INITIATIVE_LEVEL_UNKNOWN'] });
    expect(tinh({ initiative: 'SK cấp toàn quốc' }).status).toBe('eligible');
    expect(tinh({ award: 'CSTĐ tỉnh', initiative: 'Không' }).codes).toContain('INITIATIVE_NONE');
  });
});

describe('CSTĐ tỉnh: votes ≥ 90 % when votes exist', () => {
  const vote = (votesFor: number, total: number) => votes(['THCS Đầm Hà', 'Đào Văn Tám', 'CSTĐ tỉnh', votesFor, total]);
  test('exactly at the threshold passes: 9/10 and 18/20', () => {
    expect(tinh({}, vote(9, 10)).status).toBe('eligible');
    expect(tinh({}, vote(18, 20)).status).toBe('eligible');
  });
  test('just below fails: 17/20', () => {
    const r = tinh({}, vote(17, 20));
    expect(r).toMatchObject({ status: 'ineligible', codes: ['VOTES_BELOW'] });
    expect(r.reasons[0]!.message).toBe('Đề nghị khen thưởng!B2: Số phiếu đồng ý 17/20 (85 %), chưa đạt ngưỡng từ 90 % (Suy tôn!D2).');
  });
  test('votes exist for others but not for this person → review', () => {
    const r = tinh({}, votes(['THCS Đầm Hà', 'Người Khác', 'CSTĐ tỉnh', 10, 10]));
    expect(r).toMatchObject({ status: 'review', codes: ['VOTES_MISSING'] });
  });
  test('no person votes at all: the condition does not apply', () => {
    expect(tinh({}).status).toBe('eligible');
  });
  test('a vote row without a title applies to every title of the person', () => {
    expect(tinh({}, votes(['THCS Đầm Hà', 'Đào Văn Tám', null, 17, 20])).codes).toEqual(['VOTES_BELOW']);
  });
  test('the threshold is a parameter', () => {
    const { res } = one(base, params({ personVoteThreshold: { ratio: 0.8, strict: false } }), [vote(17, 20)]);
    expect(resultOf(res, 'Đào Văn Tám', 'CSTD_TINH').status).toBe('eligible');
  });
});
