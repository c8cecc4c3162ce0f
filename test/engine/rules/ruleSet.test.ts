/** The default rule set as data: sources, parameters, evaluation order, what it can emit; a new set reuses the checks. */
import { DEFAULT_PARAMS } from '../../../src/engine/settings/params';
import { LUAT_TDKT_2022 } from '../../../src/engine/rules/luatTdkt2022';
import { CHECKS } from '../../../src/engine/rules/checks';
import { emittableCodes, evaluationLayers, ruleFor, statusOf } from '../../../src/engine/rules/evaluate';
import type { RuleSet } from '../../../src/engine/rules/types';
import { R } from '../../../src/engine/rules/reasonCodes';
import { ALL_AWARDS } from '../../../src/engine/nominations/vocab/awards';
import { nominationsMessages } from '../../../src/engine/findings/catalog/nominations';
import { allMessages } from '../../../src/engine/findings/messages';
import { workbookMessages } from '../../../src/engine/findings/catalog/workbook';
import { blocMessages } from '../../../src/engine/findings/catalog/bloc';
import { outputMessages } from '../../../src/engine/findings/catalog/output';
import { mergeMessages } from '../../../src/engine/findings/catalog/merge';
import { notesMessages } from '../../../src/engine/findings/catalog/notes';
import { FindingSink } from '../../../src/engine/findings/types';
import { analyzeNominations } from '../../../src/engine/nominations/analyzeNominations';
import { book, colleagues, individuals, params, person } from '../nominations/support';

describe('Luật TĐKT 2022 (mặc định)', () => {
  test('has its name and a rule for every award of SPEC §3.8', () => {
    expect(LUAT_TDKT_2022.name).toBe('Luật TĐKT 2022 (mặc định)');
    for (const a of ALL_AWARDS) expect(ruleFor(LUAT_TDKT_2022, a)).toBeDefined();
  });

  test('every rule and condition quotes its source: the instrument and the article', () => {
    for (const rule of LUAT_TDKT_2022.rules) {
      expect(rule.source).toMatch(/Điều \d+|Nghị định \d+\/\d{4}\/NĐ-CP/);
      for (const c of rule.conditions) {
        expect(c.source).toMatch(/(Điều \d+|Nghị định \d+\/\d{4}\/NĐ-CP|Thông tư \d+\/\d{4}\/TT-BNV)/);
        expect(c.source).toMatch(/Luật Thi đua, khen thưởng 2022|Nghị định|Thông tư/);
      }
    }
    for (const q of LUAT_TDKT_2022.quotas) expect(q.source).toContain('15 %');
  });

  test('every parameter a condition reads is a §6 parameter', () => {
    for (const rule of LUAT_TDKT_2022.rules) for (const c of rule.conditions) for (const p of c.params) expect(DEFAULT_PARAMS).toHaveProperty(p);
    for (const q of LUAT_TDKT_2022.quotas) for (const p of q.params) expect(DEFAULT_PARAMS).toHaveProperty(p);
  });

  test('every condition has a check for its subject', () => {
    for (const rule of LUAT_TDKT_2022.rules) for (const c of rule.conditions) expect(CHECKS[c.code].subject).toBe(rule.subject);
  });

  test('awards are evaluated after those they read: CSTĐCS, then CSTĐ tỉnh, then CSTĐ toàn quốc', () => {
    const layers = evaluationLayers(LUAT_TDKT_2022);
    const depth = (a: string) => layers.findIndex((l) => l.includes(a as never));
    expect(depth('CSTDCS')).toBe(0);
    expect(depth('CSTD_TINH')).toBe(1);
    expect(depth('CSTD_TOANQUOC')).toBe(2);
    expect(depth('TTLDTT')).toBe(-1); // collectives are not layered
  });

  test('what it can emit, each code with a vi and an en message', () => {
    const codes = emittableCodes(LUAT_TDKT_2022);
    expect(codes.has(R.QUOTA_EXCEEDED)).toBe(true);
    expect(codes.has(R.NO_RULE)).toBe(false);
    for (const code of codes) {
      expect(nominationsMessages[code]).toBeDefined();
      expect(typeof nominationsMessages[code]!.vi({})).toBe('string');
      expect(typeof nominationsMessages[code]!.en({})).toBe('string');
    }
  });

  test('no code of this catalog is also defined by another domain (they are merged by code)', () => {
    const others = [workbookMessages, blocMessages, outputMessages, mergeMessages, notesMessages];
    for (const code of Object.keys(nominationsMessages)) {
      for (const o of others) expect(Object.prototype.hasOwnProperty.call(o, code)).toBe(false);
      expect(allMessages[code]).toBe(nominationsMessages[code]);
    }
  });

  test('statusOf: ineligible wins, any reason left is review, none is eligible', () => {
    expect(statusOf([{ status: 'review' }, { status: 'ineligible' }])).toBe('ineligible');
    expect(statusOf([{ status: 'review' }])).toBe('review');
    expect(statusOf([])).toBe('eligible');
  });
});

describe('a new regulation is a new rule set, not a rewrite', () => {
  const stricter: RuleSet = {
    id: 'vi-du-tinh-2025',
    name: 'Quy định của tỉnh (ví dụ)',
    quotas: [],
    rules: [
      {
        award: 'LDTT',
        subject: 'individual',
        source: 'Quyết định ví dụ, Điều 5',
        conditions: [
          { code: 'RATING_AT_LEAST', args: { min: 'HTXSNV' }, params: [], source: 'Quyết định ví dụ, Điều 5 khoản 1' },
          { code: 'MAX_LEAVE', params: ['maxLeaveDays', 'leaveSeverity'], source: 'Quyết định ví dụ, Điều 5 khoản 2' },
        ],
      },
    ],
  };

  test('the same checks, other data', () => {
    const sink = new FindingSink();
    const snap = book(individuals([person({ name: 'A', rating: 'HTTNV', award: 'LĐTT, CSTĐCS' }), ...colleagues(6)]));
    const res = analyzeNominations(snap, params(), [], sink, { claimed: new Set(), lang: 'vi', ruleSet: stricter });
    const a = res.nominations.filter((n) => n.name === 'A');
    expect(a.map((n) => [n.award, n.status, n.reasons.map((r) => [r.code, r.source])])).toEqual([
      ['LDTT', 'ineligible', [['RATING_BELOW', 'Quyết định ví dụ, Điều 5 khoản 1']]],
      ['CSTDCS', 'review', [['NO_RULE', undefined]]],
    ]);
    expect(res.quotas).toEqual([]);
    expect(emittableCodes(stricter).has(R.NO_RULE)).toBe(true);
  });
});
