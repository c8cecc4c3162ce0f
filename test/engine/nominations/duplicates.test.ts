import { book, individuals, person, resultOf, run, sheet } from './support';

describe('person identity and duplicates (SPEC §3.6)', () => {
  test('a row typed twice: a warning and both nominations to review', () => {
    const res = run(book(individuals([person({ name: 'Lưu Văn Bình' }, 1), person({ name: 'Lưu Văn Bình' }, 2)])));
    expect(res.findings.filter((f) => f.code.startsWith('NOMINATION_DUP'))).toEqual([
      { code: 'NOMINATION_DUPLICATE_ROW', severity: 'warning', sheet: 'Đề nghị khen thưởng', cell: 'B3', params: { name: 'Lưu Văn Bình', row: 2, sheet: 'Đề nghị khen thưởng' } },
    ]);
    expect(res.nominations.map((n) => [n.row, n.status, n.reasons.map((r) => r.code)])).toEqual([
      [2, 'review', ['DUPLICATE_NOMINATION']],
      [3, 'review', ['DUPLICATE_NOMINATION']],
    ]);
  });

  test('the same person in two rows with other titles: a warning, no shared-title reason', () => {
    const res = run(book(individuals([person({ name: 'Hà Văn Lộc', award: 'LĐTT' }), person({ name: 'Hà Văn Lộc', award: 'Giấy khen', rating: 'HTXSNV' })])));
    expect(res.findings.map((f) => f.code)).toEqual(['NOMINATION_DUPLICATE_PERSON']);
    expect(res.nominations.every((n) => n.status === 'eligible')).toBe(true);
  });

  test('same name and unit but another date of birth: two people (info)', () => {
    const res = run(book(individuals([person({ name: 'Nguyễn Văn An', birth: '01/01/1980' }), person({ name: 'Nguyễn Văn An', birth: '02/02/1990' })])));
    expect(res.findings.map((f) => [f.code, f.severity])).toEqual([['NOMINATION_SAME_NAME', 'info']]);
    expect(res.nominations.map((n) => n.status)).toEqual(['eligible', 'eligible']);
  });

  test('Mã định danh identifies a person across name spellings; one code for two names is flagged', () => {
    const rows = [
      ['Mã định danh', 'Họ và tên', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại'],
      ['CB001', 'Nguyễn Văn An', 'THCS A', 'LĐTT', 'HTTNV'],
      ['cb 001', 'Nguyen Van An', 'THCS B', 'LĐTT', 'HTTNV'],
      ['CB001', 'Trần Văn Bình', 'THCS A', 'Giấy khen', 'HTTNV'],
    ];
    const res = run(book(sheet('Đề nghị khen thưởng', rows)));
    expect(res.findings.map((f) => [f.code, f.cell])).toEqual([
      ['NOMINATION_DUPLICATE_PERSON', 'B3'],
      ['NOMINATION_DUPLICATE_PERSON', 'B4'],
      ['NOMINATION_ID_CONFLICT', 'B4'],
    ]);
    expect(resultOf(res, 'Nguyen Van An', 'LDTT').reasons.map((r) => r.code)).toEqual(['DUPLICATE_NOMINATION']);
    expect(resultOf(res, 'Trần Văn Bình', 'GIAY_KHEN').status).toBe('eligible');
  });

  test('same name in several units: only a second row of one of those units is a homonym', () => {
    const rows = [
      ['Họ và tên', 'Ngày sinh', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại'],
      ['Lê Văn Tư', '01/01/1980', 'THCS A', 'LĐTT', 'HTTNV'],
      ['Lê Văn Tư', '01/01/1981', 'THCS B', 'LĐTT', 'HTTNV'],
      ['Lê Văn Tư', '01/01/1982', 'THCS C', 'LĐTT', 'HTTNV'],
      ['Lê Văn Tư', '01/01/1983', 'Trường THCS B', 'LĐTT', 'HTTNV'],
      ['Lê Văn Tư', '01/01/1984', 'THCS C', 'LĐTT', 'HTTNV'],
    ];
    const res = run(book(sheet('Đề nghị khen thưởng', rows)));
    expect(res.findings.map((f) => [f.code, f.cell, f.params.row])).toEqual([
      ['NOMINATION_SAME_NAME', 'A5', 3],
      ['NOMINATION_SAME_NAME', 'A6', 4],
    ]);
  });

  test('a person found among the homonyms of a name and unit, whatever the spelling of the unit', () => {
    const rows = [
      ['Họ và tên', 'Ngày sinh', 'Đơn vị', 'Danh hiệu đề nghị', 'Xếp loại'],
      ['Lê Văn Tư', '01/01/1980', 'THCS A', 'LĐTT', 'HTTNV'],
      ['Lê Văn Tư', '02/02/1990', 'THCS A', 'LĐTT', 'HTTNV'],
      ['Lê Văn Tư', '01/01/1980', 'THCS B', 'LĐTT', 'HTTNV'],
      ['Le Van Tu', '02/02/1990', 'Trường THCS A', 'Giấy khen', 'HTTNV'],
      ['Lê Văn Tư', '01/01/1980', 'THCS A', 'Giấy khen', 'HTTNV'],
    ];
    const res = run(book(sheet('Đề nghị khen thưởng', rows)));
    expect(res.findings.map((f) => [f.code, f.cell, f.params.row])).toEqual([
      ['NOMINATION_DUPLICATE_PERSON', 'A6', 2],
      ['NOMINATION_DUPLICATE_PERSON', 'A5', 3],
      ['NOMINATION_SAME_NAME', 'A3', 2],
      ['NOMINATION_SAME_NAME', 'A5', 2],
    ]);
  });
});
