import { unitRead } from '../../../src/engine/nominations/unitKey';
import { parseAward, parseAwardList, titleRank } from '../../../src/engine/nominations/vocab/awards';
import { isNoText, parseDiscipline, parseRating } from '../../../src/engine/nominations/vocab/ratings';
import { levelInText, parseInitiative, parseLevelCell } from '../../../src/engine/nominations/vocab/initiatives';

describe('parseAward: every alias of SPEC §3.8, with and without diacritics', () => {
  const cases: [string, string][] = [
    ['Lao động tiên tiến', 'LDTT'],
    ['LAO DONG TIEN TIEN', 'LDTT'],
    ['LĐTT', 'LDTT'],
    ['LÐTT', 'LDTT'], // U+00D0 typed by legacy keyboards
    ['ldtt', 'LDTT'],
    ['Danh hiệu Lao động tiên tiến', 'LDTT'],
    ['Chiến sĩ thi đua cơ sở', 'CSTDCS'],
    ['Chien si thi dua co so', 'CSTDCS'],
    ['CSTĐCS', 'CSTDCS'],
    ['CSTĐ cơ sở', 'CSTDCS'],
    ['Chiến sĩ thi đua cấp tỉnh', 'CSTD_TINH'],
    ['CSTĐ tỉnh', 'CSTD_TINH'],
    ['CSTĐ cấp bộ', 'CSTD_TINH'],
    ['Chiến sĩ thi đua Bộ, ngành', 'CSTD_TINH'],
    ['Chiến sĩ thi đua toàn quốc', 'CSTD_TOANQUOC'],
    ['CSTĐ toàn quốc', 'CSTD_TOANQUOC'],
    ['Giấy khen', 'GIAY_KHEN'],
    ['GK', 'GIAY_KHEN'],
    ['Giấy khen của Chủ tịch UBND huyện', 'GIAY_KHEN'],
    ['Bằng khen của Chủ tịch UBND tỉnh', 'BK_TINH'],
    ['BK UBND tỉnh', 'BK_TINH'],
    ['Bang khen UBND tinh', 'BK_TINH'],
    ['Bằng khen của Bộ trưởng Bộ GD&ĐT', 'BK_BO'],
    ['BK Bộ', 'BK_BO'],
    ['Bằng khen của Thủ tướng Chính phủ', 'BK_TTG'],
    ['BK TTg', 'BK_TTG'],
    ['Tập thể lao động tiên tiến', 'TTLDTT'],
    ['TTLĐTT', 'TTLDTT'],
    ['Tập thể LĐTT', 'TTLDTT'],
    ['Tập thể lao động xuất sắc', 'TTLDXS'],
    ['TTLĐXS', 'TTLDXS'],
    ['Cờ thi đua của UBND tỉnh', 'CO_TINH'],
    ['Cờ tỉnh', 'CO_TINH'],
    ['Cờ thi đua của Bộ', 'CO_TINH'],
    ['Cờ thi đua', 'CO_TINH'],
    ['Co thi dua cua Chinh phu', 'CO_CHINHPHU'],
    ['Cờ thi đua của Chính phủ', 'CO_CHINHPHU'],
  ];
  test.each(cases)('%s → %s', (text, code) => expect(parseAward(text)).toBe(code));

  test('ambiguous or foreign texts are not guessed', () => {
    expect(parseAward('Bằng khen')).toBeNull();
    expect(parseAward('Chiến sĩ thi đua')).toBeNull();
    expect(parseAward('Hoàn thành xuất sắc nhiệm vụ')).toBeNull();
    expect(parseAward('Cơ sở')).toBeNull();
    expect(parseAward('')).toBeNull();
  });

  test('emulation titles are ranked, forms of commendation are not', () => {
    expect(titleRank('LDTT')).toBeLessThan(titleRank('CSTDCS'));
    expect(titleRank('CSTDCS')).toBeLessThan(titleRank('CSTD_TINH'));
    expect(titleRank('CSTD_TINH')).toBeLessThan(titleRank('CSTD_TOANQUOC'));
    expect(titleRank('BK_TINH')).toBe(0);
  });
});

describe('parseAwardList: several titles in one cell', () => {
  test('commas, semicolons, plus signs and line breaks separate titles', () => {
    expect(parseAwardList('LĐTT, CSTĐCS').awards.map((a) => a.code)).toEqual(['LDTT', 'CSTDCS']);
    expect(parseAwardList('Lao động tiên tiến; Giấy khen').awards.map((a) => a.code)).toEqual(['LDTT', 'GIAY_KHEN']);
    expect(parseAwardList('CSTĐCS + BK UBND tỉnh').awards.map((a) => a.code)).toEqual(['CSTDCS', 'BK_TINH']);
    expect(parseAwardList('LĐTT\nGK').awards.map((a) => a.code)).toEqual(['LDTT', 'GIAY_KHEN']);
  });

  test('"và" splits only when both sides are titles', () => {
    expect(parseAwardList('LĐTT và Giấy khen').awards.map((a) => a.code)).toEqual(['LDTT', 'GIAY_KHEN']);
    expect(parseAwardList('Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo').awards.map((a) => a.code)).toEqual(['BK_BO']);
  });

  test('unknown pieces are reported, a title repeated in one cell counts once', () => {
    const r = parseAwardList('LĐTT, Bằng khen, Lao động tiên tiến');
    expect(r.awards.map((a) => a.code)).toEqual(['LDTT']);
    expect(r.unknown).toEqual(['Bằng khen']);
  });
});

