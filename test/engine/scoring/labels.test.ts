import { isMaxRowLabel, isNotAUnitLabel, isSummaryRowLabel, kindOfWords, labelWords, scoreKindOf, WORDS_BLOC, WORDS_NOT_A_UNIT, WORDS_SELF } from '../../../src/engine/scoring/labels';
import { looseKey } from '../../../src/engine/cells/text';
import { blocFromTitle, blocKey, blocNameOf, stripScoringPrefix } from '../../../src/engine/scoring/blocName';
import { grid } from '../blocs/fixtures';

describe('scoreKindOf', () => {
  it.each(['Khối chấm', 'Cụm chấm', 'Điểm kiểm tra', 'Kiểm tra chéo', 'Điểm thống nhất', 'KHOI CHAM', 'Điểm khối chấm'])('%p is the bloc score', (l) =>
    expect(scoreKindOf(l)).toBe('bloc'),
  );
  it.each(['Tự chấm', 'Điểm tự chấm', 'tu cham', 'Đơn vị tự chấm'])('%p is the self score', (l) => expect(scoreKindOf(l)).toBe('self'));
  it.each(['Trường THCS A', 'Điểm chuẩn', '', 'Ghi chú'])('%p is neither', (l) => expect(scoreKindOf(l)).toBeNull());
});

describe('row and column words', () => {
  it('knows columns that are never units', () => {
    for (const l of ['Ghi chú', 'Minh chứng', 'Điểm chuẩn', 'Tổng cộng', 'Loại', 'Xếp hạng']) expect(isNotAUnitLabel(l)).toBe(true);
    for (const l of ['Trường THCS Lê Lợi', 'MN Hoa Sen']) expect(isNotAUnitLabel(l)).toBe(false);
  });
  it('knows the max row and summary rows', () => {
    expect(isMaxRowLabel('Điểm chuẩn')).toBe(true);
    expect(isMaxRowLabel('Thang điểm')).toBe(true);
    expect(isMaxRowLabel('Trường A')).toBe(false);
    expect(isSummaryRowLabel('Tổng cộng')).toBe(true);
    expect(isSummaryRowLabel('Trung bình')).toBe(true);
    expect(isSummaryRowLabel('Trường Tổng hợp')).toBe(false);
  });
});

describe('bloc names', () => {
  it('strips scoring prefixes from sheet names', () => {
    expect(stripScoringPrefix('Chấm điểm Cụm 2')).toBe('Cụm 2');
    expect(stripScoringPrefix('Bảng điểm - Khối THCS')).toBe('Khối THCS');
    expect(stripScoringPrefix('Cham diem Khoi TH')).toBe('Khoi TH');
    expect(stripScoringPrefix('Khối THCS')).toBe('Khối THCS');
    expect(stripScoringPrefix('Chấm điểm')).toBe('Chấm điểm');
  });
  it('compares blocs without khối/cụm, case and diacritics', () => {
    expect(blocKey('Khối THCS')).toBe(blocKey('KHỐI THCS'));
    expect(blocKey('Khoi THCS')).toBe(blocKey('THCS'));
    expect(blocKey('Cụm số 2')).toBe(blocKey('Cụm 2'));
    expect(blocKey('Cụm thi đua 2')).toBe(blocKey('cum 2'));
    expect(blocKey('Cụm 2')).not.toBe(blocKey('Cụm 3'));
  });
  it('reads a bloc from a title cell', () => {
    expect(blocFromTitle('KHỐI THCS')).toBe('KHỐI THCS');
    expect(blocFromTitle('BẢNG TỔNG HỢP ĐIỂM THI ĐUA CỤM 2 NĂM HỌC 2024-2025')).toBe('CỤM 2');
    expect(blocFromTitle('Khối: THCS')).toBe('Khối THCS');
    expect(blocFromTitle('Khối chấm')).toBeNull();
    expect(blocFromTitle('Khối trưởng')).toBeNull();
    expect(blocFromTitle('PHÒNG GIÁO DỤC')).toBeNull();
  });
  it('takes the sheet name when it names a bloc, else a title cell above the header, else the sheet name', () => {
    expect(blocNameOf(grid('Chấm điểm Khối TH', [['KHỐI THCS'], ['TT']]), 1)).toBe('Khối TH');
    expect(blocNameOf(grid('Bảng 1', [['UBND'], ['BẢNG ĐIỂM KHỐI MẦM NON'], ['TT']]), 2)).toBe('KHỐI MẦM NON');
    expect(blocNameOf(grid('Tổng hợp điểm THCS', [['TT']]), 0)).toBe('THCS');
  });
});

describe('labelWords', () => {
  it.each([
    ['Khối chấm', WORDS_BLOC],
    ['Tự chấm', WORDS_SELF],
    ['Điểm tự chấm và thống nhất', WORDS_BLOC],
    ['Ghi chú', WORDS_NOT_A_UNIT],
    ['Tổng điểm khối chấm', WORDS_BLOC | WORDS_NOT_A_UNIT],
    ['TT', WORDS_NOT_A_UNIT],
    ['Trường THCS A', 0],
  ])('%p has the flags %p, as scoreKindOf and isNotAUnitLabel say', (label, flags) => {
    const words = labelWords(looseKey(label));
    expect(words).toBe(flags);
    expect(kindOfWords(words)).toBe(scoreKindOf(label));
    expect((words & WORDS_NOT_A_UNIT) !== 0).toBe(isNotAUnitLabel(label));
  });
});
