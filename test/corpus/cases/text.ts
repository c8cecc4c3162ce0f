/** Corpus: text — very long, formula-like, NFD, Ð (U+00D0), invisible spaces, TCVN3 and VNI, a million rows. */
import type { CorpusCase } from '../support/types';
import { setCell, sheetOf, type BookSpec, type CellInput, type SheetSpec } from '../support/book';
import { baseBook, criteriaSheet, nominationsSheet, scoringSheet, settingsSheet, unitsSheet, UNITS } from '../support/base';
import { millionRowBytes, millionRowSnapshot, MILLION_SHEET } from '../support/million';

/** A book whose scoring sheet and units sheet use `units` (and the units sheet `unitsName`). */
function withUnits(units: readonly string[], listed: readonly string[] = units): BookSpec {
  return [settingsSheet(), criteriaSheet(), scoringSheet(units), unitsSheet(listed), nominationsSheet()];
}

/** Every string of a sheet (and its name) mapped through `f`. */
function mapText(s: SheetSpec, f: (t: string) => string): SheetSpec {
  return { ...s, name: f(s.name), rows: s.rows.map((r) => r.map((v): CellInput => (typeof v === 'string' ? f(v) : v))) };
}

const LONG_UNIT = `Trường THCS ${'Lê Quý Đôn '.repeat(27).trim()}`;
const LONG_TITLE = `Công tác quản lý ${'và chỉ đạo thực hiện nhiệm vụ năm học '.repeat(80).trim()}`;
/** 31 characters: the longest sheet name Excel allows. */
const LONG_BLOC_SHEET = 'Chấm điểm Cụm trường liên xã 12';
const FORMULA_UNITS = ['=SUM(1,2)', '+84 Trường THCS Biển', '-Trường THCS Lạc', '@Trường THCS Mới'];

