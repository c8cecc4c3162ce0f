/** Person rows of the votes sheet (SPEC §3.5). */
import { book, colleagues, individuals, person, resultOf, run, sheet, votes } from './support';

const nominee = person({ name: 'Đào Văn Tám', award: 'CSTĐCS, CSTĐ tỉnh', rating: 'HTXSNV', initiative: 'SK cấp tỉnh', title1: 'CSTĐCS', title2: 'CSTĐCS' });

describe('person votes', () => {
  test('matched by name and unit, any spelling; the vote share is on the result', () => {
    const res = run(book(individuals([nominee, ...colleagues(6)]), votes(['Trường THCS Đầm Hà', 'ĐÀO VĂN TÁM', 'Chiến sĩ thi đua cấp tỉnh', 14, 15])));
    const r = resultOf(res, 'Đào Văn Tám', 'CSTD_TINH');
    expect(r.status).toBe('eligible');
    expect(r.voteShare).toBeCloseTo(14 / 15);
  });

  test('a vote of another unit\'s namesake does not count', () => {
    const res = run(book(individuals([nominee, ...colleagues(6)]), votes(['THCS Quảng Tân', 'Đào Văn Tám', 'CSTĐ tỉnh', 14, 15])));
    expect(resultOf(res, 'Đào Văn Tám', 'CSTD_TINH').reasons.map((x) => x.code)).toEqual(['VOTES_MISSING']);
    expect(res.findings).toContainEqual({ code: 'VOTE_PERSON_UNMATCHED', severity: 'warning', sheet: 'Suy tôn', cell: 'D2', params: { name: 'Đào Văn Tám', unit: 'THCS Quảng Tân' } });
  });

  test('invalid rows are reported and not used; unit rows (no name) are left to the bloc stage', () => {
    const res = run(
      book(
        individuals([nominee, ...colleagues(6)]),
        votes(
          ['THCS Đầm Hà', null, 'Cờ thi đua', 10, 15],
          ['THCS Đầm Hà', 'Đào Văn Tám', 'CSTĐ tỉnh', 16, 15],
          ['THCS Đầm Hà', 'Đào Văn Tám', 'CSTĐ tỉnh', null, 15],
          ['THCS Đầm Hà', 'Đào Văn Tám', 'Huy chương', 15, 15],
        ),
      ),
    );
    expect(res.findings.filter((f) => f.code === 'VOTE_ROW_INVALID').map((f) => f.cell)).toEqual(['D3', 'D4', 'C5']);
    expect(resultOf(res, 'Đào Văn Tám', 'CSTD_TINH').status).toBe('eligible'); // no usable person vote at all
  });

  test('"Số thành viên" is accepted for the total, "8,5"-style text numbers are read', () => {
    const s = sheet('Kết quả bỏ phiếu', [
      ['Họ và tên', 'Đơn vị', 'Danh hiệu', 'Số phiếu đồng ý', 'Số thành viên'],
      ['Đào Văn Tám', 'THCS Đầm Hà', 'CSTĐ tỉnh', '9', '10'],
    ]);
    const res = run(book(individuals([nominee, ...colleagues(6)]), s));
    expect(resultOf(res, 'Đào Văn Tám', 'CSTD_TINH').voteShare).toBe(0.9);
    expect(resultOf(res, 'Đào Văn Tám', 'CSTD_TINH').status).toBe('eligible');
  });
});
