import type { CellValue } from '../../../src/workbook/snapshot';
import { bloc, book, individuals, params, person, resultOf, run, sheet, unit } from './support';

const HEADER = ['Tên tập thể', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại', 'Số thành viên', 'Số LĐTT', 'Số CSTĐCS', 'Số hoàn thành nhiệm vụ trở lên', 'Số bị kỷ luật'];
const collectives = (...rows: CellValue[][]) => sheet('Đề nghị tập thể', [HEADER, ...rows]);

describe('collective counts recomputed from the individual list (SPEC §3.7)', () => {
  const people = individuals([
    person({ name: 'A', unit: 'THCS Đầm Hà' }),
    person({ name: 'B', unit: 'Trường THCS Đầm Hà' }),
    person({ name: 'C', unit: 'THCS Đầm Hà', rating: 'HTNV' }),
    person({ name: 'D', unit: 'THCS Đầm Hà', discipline: 'Cảnh cáo', award: 'Giấy khen' }),
  ]);

  test('a typed count that disagrees with the list: warning + review', () => {
    const res = run(book(people, collectives(['Trường THCS Đầm Hà', null, 'TTLĐTT', 'HTTNV', 3, 3, 0, 3, 1])));
    const r = resultOf(res, 'Trường THCS Đầm Hà', 'TTLDTT');
    expect(r.kind).toBe('collective');
    expect(r.reasons.map((x) => [x.code, x.status, x.cell])).toEqual([
      ['MEMBERS_DISCIPLINED', 'ineligible', 'I2'],
      ['COUNT_MISMATCH', 'review', 'F2'],
    ]);
    expect(r.reasons[1]!.message).toBe('Đề nghị tập thể!F2: Số LĐTT ghi 3, nhưng danh sách đề nghị cá nhân của đơn vị cho 2: cần thống nhất số liệu.');
    expect(res.findings.filter((f) => f.code === 'COLLECTIVE_COUNT_MISMATCH').map((f) => f.params.field)).toEqual(['ldtt']);
  });

  test('the list only gives a floor for the disciplined: fewer typed than listed is a mismatch', () => {
    const res = run(book(people, collectives(['THCS Đầm Hà', null, 'TTLĐTT', 'HTTNV', 3, 2, 0, 3, 0])));
    expect(resultOf(res, 'THCS Đầm Hà', 'TTLDTT').reasons.map((x) => x.code)).toEqual(['COUNT_MISMATCH']);
  });

  test('empty counts are filled from the list (info) and then checked', () => {
    const res = run(book(people, collectives(['THCS Đầm Hà', null, 'TTLĐTT', 'HTTNV', 3, null, null, 3, null])));
    expect(res.findings).toContainEqual(expect.objectContaining({ code: 'COLLECTIVE_COUNT_RECOMPUTED', params: { fields: 'ldtt, cstdcs, disciplined', name: 'THCS Đầm Hà' } }));
    expect(resultOf(res, 'THCS Đầm Hà', 'TTLDTT').reasons.map((x) => x.code)).toEqual(['MEMBERS_DISCIPLINED']);
  });

  test('a collective that is not a unit of the list (a teaching group) keeps its typed counts', () => {
    const res = run(book(people, collectives(['Tổ Toán', 'THCS Đầm Hà', 'TTLĐTT', 'HTTNV', 4, 3, 0, 4, 0])));
    expect(resultOf(res, 'Tổ Toán', 'TTLDTT').status).toBe('eligible');
    expect(res.findings.filter((f) => f.code.startsWith('COLLECTIVE'))).toEqual([]);
  });
});

test('the same collective proposed twice for one title: both rows to review', () => {
  const res = run(book(collectives(['Tổ Toán', 'X', 'TTLĐTT', 'HTTNV', 8, 5, 0, 8, 0], ['TỔ TOÁN', 'X', 'Tập thể lao động tiên tiến', 'HTTNV', 8, 5, 0, 8, 0])));
  expect(res.nominations.map((n) => [n.row, n.status, n.reasons.map((r) => r.code)])).toEqual([
    [2, 'review', ['DUPLICATE_NOMINATION']],
    [3, 'review', ['DUPLICATE_NOMINATION']],
  ]);
});

describe('TTLĐTT and TTLĐXS (SPEC §4.5)', () => {
  test.each([
    ['LĐTT 5/8 is above 50 %', ['Tổ A', 'X', 'TTLĐTT', 'HTTNV', 8, 5, 0, 8, 0], 'eligible', []],
    ['LĐTT 4/8 is exactly 50 %, not above', ['Tổ A', 'X', 'TTLĐTT', 'HTTNV', 8, 4, 0, 8, 0], 'ineligible', ['SHARE_TOO_LOW']],
    ['rating HTNV', ['Tổ A', 'X', 'TTLĐTT', 'HTNV', 8, 5, 0, 8, 0], 'ineligible', ['RATING_BELOW']],
    ['rating missing', ['Tổ A', 'X', 'TTLĐTT', null, 8, 5, 0, 8, 0], 'review', ['NOMINEE_DATA_MISSING']],
    ['members missing', ['Tổ A', 'X', 'TTLĐTT', 'HTTNV', null, 5, 0, 8, 0], 'review', ['NOMINEE_DATA_MISSING']],
    ['count unreadable', ['Tổ A', 'X', 'TTLĐTT', 'HTTNV', 8, 'năm', 0, 8, 0], 'review', ['NOMINEE_VALUE_UNREADABLE']],
    ['more LĐTT than members', ['Tổ A', 'X', 'TTLĐTT', 'HTTNV', 8, 9, 0, 8, 0], 'review', ['COUNT_MISMATCH']],
    ['a member disciplined (cảnh cáo or above)', ['Tổ A', 'X', 'TTLĐTT', 'HTTNV', 8, 5, 0, 8, 1], 'ineligible', ['MEMBERS_DISCIPLINED']],
    ['TTLĐXS: 7/10 LĐTT is exactly 70 %', ['Tổ B', 'X', 'TTLĐXS', 'HTXSNV', 10, 7, 1, 10, 0], 'eligible', []],
    ['TTLĐXS: 6/10 LĐTT', ['Tổ B', 'X', 'TTLĐXS', 'HTXSNV', 10, 6, 1, 10, 0], 'ineligible', ['SHARE_TOO_LOW']],
    ['TTLĐXS: one member below HTNV', ['Tổ B', 'X', 'TTLĐXS', 'HTXSNV', 10, 7, 1, 9, 0], 'ineligible', ['SHARE_TOO_LOW']],
    ['TTLĐXS: no CSTĐCS', ['Tổ B', 'X', 'TTLĐXS', 'HTXSNV', 10, 7, 0, 10, 0], 'ineligible', ['COUNT_TOO_LOW']],
    ['TTLĐXS: HTTNV is not HTXSNV', ['Tổ B', 'X', 'TTLĐXS', 'HTTNV', 10, 7, 1, 10, 0], 'ineligible', ['RATING_BELOW']],
    ['an individual title in the collective list', ['Tổ B', 'X', 'CSTĐCS', 'HTXSNV', 10, 7, 1, 10, 0], 'review', ['AWARD_WRONG_LIST']],
  ] as [string, CellValue[], string, string[]][])('%s', (_label, row, status, codes) => {
    const res = run(book(collectives(row)));
    expect(res.nominations).toHaveLength(1);
    expect(res.nominations[0]!.status).toBe(status);
    expect(res.nominations[0]!.reasons.map((r) => r.code)).toEqual(codes);
  });
});

describe('flags against the bloc ranking (SPEC §4.3, §4.5)', () => {
  const blocs = [
    bloc('Khối THCS', [unit('THCS Đầm Hà', 1, 'CO_TINH'), unit('THCS Quảng Tân', 2, 'BANG_KHEN'), unit('THCS Dực Yên', 3, null, 'vetoed', true)]),
    bloc('Khối Tiểu học', [unit('TH Đầm Hà', 1, null, 'review'), unit('TH Quảng Tân', 1, null, 'review')]),
  ];
  const flags = collectives(
    ['Trường THCS Đầm Hà', null, 'Cờ thi đua', 'HTXSNV', null, null, null, null, null],
    ['THCS Quảng Tân', null, 'Cờ thi đua của UBND tỉnh', 'HTXSNV', null, null, null, null, null],
    ['THCS Dực Yên', null, 'Cờ tỉnh', 'HTXSNV', null, null, null, null, null],
    ['TH Đầm Hà', null, 'Cờ thi đua', 'HTXSNV', null, null, null, null, null],
    ['Trường Mầm non A', null, 'Cờ thi đua', 'HTXSNV', null, null, null, null, null],
    ['THCS Đầm Hà', null, 'Cờ thi đua của Chính phủ', 'HTXSNV', null, null, null, null, null],
  );

  test('the flag proposal is ok; not the proposal → ineligible; tied → review; unranked → review', () => {
    const res = run(book(flags), params(), blocs);
    expect(res.nominations.map((n) => [n.name, n.award, n.status, n.reasons.map((r) => r.code)])).toEqual([
      ['Trường THCS Đầm Hà', 'CO_TINH', 'eligible', []],
      ['THCS Quảng Tân', 'CO_TINH', 'ineligible', ['NOT_BLOC_LEADER']],
      ['THCS Dực Yên', 'CO_TINH', 'ineligible', ['NOT_BLOC_LEADER']],
      ['TH Đầm Hà', 'CO_TINH', 'review', ['FLAG_UNDER_REVIEW']],
      ['Trường Mầm non A', 'CO_TINH', 'review', ['UNIT_NOT_RANKED']],
      ['THCS Đầm Hà', 'CO_CHINHPHU', 'review', ['GOV_FLAG_NOT_LISTED']],
    ]);
    expect(resultOf(res, 'THCS Dực Yên', 'CO_TINH').reasons[0]!.message).toBe(
      'Đề nghị tập thể!C4: THCS Dực Yên xếp thứ 3 trong Khối THCS, không phải đơn vị được Khối THCS đề nghị Cờ thi đua (vi phạm tiêu chí liệt).',
    );
  });

  test('Cờ Chính phủ: a listed unit that leads its bloc is eligible', () => {
    const res = run(book(flags), params({ govFlagUnits: ['Trường THCS Đầm Hà'] }), blocs);
    expect(resultOf(res, 'THCS Đầm Hà', 'CO_CHINHPHU').status).toBe('eligible');
  });

  test('Cờ Chính phủ for a unit that is not its bloc\'s proposal: ineligible even when listed', () => {
    const res = run(book(collectives(['THCS Quảng Tân', null, 'Cờ Chính phủ', 'HTXSNV', null, null, null, null, null])), params({ govFlagUnits: ['THCS Quảng Tân'] }), blocs);
    expect(res.nominations[0]!.reasons.map((r) => r.code)).toEqual(['NOT_BLOC_LEADER']);
  });

  test('without any bloc ranking the flag cannot be checked', () => {
    const res = run(book(collectives(['THCS Đầm Hà', null, 'Cờ thi đua', 'HTXSNV', null, null, null, null, null])));
    expect(res.nominations[0]!.reasons[0]!.message).toBe('Đề nghị tập thể!A2: Chưa có bảng xếp hạng khối, cụm để đối chiếu đề nghị Cờ của THCS Đầm Hà.');
  });

  test('flags do not trigger a recount of the unit\'s people', () => {
    const res = run(book(individuals([person({ unit: 'THCS Đầm Hà' })]), flags), params(), blocs);
    expect(res.findings.filter((f) => f.code.startsWith('COLLECTIVE'))).toEqual([]);
  });
});
