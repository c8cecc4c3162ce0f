/** Judging once per combination of readings: the same reasons as row by row, each naming its own row's cells. */
import type { CellValue } from '../../../src/workbook/snapshot';
import type { Located, PersonRow } from '../../../src/engine/nominations/types';
import type { AwardRule, RuleContext } from '../../../src/engine/rules/types';
import { evaluateIndividual, ruleFor, statusOf } from '../../../src/engine/rules/evaluate';
import { ReadingIds, readsOwnFieldsOnly, RuleJudge } from '../../../src/engine/rules/judgements';
import { CHECKS } from '../../../src/engine/rules/checks';
import { LUAT_TDKT_2022 } from '../../../src/engine/rules/luatTdkt2022';
import { parseDiscipline, parseRating } from '../../../src/engine/nominations/vocab/ratings';
import { parseInitiative } from '../../../src/engine/nominations/vocab/initiatives';
import { readLeave, readService } from '../../../src/engine/nominations/personFields';
import { book, individuals, params, person, run } from '../nominations/support';

interface Row {
  rating?: string;
  discipline?: string;
  leave?: CellValue;
  months?: CellValue;
  initiative?: CellValue;
}

const at = <T>(read: T, cell: string | null): Located<T> => ({ read, cell });

/** A person row with its own readings, named cells on row `r` (the rating column absent when asked). */
function row(spec: Row, r: number, noRatingColumn = false): PersonRow {
  return {
    nameCell: `B${r}`,
    awardCell: `E${r}`,
    rating: at(parseRating(spec.rating ?? 'HTTNV'), noRatingColumn ? null : `F${r}`),
    discipline: at(parseDiscipline(spec.discipline ?? ''), `J${r}`),
    leave: at(readLeave(spec.leave ?? null, ''), `H${r}`),
    service: at(readService(spec.months ?? null, null, null), `K${r}`),
    initiative: at(parseInitiative(spec.initiative ?? null), `G${r}`),
  } as unknown as PersonRow;
}

const ctx: RuleContext = { params: params(), frame: null, personVotesExist: false, votes: [], peer: () => null, blocs: [] };
const rule = (award: 'LDTT' | 'CSTDCS' | 'CSTD_TINH' | 'BK_TINH'): AwardRule => ruleFor(LUAT_TDKT_2022, award)!;

describe('readsOwnFieldsOnly', () => {
  test('LĐTT, CSTĐCS, Giấy khen read the person’s own fields; titles reading history, peers or votes do not', () => {
    expect(readsOwnFieldsOnly(rule('LDTT'))).toBe(true);
    expect(readsOwnFieldsOnly(rule('CSTDCS'))).toBe(true);
    expect(readsOwnFieldsOnly(ruleFor(LUAT_TDKT_2022, 'GIAY_KHEN')!)).toBe(true);
    expect(readsOwnFieldsOnly(rule('CSTD_TINH'))).toBe(false);
    expect(readsOwnFieldsOnly(rule('BK_TINH'))).toBe(false);
  });
});

describe('ReadingIds', () => {
  test('rows with the same readings share an id; a different reading gives another', () => {
    const ids = new ReadingIds();
    const a = ids.of(row({ rating: 'HTNV' }, 2));
    expect(ids.of(row({ rating: 'HTNV' }, 3))).toBe(a);
    expect(ids.of(row({ rating: 'HTXSNV' }, 4))).not.toBe(a);
    expect(ids.size).toBe(2);
  });

  test('leave days and months of service (read per row) are keyed by their values', () => {
    const ids = new ReadingIds();
    const a = ids.of(row({ leave: 45, months: 5 }, 2));
    expect(ids.of(row({ leave: 45, months: 5 }, 3))).toBe(a);
    expect(ids.of(row({ leave: 46, months: 5 }, 4))).not.toBe(a);
    expect(ids.of(row({ leave: 45, months: 6 }, 5))).not.toBe(a);
    expect(ids.ofAll([row({ leave: 45, months: 5 }, 6), row({}, 7)])[0]).toBe(a);
  });

  test("ofAll: each row's id by row index, rows with the same readings sharing one", () => {
    const rows = [row({ rating: 'HTNV' }, 2), row({}, 3), row({ rating: 'HTNV' }, 4), row({ leave: 50 }, 5), row({}, 6)];
    const ids = new ReadingIds();
    expect([...ids.ofAll(rows)]).toEqual([0, 1, 0, 2, 1]);
    expect(ids.size).toBe(3);
  });

  test('a value and a flag never add up to the same key: fractional days, maternity or not; months typed or from the hire date', () => {
    const ids = new ReadingIds();
    const withLeave = (days: number, maternity: boolean): PersonRow => ({ ...row({}, 2), leave: at({ kind: 'days', days, maternity }, 'H2') }) as PersonRow;
    const withService = (months: number, from: 'months' | 'hireDate'): PersonRow => ({ ...row({}, 2), service: at({ kind: 'months', months, from }, 'K2') }) as PersonRow;
    expect(ids.of(withLeave(10.5, true))).not.toBe(ids.of(withLeave(11, false)));
    expect(ids.of(withLeave(-3, false))).not.toBe(ids.of(withLeave(2, true)));
    expect(ids.of(withService(7.5, 'months'))).not.toBe(ids.of(withService(7, 'hireDate')));
    expect(ids.of(withLeave(10.5, true))).toBe(ids.of(withLeave(10.5, true)));
  });
});

