/** Corpus: the shape of the workbook — empty, unrecognisable, headers missing, late, merged or multi-row, duplicates. */
import type { CorpusCase } from '../support/types';
import { cloneBook, sheetOf, type CellInput } from '../support/book';
import { baseBook, nominationsSheet, defaultPeople, scoringSheet, unitsSheet, UNITS, BLOC } from '../support/base';

/** The scoring sheet with a three-row header: a caption over all units, the unit names, Tự chấm | Khối chấm. */
function threeRowHeaderSheet() {
  const s = scoringSheet();
  const caption: CellInput[] = ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm các đơn vị'];
  const names: CellInput[] = [null, null, null, ...UNITS.flatMap((u): CellInput[] => [u, null])];
  const rows = [s.rows[0]!, s.rows[1]!, caption, names, s.rows[3]!, ...s.rows.slice(4)];
  const merges = ['A1:I1', 'A3:A5', 'B3:B5', 'C3:C5', 'D3:I3', 'D4:E4', 'F4:G4', 'H4:I4'];
  return { ...s, rows, merges };
}

export const structureCases: CorpusCase[] = [
  {
    id: 'empty-workbook',
    about: 'A workbook whose only sheet is empty.',
    shows: 'WORKBOOK_EMPTY (error) naming the file.',
    input: () => [{ name: 'Sheet1', rows: [] }],
    expect: { errors: ['WORKBOOK_EMPTY'] },
  },
  {
    id: 'no-recognisable-sheet',
    about: 'A workbook with data but no sheet the tool knows (a shopping list).',
    shows: 'WORKBOOK_NOTHING_RECOGNISED (error) listing the sheets and the 15-row header rule.',
    input: () => [{ name: 'Sheet1', rows: [['Danh sách mua sắm'], ['Bút bi', 10], ['Vở', 20], ['Thước kẻ', 5]] }],
    expect: { errors: ['WORKBOOK_NOTHING_RECOGNISED'] },
  },
  {
    id: 'header-missing',
    about: 'The scoring sheet has its title and scores but no header row (no TT | Nội dung | Điểm chuẩn).',
    shows: 'UNIT_NOT_SCORED (error) for the listed units and SHEET_NOT_RECOGNISED (info) naming the sheet: no column is guessed.',
    input: () => {
      const book = baseBook();
      const s = sheetOf(book, BLOC);
      s.rows.splice(2, 2);
      s.merges = ['A1:I1'];
      return book;
    },
    expect: { errors: ['UNIT_NOT_SCORED'], infos: ['SHEET_NOT_RECOGNISED'] },
    at: ['SHEET_NOT_RECOGNISED@Khối THCS', 'UNIT_NOT_SCORED@Đơn vị'],
  },
  {
    id: 'header-below-row-15',
    about: 'The scoring sheet header starts on row 18, under a long title block.',
    shows: 'The header is not searched past row 15: UNIT_NOT_SCORED (error) and SHEET_NOT_RECOGNISED (info), nothing half-read.',
    input: () => {
      const book = baseBook();
      const s = sheetOf(book, BLOC);
      const pad: CellInput[][] = Array.from({ length: 15 }, (_, i) => [`Ghi chú ${i + 1}`]);
      s.rows.splice(1, 0, ...pad);
      s.merges = ['A1:I1', 'A18:A19', 'B18:B19', 'C18:C19', 'D18:E18', 'F18:G18', 'H18:I18'];
      return book;
    },
    expect: { errors: ['UNIT_NOT_SCORED'], infos: ['SHEET_NOT_RECOGNISED'] },
    at: ['SHEET_NOT_RECOGNISED@Khối THCS'],
  },
  {
    id: 'three-row-merged-header',
    about: 'A three-row merged header: a caption over all units, the unit names, then Tự chấm | Khối chấm.',
    shows: 'Read like the two-row form: no finding, the same totals (92, 85, 69).',
    input: () => {
      const book = baseBook();
      book[2] = threeRowHeaderSheet();
      return book;
    },
    expect: {},
    totals: { 'Trường THCS An Phú': 92, 'Trường THCS Bình Minh': 85, 'Trường THCS Cát Lái': 69 },
    outputHas: ['Trường THCS An Phú', 'Trường THCS Cát Lái'],
  },
  {
    id: 'duplicate-unit-in-bloc',
    about: 'The same school appears twice in the scoring sheet header.',
    shows: 'SCORING_UNIT_DUPLICATE (warning) at the second header cell.',
    input: () => {
      const book = baseBook();
      book[2] = scoringSheet([...UNITS, UNITS[0]]);
      return book;
    },
    expect: { warnings: ['SCORING_UNIT_DUPLICATE'] },
    at: ['SCORING_UNIT_DUPLICATE@Khối THCS!J3'],
  },
  {
    id: 'duplicate-criterion-code',
    about: 'The criteria sheet has the code 2 twice under group I.',
    shows: 'CRITERIA_DUPLICATE_CODE at the second code, the group sum that no longer adds up, the item the scoring sheet lacks (warnings).',
    input: () => {
      const book = baseBook();
      const c = sheetOf(book, 'Tiêu chí');
      c.rows.splice(4, 0, ['2', 'Kiểm tra chuyên đề', 10]);
      return book;
    },
    expect: { warnings: ['CRITERIA_DUPLICATE_CODE', 'CRITERIA_GROUP_SUM_MISMATCH', 'SCORING_CRITERION_MISSING'] },
    at: ['CRITERIA_DUPLICATE_CODE@Tiêu chí'],
  },
  {
    id: 'duplicate-person',
    about: 'The same person (name, date of birth, unit) is nominated on two rows.',
    shows: 'NOMINATION_DUPLICATE_ROW (warning) naming the second row.',
    input: () => {
      const book = baseBook();
      book[4] = nominationsSheet([...defaultPeople(), ['Nguyễn Văn An', '12/03/1985', 'Giáo viên', UNITS[0], 'LĐTT', 'HTTNV', 'Không']]);
      return book;
    },
    expect: { warnings: ['NOMINATION_DUPLICATE_ROW'] },
    at: ['NOMINATION_DUPLICATE_ROW@Đề nghị khen thưởng'],
  },
  {
    id: 'duplicate-unit-listed',
    about: 'The units sheet lists a school twice.',
    shows: 'UNIT_DUPLICATE_LISTED (warning) at the second row.',
    input: () => {
      const book = baseBook();
      book[3] = unitsSheet([...UNITS, UNITS[1]]);
      return book;
    },
    expect: { warnings: ['UNIT_DUPLICATE_LISTED'] },
    at: ['UNIT_DUPLICATE_LISTED@Đơn vị'],
  },
  {
    id: 'unit-missing-from-bloc',
    about: 'The units sheet lists a fourth school of Khối THCS that has no scores.',
    shows: 'UNIT_NOT_SCORED (error) at the unit’s row of the units sheet.',
    input: () => {
      const book = baseBook();
      book[3] = unitsSheet([...UNITS, 'Trường THCS Dương Đông']);
      return book;
    },
    expect: { errors: ['UNIT_NOT_SCORED'] },
    at: ['UNIT_NOT_SCORED@Đơn vị'],
  },
  {
    id: 'unit-not-listed',
    about: 'A scored school is missing from the units sheet.',
    shows: 'UNIT_NOT_LISTED (warning) at the unit’s header cell.',
    input: () => {
      const book = baseBook();
      book[3] = unitsSheet(UNITS.slice(0, 2));
      return book;
    },
    expect: { warnings: ['UNIT_NOT_LISTED'] },
    at: ['UNIT_NOT_LISTED@Khối THCS'],
  },
  {
    id: 'settings-bad-value',
    about: 'A parameter in Cấu hình holds a word where a percentage belongs.',
    shows: 'SETTINGS_BAD_VALUE (warning) naming the cell and the value kept.',
    input: () => {
      const book = cloneBook(baseBook());
      sheetOf(book, 'Cấu hình').rows.push(['Tỷ lệ đề nghị Bằng khen', 'nhiều']);
      return book;
    },
    expect: { warnings: ['SETTINGS_BAD_VALUE'] },
    at: ['SETTINGS_BAD_VALUE@Cấu hình'],
  },
];