describe('ratings', () => {
  test.each([
    ['Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'],
    ['HTXSNV', 'HTXSNV'],
    ['HTXS', 'HTXSNV'],
    ['hoan thanh xuat sac nhiem vu', 'HTXSNV'],
    ['Hoàn thành tốt nhiệm vụ', 'HTTNV'],
    ['Hoàn thành tốt NV', 'HTTNV'],
    ['HTTNV', 'HTTNV'],
    ['HTT', 'HTTNV'],
    ['Hoàn thành nhiệm vụ', 'HTNV'],
    ['HTNV', 'HTNV'],
    ['Không hoàn thành nhiệm vụ', 'KHTNV'],
    ['KHTNV', 'KHTNV'],
  ])('%s → %s', (text, rating) => expect(parseRating(text)).toEqual({ kind: 'rating', rating }));

  test('empty is missing, "Không"/"0"/"—" is a fact, other words are unreadable', () => {
    expect(parseRating('')).toEqual({ kind: 'empty' });
    expect(parseRating('Không')).toEqual({ kind: 'none' });
    expect(parseRating('0')).toEqual({ kind: 'none' });
    expect(parseRating('—')).toEqual({ kind: 'none' });
    expect(parseRating('Khá')).toEqual({ kind: 'unknown', text: 'Khá' });
    expect(isNoText('x')).toBe(false);
  });
});

describe('discipline', () => {
  test('empty or "Không" means none', () => {
    expect(parseDiscipline('')).toEqual({ kind: 'none' });
    expect(parseDiscipline('Không')).toEqual({ kind: 'none' });
    expect(parseDiscipline('-')).toEqual({ kind: 'none' });
  });
  test('each measure with its level; the heaviest named wins', () => {
    expect(parseDiscipline('Khiển trách')).toMatchObject({ kind: 'discipline', level: 1 });
    expect(parseDiscipline('canh cao')).toMatchObject({ kind: 'discipline', level: 2 });
    expect(parseDiscipline('Hạ bậc lương')).toMatchObject({ kind: 'discipline', level: 3 });
    expect(parseDiscipline('Giáng chức')).toMatchObject({ kind: 'discipline', level: 4 });
    expect(parseDiscipline('Cách chức')).toMatchObject({ kind: 'discipline', level: 5 });
    expect(parseDiscipline('Buộc thôi việc')).toMatchObject({ kind: 'discipline', level: 6 });
    expect(parseDiscipline('Khiển trách, sau đó cảnh cáo')).toMatchObject({ level: 2, label: 'Cảnh cáo' });
  });
  test('an unknown text is unreadable, never silently "none"', () => {
    expect(parseDiscipline('Nhắc nhở')).toEqual({ kind: 'unknown', text: 'Nhắc nhở' });
  });
});

describe('initiatives', () => {
  test('levels in a Cấp công nhận cell and inside free text', () => {
    expect(parseLevelCell('Cơ sở')).toBe(1);
    expect(parseLevelCell('Tỉnh')).toBe(2);
    expect(parseLevelCell('cap bo')).toBe(2);
    expect(parseLevelCell('Toàn quốc')).toBe(3);
    expect(parseLevelCell('')).toBeUndefined();
    expect(levelInText('SKKN cấp tỉnh năm 2024')).toBe(2);
    expect(levelInText('Phương pháp tính nhanh')).toBeNull(); // "tính" is not "tỉnh" outside "cấp tỉnh"
    expect(levelInText('SK cấp cơ sở; SK cấp toàn quốc')).toBe(3);
  });
  test('text, counts and the "no" words', () => {
    expect(parseInitiative(null)).toEqual({ kind: 'empty' });
    expect(parseInitiative('Không')).toEqual({ kind: 'none' });
    expect(parseInitiative(0)).toEqual({ kind: 'none' });
    expect(parseInitiative(2, 'Tỉnh')).toEqual({ kind: 'some', count: 2, level: 2 });
    expect(parseInitiative('02 SK cấp cơ sở')).toEqual({ kind: 'some', count: 2, level: 1 });
    expect(parseInitiative('SK 1 cấp tỉnh;\nSK 2 cấp cơ sở')).toEqual({ kind: 'some', count: 2, level: 2 });
    expect(parseInitiative('Đổi mới dạy học')).toEqual({ kind: 'some', count: 1, level: null });
    expect(parseInitiative({ error: '#N/A' })).toEqual({ kind: 'unreadable', text: '#N/A' });
  });
});

describe('unit readings', () => {
  test('one shared reading per unit name, with its match key', () => {
    const a = unitRead('Trường THCS Đầm Hà');
    expect(a).toEqual({ name: 'Trường THCS Đầm Hà', key: 'thcs dam ha' });
    expect(unitRead(['Trường THCS', 'Đầm Hà'].join(' '))).toBe(a);
  });
});
