/**
 * Golden test over the example workbook's nomination sheets (`thidua template`): every row's status and
 * reasons, every status of both kinds, and exactly the reason codes the default rule set can emit.
 */
import { emittableCodes } from '../../../src/engine/rules/evaluate';
import { LUAT_TDKT_2022 } from '../../../src/engine/rules/luatTdkt2022';
import { nominationTemplateSheets, personVoteRows } from '../../../src/engine/template/nominationSheets';
import { exampleTemplateSheets } from '../../../src/engine/template';
import { templateToSnapshot } from '../../../src/engine/template/toPlans';
import { readSettings } from '../../../src/engine/settings/readSettings';
import { analyzeBlocs } from '../../../src/engine/blocs/analyzeBlocs';
import { FindingSink } from '../../../src/engine/findings/types';
import { analyzeNominations } from '../../../src/engine/nominations/analyzeNominations';
import { goldenBlocs, templateNominationSnapshot } from './goldenSupport';
import { params, run } from './support';

const res = run(templateNominationSnapshot(), params(), goldenBlocs());

const GOLDEN: [number, string, string, string, string[]][] = [
  [4, 'Phạm Thị Lan', 'CSTDCS', 'eligible', []],
  [4, 'Phạm Thị Lan', 'CSTD_TINH', 'eligible', []],
  [5, 'Nguyễn Văn Hùng', 'LDTT', 'eligible', []],
  [6, 'Trần Thị Mai', 'LDTT', 'eligible', []],
  [7, 'Lê Văn Nam', 'LDTT', 'eligible', []],
  [7, 'Lê Văn Nam', 'GIAY_KHEN', 'eligible', []],
  [8, 'Đỗ Thị Hương', 'LDTT', 'eligible', []],
  [9, 'Vũ Văn Khánh', 'LDTT', 'eligible', []],
  [10, '=Hoàng Văn Tú', 'LDTT', 'eligible', []],
  [11, 'Bùi Thị Thu', 'CSTDCS', 'ineligible', ['INITIATIVE_NONE']],
  [11, 'Bùi Thị Thu', 'CSTD_TINH', 'ineligible', ['REQUIRES_AWARD_FAILED', 'INITIATIVE_NONE', 'VOTES_MISSING']],
  [12, 'Ngô Thị Hạnh', 'CSTDCS', 'review', ['QUOTA_EXCEEDED']],
  [13, 'Đặng Văn Phúc', 'CSTDCS', 'review', ['QUOTA_EXCEEDED']],
  [13, 'Đặng Văn Phúc', 'CSTD_TINH', 'review', ['REQUIRES_AWARD_PENDING']],
  [14, 'Nguyễn Thị Ngọc', 'LDTT', 'eligible', []],
  [15, 'Hoàng Thị Loan', 'LDTT', 'ineligible', ['RATING_BELOW']],
  [16, 'Mai Văn Đức', 'LDTT', 'review', ['NOMINEE_DATA_MISSING']],
  [17, 'Lương Thị Hoa', 'LDTT', 'review', ['NOMINEE_VALUE_UNREADABLE']],
  [18, 'Tạ Văn Long', 'LDTT', 'ineligible', ['DISCIPLINED']],
  [19, 'Đinh Thị Nhung', 'LDTT', 'ineligible', ['SERVICE_TOO_SHORT']],
  [20, 'Kiều Văn Tuấn', 'LDTT', 'review', ['LEAVE_TOO_LONG']],
  [21, 'Lưu Văn Bình', 'LDTT', 'review', ['DUPLICATE_NOMINATION']],
  [22, 'Lưu Văn Bình', 'LDTT', 'review', ['DUPLICATE_NOMINATION']],
  [23, 'Tô Thị Vân', 'BK_TINH', 'eligible', []],
  [24, 'Hà Văn Lộc', 'BK_TINH', 'ineligible', ['INITIATIVE_COUNT_LOW']],
  [25, 'Châu Thị Bích', 'LDTT', 'eligible', []],
  [25, 'Châu Thị Bích', 'UNKNOWN', 'review', ['AWARD_UNKNOWN']],
  [26, 'Quách Văn Thịnh', 'CSTD_TINH', 'review', ['REQUIRES_AWARD_PENDING', 'HISTORY_MISSING', 'INITIATIVE_LEVEL_UNKNOWN', 'VOTES_MISSING']],
  [27, 'Âu Thị Kim', 'CSTD_TINH', 'ineligible', ['HISTORY_NOT_MET', 'INITIATIVE_LEVEL_LOW', 'VOTES_BELOW', 'REQUIRES_AWARD_PENDING']],
  [28, 'Lê Thị Hằng', 'CSTD_TOANQUOC', 'eligible', []],
  [29, 'Vương Văn Hải', 'BK_TTG', 'eligible', []],
  [30, 'Phùng Thị Mơ', 'BK_TTG', 'ineligible', ['PRIOR_MERIT_TOO_RECENT']],
  [31, 'Dương Thị Hồng', 'GIAY_KHEN', 'eligible', []],
  [32, 'Giáp Thị Oanh', 'TTLDTT', 'review', ['AWARD_WRONG_LIST']],
  [33, 'Khổng Văn Lâm', 'LDTT', 'review', ['UNIT_MISSING']],
  [2, 'Tổ Khoa học tự nhiên', 'TTLDXS', 'eligible', []],
  [3, 'Tổ 4-5', 'TTLDTT', 'eligible', []],
  [4, 'Tổ Toán - Tin', 'TTLDTT', 'ineligible', ['SHARE_TOO_LOW']],
  [5, 'Tổ Ngữ văn', 'TTLDTT', 'ineligible', ['MEMBERS_DISCIPLINED']],
  [6, 'Tổ Xã hội', 'TTLDXS', 'ineligible', ['COUNT_TOO_LOW']],
  [7, 'Tổ 1-2-3', 'TTLDTT', 'review', ['NOMINEE_DATA_MISSING']],
  [8, 'Trường THCS Quảng Lợi', 'TTLDTT', 'review', ['COUNT_MISMATCH']],
  [9, 'Trường THCS Đầm Hà', 'CO_TINH', 'eligible', []],
  [10, 'Trường THCS Quảng Tân', 'CO_TINH', 'ineligible', ['NOT_BLOC_LEADER']],
  [11, 'Trường TH Quảng Tân', 'CO_TINH', 'review', ['FLAG_UNDER_REVIEW']],
  [12, 'Trường Mầm non Đầm Hà', 'CO_TINH', 'review', ['UNIT_NOT_RANKED']],
  [13, 'Trường TH Đầm Hà', 'CO_CHINHPHU', 'review', ['FLAG_UNDER_REVIEW', 'GOV_FLAG_NOT_LISTED']],
];

