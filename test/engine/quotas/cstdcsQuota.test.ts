/** The CSTĐCS quota: roundQuota(Tỷ lệ CSTĐCS × LĐTT base) per unit or over the whole list (SPEC §4.4, §6). */
import { quotaLimit, WHOLE_LIST_SCOPE } from '../../../src/engine/quotas/cstdcsQuota';
import { applyQuota, type BaseMember, type QuotaCandidate } from './keyedQuota';
import { analyzeNominations } from '../../../src/engine/nominations/analyzeNominations';
import { FindingSink } from '../../../src/engine/findings/types';
import { LUAT_TDKT_2022 } from '../../../src/engine/rules/luatTdkt2022';
import type { RuleSet } from '../../../src/engine/rules/types';
import type { CellValue } from '../../../src/workbook/snapshot';
import { book, colleagues, individuals, params, person, resultOf, run, votes } from '../nominations/support';

/** Member `i` of a scope's list: one person number per scope and index. */
const personNo = (scope: string, i: number): number => scope.charCodeAt(0) * 1000 + i;
const members = (n: number, scope = 'a', status: BaseMember['status'] = 'eligible'): BaseMember[] =>
  Array.from({ length: n }, (_, i) => ({ person: personNo(scope, i), scopeKey: scope, scopeName: scope.toUpperCase(), status }));
const candidate = (id: number, status: QuotaCandidate['status'] = 'eligible', voteShare?: number, scope = 'a'): QuotaCandidate => ({
  id,
  scopeKey: scope,
  scopeName: scope.toUpperCase(),
  status,
  ...(voteShare !== undefined ? { voteShare } : {}),
});

describe('quotaLimit', () => {
  test('15 % of 14 = 2.1 → 2 (rounding down)', () => expect(quotaLimit(14, params())).toBe(2));
  test('15 % of 20 = 3 exactly, no float noise', () => expect(quotaLimit(20, params())).toBe(3));
  test('15 % of 6 = 0.9 → 0', () => expect(quotaLimit(6, params())).toBe(0));
  test('the rounding parameter: nearest and up', () => {
    expect(quotaLimit(14, params({ rounding: 'nearest' }))).toBe(2);
    expect(quotaLimit(17, params({ rounding: 'nearest' }))).toBe(3); // 2.55
    expect(quotaLimit(14, params({ rounding: 'up' }))).toBe(3);
  });
  test('the rate parameter', () => expect(quotaLimit(14, params({ cstdcsRate: 0.2 }))).toBe(2));
});