export const textCases: CorpusCase[] = [
  {
    id: 'very-long-text',
    about: `A ${LONG_UNIT.length}-character unit name, a ${LONG_TITLE.length}-character group title and a 31-character sheet name.`,
    shows: 'No finding; output sheet names stay ≤ 31 characters and unique; the long name is written whole.',
    input: () => {
      const book = withUnits([LONG_UNIT, UNITS[1], UNITS[2]]);
      book[2] = { ...book[2]!, name: LONG_BLOC_SHEET };
      book[3] = { name: 'Đơn vị', rows: [['STT', 'Tên đơn vị', 'Khối'], [1, LONG_UNIT, 'Cụm trường liên xã 12'], [2, UNITS[1], 'Cụm trường liên xã 12'], [3, UNITS[2], 'Cụm trường liên xã 12']] };
      setCell(sheetOf(book, 'Tiêu chí'), 'B2', LONG_TITLE);
      setCell(book[2]!, 'B5', LONG_TITLE);
      return book;
    },
    expect: {},
    outputHas: [LONG_UNIT],
  },
  {
    id: 'formula-like-names',
    about: 'Unit and person names beginning with =, +, - and @ (e.g. "=SUM(1,2)", "=HYPERLINK(…)").',
    shows: 'Written back as text, never as formulas (the output holds the literal strings).',
    input: () => {
      const book = withUnits(FORMULA_UNITS.slice(0, 3));
      book.splice(3, 1, unitsSheet(FORMULA_UNITS.slice(0, 3)));
      book[4] = nominationsSheet([['=HYPERLINK("http://x.invalid","Bấm")', '01/02/1980', 'Giáo viên', FORMULA_UNITS[0]!, 'LĐTT', 'HTTNV', 'Không'], ['@Lê Văn Tư', '03/04/1985', 'Giáo viên', FORMULA_UNITS[1]!, 'LĐTT', 'HTTNV', 'Không']]);
      return book;
    },
    expect: {},
    outputHas: [...FORMULA_UNITS.slice(0, 3), '=HYPERLINK("http://x.invalid","Bấm")', '@Lê Văn Tư'],
  },
  {
    id: 'nfd-text',
    about: 'The scoring sheet (its name, headers and unit names) typed in decomposed Unicode (NFD); the units sheet in NFC.',
    shows: 'Matched as the same text: no finding.',
    input: () => {
      const book = baseBook();
      book[2] = mapText(book[2]!, (t) => t.normalize('NFD'));
      return book;
    },
    expect: {},
    totals: { 'Trường THCS An Phú': 92, 'Trường THCS Bình Minh': 85, 'Trường THCS Cát Lái': 69 },
  },
  {
    id: 'eth-for-d',
    about: 'Đ typed as Ð (U+00D0) and đ as ð (U+00F0) in the units sheet’s name, header and unit names.',
    shows: 'Folded to Đ: the sheet is recognised and the units match; no finding.',
    input: () => {
      const units = ['Trường THCS Đông Hải', 'Trường THCS Đại Lộc', 'Trường THCS Bình Minh'];
      const book = withUnits(units);
      book[3] = mapText(unitsSheet(units), (t) => t.replace(/Đ/g, '\u00D0').replace(/đ/g, '\u00F0'));
      return book;
    },
    expect: {},
  },
  {
    id: 'invisible-spaces',
    about: 'Non-breaking and zero-width spaces inside headers ("Điểm\\u00A0chuẩn", "Tự \\u200Bchấm") and unit names.',
    shows: 'Ignored for matching: no finding.',
    input: () => {
      const book = baseBook();
      const nbsp = (t: string): string => t.replace(/ /g, '\u00A0');
      book[2] = mapText(book[2]!, (t) => (t === 'Tự chấm' ? 'Tự \u200Bchấm' : t === UNITS[1] ? `\u200B${UNITS[1]}\u00A0` : /^Điểm|^Trường/.test(t) ? nbsp(t) : t));
      return book;
    },
    expect: {},
    totals: { 'Trường THCS An Phú': 92, 'Trường THCS Cát Lái': 69 },
  },
  {
    id: 'legacy-tcvn3',
    about: 'A sheet copied from an old file, typed in TCVN3 (.VnTime): "Hä vµ tªn", "Tr­êng THCS An Phó".',
    shows: 'TEXT_LEGACY_ENCODING naming the sheet, the first cell and "TCVN3"; the sheet is reported as not used.',
    input: () => [...baseBook(), { name: 'Danh sach cu', rows: [['STT', 'Hä vµ tªn', '§¬n vÞ'], [1, 'NguyÔn V¨n An', 'Tr\u00ADêng THCS An Phó'], [2, 'TrÇn ThÞ B×nh', 'Tr\u00ADêng THCS B×nh Minh']] }],
    expect: { warnings: ['TEXT_LEGACY_ENCODING'], infos: ['SHEET_NOT_RECOGNISED'] },
    at: ['TEXT_LEGACY_ENCODING@Danh sach cu!B1'],
  },
  {
    id: 'legacy-vni',
    about: 'A sheet typed in VNI (VNI-Times): "Hoï vaø teân", "Tröôøng THCS An Phuù", "Ñôn vò".',
    shows: 'TEXT_LEGACY_ENCODING naming the sheet, the first cell and "VNI".',
    input: () => [...baseBook(), { name: 'Danh sach VNI', rows: [['STT', 'Hoï vaø teân', 'Ñôn vò'], [1, 'Nguyeãn Vaên An', 'Tröôøng THCS An Phuù'], [2, 'Traàn Thò Bình', 'Tröôøng THCS Bình Minh']] }],
    expect: { warnings: ['TEXT_LEGACY_ENCODING'], infos: ['SHEET_NOT_RECOGNISED'] },
    at: ['TEXT_LEGACY_ENCODING@Danh sach VNI!B1'],
  },
  {
    id: 'million-rows',
    about: `The base workbook plus a sheet "${MILLION_SHEET}" of 1,000,000 rows × 3 columns (a pasted log).`,
    shows: 'CLI: refused before inflating (FILE_UNPACKED_TOO_LARGE naming the sheet, exit 2). Task pane: read in chunks, analysed in bounded time, the sheet reported as not used.',
    input: millionRowBytes,
    refused: new RegExp(`quá lớn khi giải nén.*«${MILLION_SHEET}»`),
    office: { snapshot: millionRowSnapshot, expect: { infos: ['SHEET_NOT_RECOGNISED'] } },
    at: [`SHEET_NOT_RECOGNISED@${MILLION_SHEET}`],
  },
];