describe('Judgements', () => {
  const cases: Row[] = [{}, { rating: 'HTNV' }, { rating: '' }, { rating: 'Tốt', discipline: 'Nhắc nhở' }, { discipline: 'Khiển trách', leave: 60, months: 3 }, { initiative: 'Không' }, { initiative: 'SK cấp tỉnh' }];

  test.each(cases)('the judgement made on one row gives another row of the same readings its own reasons: %j', (spec) => {
    for (const award of ['LDTT', 'CSTDCS'] as const) {
      const ids = new ReadingIds();
      const first = row(spec, 2);
      const other = row(spec, 9);
      expect(ids.of(other)).toBe(ids.of(first));
      const j = new RuleJudge(rule(award)).judge(first, ctx);
      expect(j.met).toBe(evaluateIndividual(rule(award), other, ctx).length === 0);
      expect(j.outcomesOf(other)).toEqual(evaluateIndividual(rule(award), other, ctx));
      expect(j.outcomesOf(first)).toEqual(evaluateIndividual(rule(award), first, ctx));
      expect(j.statusOf(other)).toBe(statusOf(evaluateIndividual(rule(award), other, ctx)));
    }
  });

  test('a row meeting every condition gets the shared empty list', () => {
    const j = new RuleJudge(rule('LDTT')).judge(row({}, 2), ctx);
    const met = j.outcomesOf(row({}, 3));
    expect(met).toEqual([]);
    expect(Object.isFrozen(met)).toBe(true);
    expect(j.outcomesOf(row({}, 4))).toBe(met);
    expect(j.statusOf(row({}, 3))).toBe('eligible');
    expect(j.met && j.exact && j.status === 'eligible').toBe(true);
  });

  test('two conditions reporting the same missing cell report it once, as row by row', () => {
    const twice: AwardRule = {
      award: 'LDTT',
      subject: 'individual',
      source: 's',
      conditions: [
        { code: 'RATING_AT_LEAST', args: { min: 'HTTNV' }, params: [], source: 'a' },
        { code: 'RATING_AT_LEAST', args: { min: 'HTXSNV' }, params: [], source: 'b' },
      ],
    };
    const j = new RuleJudge(twice).judge(row({ rating: '' }, 2), ctx);
    const other = row({ rating: '' }, 5, true);
    expect(j.outcomesOf(other)).toEqual(evaluateIndividual(twice, other, ctx));
    expect(j.outcomesOf(other)).toHaveLength(1);
    expect(j.statusOf(other)).toBe('review');
    expect(j.exact).toBe(false);
  });
});

describe('RuleJudge', () => {
  afterEach(() => jest.restoreAllMocks());

  test('each condition runs once per distinct reading of its field; every combination gets the reasons of row by row', () => {
    const rating = jest.spyOn(CHECKS.RATING_AT_LEAST, 'run');
    const leave = jest.spyOn(CHECKS.MAX_LEAVE, 'run');
    const judge = new RuleJudge(rule('LDTT'));
    const rows = [row({ rating: 'HTNV' }, 2), row({ rating: 'HTNV', leave: 60 }, 3), row({ leave: 60 }, 4), row({}, 5), row({ rating: 'HTNV', leave: 45, months: 3 }, 6)];
    for (const p of rows) {
      const j = judge.judge(p, ctx);
      expect(j.outcomesOf(p)).toEqual(evaluateIndividual(rule('LDTT'), p, ctx));
    }
    // Row by row above ran each check once per row; the judge ran it once per distinct reading.
    const byJudge = (spy: jest.SpyInstance): number => spy.mock.calls.length - rows.length;
    expect(byJudge(rating)).toBe(2); // HTNV, HTTNV
    expect(byJudge(leave)).toBe(3); // none, 60, 45 days
  });
});

describe('through the analysis', () => {
  test('rows typed alike each name their own cells', () => {
    const res = run(book(individuals([person({ name: 'A', rating: 'HTNV' }, 1), person({ name: 'B', rating: 'HTNV' }, 2), person({ name: 'C', rating: 'HTNV', leave: 50 }, 3)])));
    const messages = res.nominations.map((n) => n.reasons.map((r) => r.message.split(':')[0]));
    expect(messages).toEqual([['Đề nghị khen thưởng!F2'], ['Đề nghị khen thưởng!F3'], ['Đề nghị khen thưởng!F4', 'Đề nghị khen thưởng!H4']]);
  });
});