describe('applyQuota', () => {
  test('exactly at the limit is ok', () => {
    const r = applyQuota('CSTDCS', members(14), [candidate(0), candidate(1)], params());
    expect(r.quotas).toEqual([{ scope: 'A', award: 'CSTDCS', base: 14, limit: 2, count: 2, ok: true }]);
    expect(r.cuts).toEqual([]);
  });
  test('over the limit: every eligible candidate of the scope goes to review; others are not counted', () => {
    const r = applyQuota('CSTDCS', members(14), [candidate(0), candidate(1), candidate(2), candidate(3, 'ineligible'), candidate(4, 'review')], params());
    expect(r.quotas[0]).toMatchObject({ count: 3, limit: 2, ok: false });
    expect(r.cuts.map((c) => c.id)).toEqual([0, 1, 2]);
  });
  test('ordered by vote share when votes exist; equal shares share a place; the add-in never picks', () => {
    const r = applyQuota('CSTDCS', members(7), [candidate(0, 'eligible', 0.8), candidate(1, 'eligible', 0.95), candidate(2, 'eligible', 0.8), candidate(3)], params());
    expect(r.cuts.map((c) => [c.id, c.voteRank, c.voted])).toEqual([
      [0, 2, 3],
      [1, 1, 3],
      [2, 2, 3],
      [3, undefined, undefined],
    ]);
  });
  test('the base counts distinct people meeting the LĐTT conditions; review ones make it uncertain', () => {
    const base = [...members(7), { person: personNo('a', 0), scopeKey: 'a', scopeName: 'A', status: 'eligible' as const }, ...members(2, 'a', 'review').map((m, i) => ({ ...m, person: personNo('r', i) }))];
    const r = applyQuota('CSTDCS', base, [candidate(0)], params());
    expect(r.quotas[0]).toMatchObject({ base: 7, limit: 1 });
    expect(r.uncertain).toEqual([{ scope: 'A', count: 2 }]);
  });
  test('a person in two scopes counts once in each, whatever the order of the rows; ineligible members do not count', () => {
    const m = (person: number, scope: string, status: BaseMember['status'] = 'eligible'): BaseMember => ({ person, scopeKey: scope, scopeName: scope.toUpperCase(), status });
    const base = [m(1, 'a'), m(1, 'b'), m(1, 'a'), m(2, 'a', 'review'), m(2, 'b'), m(3, 'a', 'ineligible'), m(4, 'b', 'review'), m(4, 'b', 'review')];
    const r = applyQuota('CSTDCS', base, [candidate(0, 'eligible', undefined, 'b'), candidate(1, 'review', undefined, 'a')], params());
    expect(r.quotas.map((q) => [q.scope, q.base, q.count])).toEqual([
      ['B', 2, 1],
      ['A', 1, 0],
    ]);
    expect(r.uncertain).toEqual([
      { scope: 'B', count: 1 },
      { scope: 'A', count: 1 },
    ]);
  });
  test('one quota result per scope with candidates', () => {
    const r = applyQuota('CSTDCS', [...members(7, 'a'), ...members(3, 'b')], [candidate(0, 'eligible', undefined, 'a'), candidate(1, 'eligible', undefined, 'b')], params());
    expect(r.quotas.map((q) => [q.scope, q.limit, q.ok])).toEqual([
      ['A', 1, true],
      ['B', 0, false],
    ]);
  });
});

