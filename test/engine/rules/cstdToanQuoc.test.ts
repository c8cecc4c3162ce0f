/**
 * CSTĐ toàn quốc (Điều 21 Luật TĐKT 2022): CSTĐ tỉnh in the two periods before this one, or in this one
 * and the previous; an initiative at toàn quốc level; votes ≥ 90 %.
 */
import type { PersonSpec } from '../nominations/support';
import { colleagues, one, params, person, resultOf, votes } from '../nominations/support';

const base: PersonSpec = { name: 'Lê Thị Hằng', award: 'CSTĐ toàn quốc', rating: 'HTXSNV', initiative: 'Mô hình trường học (cấp toàn quốc)', title1: 'CSTĐ cấp tỉnh', title2: 'CSTĐ tỉnh' };

const tq = (spec: PersonSpec) => {
  const { res } = one({ ...base, ...spec });
  const r = resultOf(res, 'Lê Thị Hằng', 'CSTD_TOANQUOC');
  return { status: r.status, codes: r.reasons.map((x) => x.code) };
};

describe('CSTĐ toàn quốc', () => {
  test('pass: CSTĐ tỉnh in the two previous periods', () => {
    expect(tq({}).status).toBe('eligible');
  });
  test('pass: CSTĐ tỉnh decided this period (eligible here) and in the previous one', () => {
    const cstdTinhNow: PersonSpec = { award: 'CSTĐCS, CSTĐ tỉnh, CSTĐ toàn quốc', title1: 'CSTĐ tỉnh', title2: 'CSTĐCS', history: 'CSTĐCS 2022' };
    expect(tq(cstdTinhNow).status).toBe('eligible');
  });
  test('review: this period\'s CSTĐ tỉnh is still under review and the earlier period is not CSTĐ tỉnh', () => {
    const { res } = one({ ...base, award: 'CSTĐCS, CSTĐ tỉnh, CSTĐ toàn quốc', title2: 'CSTĐCS', history: 'CSTĐCS 2022' }, params(), [votes(['THCS Đầm Hà', 'Người Khác', 'CSTĐ tỉnh', 10, 10])]);
    // Votes exist but none for this person: CSTĐ tỉnh and toàn quốc both wait for the council.
    expect(resultOf(res, 'Lê Thị Hằng', 'CSTD_TINH').reasons.map((r) => r.code)).toEqual(['VOTES_MISSING']);
    expect(resultOf(res, 'Lê Thị Hằng', 'CSTD_TOANQUOC').reasons.map((r) => r.code)).toEqual(['REQUIRES_AWARD_PENDING', 'VOTES_MISSING']);
  });
  test('fail: only CSTĐCS the period before', () => {
    expect(tq({ title1: 'CSTĐCS' })).toMatchObject({ status: 'ineligible', codes: ['HISTORY_NOT_MET'] });
  });
  test('missing history → review', () => {
    expect(tq({ title2: null })).toMatchObject({ status: 'review', codes: ['HISTORY_MISSING'] });
  });
  test('initiative below toàn quốc → ineligible', () => {
    expect(tq({ initiative: 'SK cấp tỉnh' })).toMatchObject({ status: 'ineligible', codes: ['INITIATIVE_LEVEL_LOW'] });
  });
  test('votes below 90 % → ineligible', () => {
    const { res } = one(base, params(), [votes(['THCS Đầm Hà', 'Lê Thị Hằng', 'CSTĐ toàn quốc', 26, 30])]);
    expect(resultOf(res, 'Lê Thị Hằng', 'CSTD_TOANQUOC').reasons.map((r) => r.code)).toEqual(['VOTES_BELOW']);
  });
  test('not counted twice in the quota base although nominated twice in one cell', () => {
    const { res } = one({ ...base, award: 'CSTĐCS, CSTĐ toàn quốc' }, params(), [], [...colleagues(5), person({ name: 'Lê Văn Hai' }, 8)]);
    expect(res.quotas).toEqual([{ scope: 'THCS Đầm Hà', award: 'CSTDCS', base: 7, limit: 1, count: 1, ok: true }]);
  });
});