describe('golden: the template\'s nominations', () => {
  test('every (row × title): status and reason codes', () => {
    expect(res.nominations.map((n) => [n.row, n.name, n.award, n.status, n.reasons.map((r) => r.code)])).toEqual(GOLDEN);
  });

  test('every status occurs, for individuals and for collectives', () => {
    for (const kind of ['individual', 'collective'] as const)
      expect(new Set(res.nominations.filter((n) => n.kind === kind).map((n) => n.status))).toEqual(new Set(['eligible', 'ineligible', 'review']));
  });

  test('the reason codes are exactly those the default rule set can emit', () => {
    const seen = new Set(res.nominations.flatMap((n) => n.reasons.map((r) => r.code)));
    expect([...seen].sort()).toEqual([...emittableCodes(LUAT_TDKT_2022)].sort());
  });

  test('every reason names its cell and quotes its source when a rule gave it', () => {
    for (const n of res.nominations)
      for (const r of n.reasons) {
        expect(r.message.startsWith(`${n.sheet}!${r.cell}: `)).toBe(true);
        if (!['DUPLICATE_NOMINATION', 'AWARD_UNKNOWN', 'AWARD_WRONG_LIST', 'UNIT_MISSING', 'COUNT_MISMATCH'].includes(r.code)) expect(r.source).toMatch(/Luật Thi đua, khen thưởng 2022|Nghị định/);
      }
  });

  test('quotas: one unit exactly at its limit, one over', () => {
    expect(res.quotas).toEqual([
      { scope: 'Trường THCS Đầm Hà', award: 'CSTDCS', base: 8, limit: 1, count: 1, ok: true },
      { scope: 'Trường THCS Quảng Tân', award: 'CSTDCS', base: 3, limit: 0, count: 2, ok: false },
    ]);
  });

  test('reading findings: the unclear free text, the duplicate row, the unknown title, the count mismatch', () => {
    expect(res.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['NOMINATION_HISTORY_AMBIGUOUS', 'Đề nghị khen thưởng', 'P5'],
      ['NOMINATION_DUPLICATE_ROW', 'Đề nghị khen thưởng', 'B22'],
      ['NOMINATION_AWARD_UNKNOWN', 'Đề nghị khen thưởng', 'F25'],
      ['COLLECTIVE_COUNT_MISMATCH', 'Đề nghị tập thể', 'G8'],
    ]);
  });

  test('input sheets are unchanged by the analysis', () => {
    const snap = templateNominationSnapshot();
    const before = JSON.stringify(snap);
    run(snap, params(), goldenBlocs());
    expect(JSON.stringify(snap)).toBe(before);
  });

  test('the person vote rows keep the column order the votes sheet expects', () => {
    for (const r of personVoteRows()) {
      expect(r).toHaveLength(6);
      expect(typeof r[1]).toBe('string');
      expect(typeof r[4]).toBe('number');
      expect(typeof r[5]).toBe('number');
    }
  });
});

describe('with the real bloc ranking of the example workbook', () => {
  test('flags are checked against the ranking the bloc stage computes from the template', () => {
    const mine = nominationTemplateSheets();
    const theirs = exampleTemplateSheets().filter((s) => !mine.some((m) => m.name === s.name));
    const snap = templateToSnapshot([...theirs, ...mine]);
    const sink = new FindingSink();
    const { params: p } = readSettings(snap, sink);
    const blocs = analyzeBlocs(snap, p, sink, {});
    const claimed = new Set(blocs.sheets.filter((s) => s.role !== 'unknown').map((s) => s.sheet));
    const out = analyzeNominations(snap, p, blocs.blocs, sink, { claimed, lang: 'vi' });
    const flags = out.nominations.filter((n) => n.award === 'CO_TINH' || n.award === 'CO_CHINHPHU');
    expect(flags.map((n) => [n.name, n.award, n.status, n.reasons.map((r) => r.code)])).toEqual([
      ['Trường THCS Đầm Hà', 'CO_TINH', 'eligible', []],
      ['Trường THCS Quảng Tân', 'CO_TINH', 'ineligible', ['NOT_BLOC_LEADER']],
      ['Trường TH Quảng Tân', 'CO_TINH', 'ineligible', ['NOT_BLOC_LEADER']],
      ['Trường Mầm non Đầm Hà', 'CO_TINH', 'review', ['UNIT_NOT_RANKED']],
      ['Trường TH Đầm Hà', 'CO_CHINHPHU', 'review', ['GOV_FLAG_NOT_LISTED']],
    ]);
    expect(out.sheets.map((s) => [s.sheet, s.role])).toEqual([
      ['Đề nghị khen thưởng', 'nominations'],
      ['Đề nghị tập thể', 'collectives'],
    ]);
  });
});