describe('the quota in the analysis', () => {
  const cstdcs = (name: string, unitName = 'THCS Đầm Hà'): CellValue[] => person({ name, unit: unitName, award: 'CSTĐCS', rating: 'HTXSNV', initiative: 'SK cấp cơ sở' });

  test('7 people in the unit → 1 place: exactly at the limit', () => {
    const res = run(book(individuals([cstdcs('Phạm Thị Lan'), ...colleagues(6)])));
    expect(res.quotas).toEqual([{ scope: 'THCS Đầm Hà', award: 'CSTDCS', base: 7, limit: 1, count: 1, ok: true }]);
    expect(resultOf(res, 'Phạm Thị Lan', 'CSTDCS').status).toBe('eligible');
  });

  test('over the quota → review QUOTA_EXCEEDED, ordered by vote share, each message says the numbers', () => {
    const res = run(
      book(
        individuals([cstdcs('Ngô Thị Hạnh'), cstdcs('Đặng Văn Phúc'), ...colleagues(5)]),
        votes(['THCS Đầm Hà', 'Ngô Thị Hạnh', 'CSTĐCS', 12, 15], ['THCS Đầm Hà', 'Đặng Văn Phúc', 'CSTĐCS', 14, 15]),
      ),
    );
    expect(res.quotas).toEqual([{ scope: 'THCS Đầm Hà', award: 'CSTDCS', base: 7, limit: 1, count: 2, ok: false }]);
    const hanh = resultOf(res, 'Ngô Thị Hạnh', 'CSTDCS');
    expect(hanh).toMatchObject({ status: 'review', voteShare: 0.8 });
    expect(hanh.reasons[0]!.message).toBe(
      'Đề nghị khen thưởng!E2: Vượt tỷ lệ CSTĐCS của THCS Đầm Hà: 2 người đủ điều kiện, tối đa 1 (15 % × 7 LĐTT); thứ tự theo tỷ lệ phiếu: 2/2 (80 %). Hội đồng xem xét, lựa chọn.',
    );
    expect(resultOf(res, 'Đặng Văn Phúc', 'CSTDCS').reasons[0]!.message).toContain('thứ tự theo tỷ lệ phiếu: 1/2 (93,3 %)');
  });

  test('a person on two rows (CSTĐCS and LĐTT) is one person of the base, the first row counted', () => {
    const lan = person({ name: 'Phạm Thị Lan', unit: 'THCS Đầm Hà', award: 'LĐTT', rating: 'HTXSNV' });
    const res = run(book(individuals([cstdcs('Phạm Thị Lan'), ...colleagues(6), lan])));
    expect(res.findings.map((f) => f.code)).toContain('NOMINATION_DUPLICATE_PERSON');
    expect(res.quotas).toEqual([{ scope: 'THCS Đầm Hà', award: 'CSTDCS', base: 7, limit: 1, count: 1, ok: true }]);
  });

  test('14 people → 15 % × 14 = 2,1 → 2 places: 2 nominees fit, a third one sends all three to the council', () => {
    const two = run(book(individuals([cstdcs('A'), cstdcs('B'), ...colleagues(12)])));
    expect(two.quotas).toEqual([{ scope: 'THCS Đầm Hà', award: 'CSTDCS', base: 14, limit: 2, count: 2, ok: true }]);
    const three = run(book(individuals([cstdcs('A'), cstdcs('B'), cstdcs('C'), ...colleagues(11)])));
    expect(three.quotas).toEqual([{ scope: 'THCS Đầm Hà', award: 'CSTDCS', base: 14, limit: 2, count: 3, ok: false }]);
    expect(three.nominations.filter((n) => n.award === 'CSTDCS').map((n) => n.status)).toEqual(['review', 'review', 'review']);
  });

  test('units are matched across spellings ("Trường THCS Đầm Hà" = "THCS Đầm Hà")', () => {
    const res = run(book(individuals([cstdcs('A', 'Trường THCS Đầm Hà'), ...colleagues(6, 'THCS ĐẦM HÀ')])));
    expect(res.quotas).toEqual([{ scope: 'Trường THCS Đầm Hà', award: 'CSTDCS', base: 7, limit: 1, count: 1, ok: true }]);
  });

  test('whole-list scope', () => {
    const res = run(book(individuals([cstdcs('A', 'THCS X'), ...colleagues(3, 'THCS Y'), ...colleagues(3, 'THCS Z')])), params({ quotaScope: 'list' }));
    expect(res.quotas).toEqual([{ scope: WHOLE_LIST_SCOPE, award: 'CSTDCS', base: 7, limit: 1, count: 1, ok: true }]);
  });

  test('people not meeting the LĐTT conditions are not in the base; under review → info', () => {
    const res = run(book(individuals([cstdcs('A'), ...colleagues(6), person({ name: 'Kỷ Luật', discipline: 'Khiển trách' }), person({ name: 'Chưa Xếp', rating: null })])));
    expect(res.quotas[0]).toMatchObject({ base: 7, limit: 1 });
    expect(res.findings).toContainEqual({ code: 'QUOTA_BASE_UNCERTAIN', severity: 'info', params: { scope: 'THCS Đầm Hà', count: 1, award: 'CSTDCS' } });
  });

  test('a rule set whose base leaves out the capped title: a unit with candidates only has base 0, limit 0', () => {
    const set: RuleSet = { ...LUAT_TDKT_2022, quotas: LUAT_TDKT_2022.quotas.map((q) => ({ ...q, baseAwards: ['LDTT'] })) };
    const sink = new FindingSink();
    const res = analyzeNominations(book(individuals([cstdcs('A', 'THCS X'), ...colleagues(7, 'THCS Y')])), params(), [], sink, { claimed: new Set(), lang: 'vi', ruleSet: set });
    expect(res.quotas).toEqual([{ scope: 'THCS X', award: 'CSTDCS', base: 0, limit: 0, count: 1, ok: false }]);
    expect(res.nominations.find((n) => n.name === 'A' && n.award === 'CSTDCS')!.status).toBe('review');
  });

  test('rows without a unit are outside the per-unit quota (and flagged UNIT_MISSING)', () => {
    const res = run(book(individuals([cstdcs('A', '')])));
    expect(res.quotas).toEqual([]);
    expect(resultOf(res, 'A', 'CSTDCS').reasons.map((r) => r.code)).toEqual(['UNIT_MISSING']);
  });
});
