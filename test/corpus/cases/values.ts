/** Corpus: cell values — out of range, negative, words, formula errors, dates, sums, scales, hidden rows and sheets. */
import type { CorpusCase } from '../support/types';
import { setCell, sheetOf, type BookSpec, type CellInput } from '../support/book';
import { baseBook, BLOC, nominationsSheet, defaultPeople, UNITS } from '../support/base';

/** The base book with cells of the scoring sheet changed. */
function scored(cells: Record<string, CellInput>): () => BookSpec {
  return () => {
    const book = baseBook();
    for (const [a, v] of Object.entries(cells)) setCell(sheetOf(book, BLOC), a, v);
    return book;
  };
}

/** The base book with the criteria sheet's rows replaced. */
function criteria(rows: CellInput[][]): () => BookSpec {
  return () => {
    const book = baseBook();
    sheetOf(book, 'Tiêu chí').rows = [['TT', 'Nội dung tiêu chí', 'Điểm chuẩn'], ...rows];
    return book;
  };
}

export const valueCases: CorpusCase[] = [
  {
    id: 'score-above-max',
    about: 'A bloc score of 25 for an item worth 20.',
    shows: 'SCORE_OUT_OF_RANGE (error) at the cell, which counts 0 (total 73, asserted); SCORE_GAP (warning) for the self-vs-bloc gap that follows.',
    input: scored({ E6: 25 }),
    expect: { errors: ['SCORE_OUT_OF_RANGE'], warnings: ['SCORE_GAP'] },
    totals: { 'Trường THCS An Phú': 73 },
    at: ['SCORE_OUT_OF_RANGE@Khối THCS!E6'],
  },
  {
    id: 'score-negative',
    about: 'A negative bloc score on a standard item.',
    shows: 'SCORE_OUT_OF_RANGE (error) at the cell; SCORE_GAP (warning) for the gap that follows.',
    input: scored({ G9: -3 }),
    expect: { errors: ['SCORE_OUT_OF_RANGE'], warnings: ['SCORE_GAP'] },
    at: ['SCORE_OUT_OF_RANGE@Khối THCS!G9'],
  },
  {
    id: 'score-not-a-number',
    about: 'A score typed as words ("mười tám").',
    shows: 'SCORE_NOT_NUMBER (error) at the cell; SCORE_GAP (warning) for the gap that follows.',
    input: scored({ E7: 'mười tám' }),
    expect: { errors: ['SCORE_NOT_NUMBER'], warnings: ['SCORE_GAP'] },
    at: ['SCORE_NOT_NUMBER@Khối THCS!E7'],
  },
  {
    id: 'formula-error-na',
    about: 'A bloc score cell holding #N/A.',
    shows: 'SCORE_FORMULA_ERROR (error) at the cell; SCORE_GAP (warning) for the gap that follows.',
    input: scored({ E6: { error: '#N/A' } }),
    expect: { errors: ['SCORE_FORMULA_ERROR'], warnings: ['SCORE_GAP'] },
    at: ['SCORE_FORMULA_ERROR@Khối THCS!E6'],
  },
  {
    id: 'formula-error-ref',
    about: 'A bloc score formula pointing at a deleted sheet (#REF!).',
    shows: 'SCORE_FORMULA_ERROR (error) at the cell; SCORE_GAP (warning) for the gap that follows.',
    input: scored({ G7: { formula: 'Cũ!B2', result: { error: '#REF!' } } }),
    expect: { errors: ['SCORE_FORMULA_ERROR'], warnings: ['SCORE_GAP'] },
    at: ['SCORE_FORMULA_ERROR@Khối THCS!G7'],
  },
  {
    id: 'formula-error-div0',
    about: 'A bloc score formula dividing by zero (#DIV/0!).',
    shows: 'SCORE_FORMULA_ERROR (error) at the cell; SCORE_GAP (warning) for the gap that follows.',
    input: scored({ I9: { formula: 'C9/0', result: { error: '#DIV/0!' } } }),
    expect: { errors: ['SCORE_FORMULA_ERROR'], warnings: ['SCORE_GAP'] },
    at: ['SCORE_FORMULA_ERROR@Khối THCS!I9'],
  },
  {
    id: 'formula-error-in-self-score',
    about: 'A #N/A in a Tự chấm cell next to a valid Khối chấm (SPEC §3.9).',
    shows: 'SCORE_FORMULA_ERROR as an error (not a warning) at the Tự chấm cell.',
    input: scored({ D6: { error: '#N/A' } }),
    expect: { errors: ['SCORE_FORMULA_ERROR'] },
    totals: { 'Trường THCS An Phú': 92 },
    at: ['SCORE_FORMULA_ERROR@Khối THCS!D6'],
  },
  {
    id: 'date-in-score',
    about: 'A date typed where a score belongs (Excel stores it as serial 45424).',
    shows: 'SCORE_OUT_OF_RANGE (error) at the cell: the serial is never taken as points (total 73, asserted); SCORE_GAP (warning).',
    input: scored({ E6: new Date(Date.UTC(2024, 4, 12)) }),
    expect: { errors: ['SCORE_OUT_OF_RANGE'], warnings: ['SCORE_GAP'] },
    totals: { 'Trường THCS An Phú': 73 },
    at: ['SCORE_OUT_OF_RANGE@Khối THCS!E6'],
  },
  {
    id: 'date-text-in-score',
    about: 'A date typed as text ("12/05/2024") where a score belongs.',
    shows: 'SCORE_NOT_NUMBER at the cell; SCORE_GAP (warning) for the gap that follows.',
    input: scored({ G6: '12/05/2024' }),
    expect: { errors: ['SCORE_NOT_NUMBER'], warnings: ['SCORE_GAP'] },
    at: ['SCORE_NOT_NUMBER@Khối THCS!G6'],
  },
  {
    id: 'text-numbers-decimal-comma',
    about: 'Scores typed as text with a decimal comma ("18,5") and a decimal dot ("17.5").',
    shows: 'Read as 18.5 and 17.5 with no finding.',
    input: scored({ E6: '18,5', E7: '17.5', D6: '19,5' }),
    expect: {},
    totals: { 'Trường THCS An Phú': 91, 'Trường THCS Bình Minh': 85 },
  },
  {
    id: 'group-sum-mismatch',
    about: 'Group I says 50 points while its items sum to 40.',
    shows: 'CRITERIA_GROUP_SUM_MISMATCH (warning) at the group; the items win.',
    input: criteria([['I', 'Công tác quản lý', 50], ['1', 'Kế hoạch năm học', 20], ['2', 'Kiểm tra nội bộ', 20], ['II', 'Chất lượng giáo dục', 60], ['1', 'Chất lượng học sinh', 30], ['2', 'Đội ngũ giáo viên', 30]]),
    expect: { warnings: ['CRITERIA_GROUP_SUM_MISMATCH'] },
    at: ['CRITERIA_GROUP_SUM_MISMATCH@Tiêu chí'],
  },
  {
    id: 'zero-point-scale',
    about: 'Every Điểm chuẩn is 0.',
    shows: 'CRITERIA_ZERO_SCALE (error); every score is out of its 0-point range (errors, self scores warnings); no division by zero, no crash.',
    input: () => {
      const book = criteria([['I', 'Công tác quản lý', 0], ['1', 'Kế hoạch năm học', 0], ['2', 'Kiểm tra nội bộ', 0], ['II', 'Chất lượng giáo dục', 0], ['1', 'Chất lượng học sinh', 0], ['2', 'Đội ngũ giáo viên', 0]])();
      for (const a of ['C5', 'C6', 'C7', 'C8', 'C9', 'C10']) setCell(sheetOf(book, BLOC), a, 0);
      return book;
    },
    expect: { errors: ['CRITERIA_ZERO_SCALE', 'SCORE_OUT_OF_RANGE'], warnings: ['SCORE_GAP', 'SCORE_OUT_OF_RANGE'] },
    at: ['CRITERIA_ZERO_SCALE@Tiêu chí'],
  },
  {
    id: 'criteria-without-leaves',
    about: 'The criteria sheet has only group rows (I, II) and no items.',
    shows: 'The groups are read as items: the scoring rows do not match (SCORING_ROW_UNMATCHED), units have no scores (SCORING_UNIT_EMPTY, UNIT_NOT_SCORED); nothing ranked from nothing.',
    input: criteria([['I', 'Công tác quản lý', 40], ['II', 'Chất lượng giáo dục', 60]]),
    expect: { errors: ['UNIT_NOT_SCORED'], warnings: ['SCORING_ROW_UNMATCHED', 'SCORING_UNIT_EMPTY'] },
    at: ['SCORING_ROW_UNMATCHED@Khối THCS'],
  },
  {
    id: 'hidden-rows',
    about: 'A nomination row is hidden.',
    shows: 'The hidden row is skipped and said so: NOMINATION_HIDDEN_ROWS (info).',
    input: () => {
      const book = baseBook();
      book[4] = { ...nominationsSheet([...defaultPeople(), ['Lê Thị Cúc', '01/01/1988', 'Giáo viên', UNITS[2], 'LĐTT', 'HTTNV', 'Không']]), hiddenRows: [3] };
      return book;
    },
    expect: { infos: ['NOMINATION_HIDDEN_ROWS'] },
    at: ['NOMINATION_HIDDEN_ROWS@Đề nghị khen thưởng'],
  },
  {
    id: 'hidden-sheet',
    about: 'The criteria sheet is hidden.',
    shows: 'Still read; SHEET_HIDDEN (info) names it.',
    input: () => {
      const book = baseBook();
      sheetOf(book, 'Tiêu chí').state = 'hidden';
      return book;
    },
    expect: { infos: ['SHEET_HIDDEN'] },
    at: ['SHEET_HIDDEN@Tiêu chí'],
  },
  {
    id: 'nomination-cell-error',
    about: 'A #N/A in a nominee’s Xếp loại cell.',
    shows: 'NOMINATION_CELL_ERROR (error) at the cell; the row is not eligible on missing data.',
    input: () => {
      const book = baseBook();
      setCell(sheetOf(book, 'Đề nghị khen thưởng'), 'G2', { error: '#N/A' });
      return book;
    },
    expect: { errors: ['NOMINATION_CELL_ERROR'] },
    at: ['NOMINATION_CELL_ERROR@Đề nghị khen thưởng!G2'],
  },
];
