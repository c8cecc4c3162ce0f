/** Corpus: the output side — names taken by user sheets, owned sheets edited or protected, protected sheets and workbook. */
import type { Workbook } from 'exceljs';
import type { CorpusCase } from '../support/types';
import { toWorkbook, workbookBytes, bookBytes, sheetOf, type BookSpec } from '../support/book';
import { baseBook, BLOC } from '../support/base';
import { repack, text, utf8 } from '../support/zip';
import { analyze } from '../../../src/engine';
import { planOutput } from '../../../src/cli/score';
import { snapshotFromWorkbook } from '../../../src/xlsx/read';
import { applyPlanToWorkbook } from '../../../src/xlsx/write';

const SUMMARY = 'Tổng hợp xếp hạng';
const EARLIER = new Date('2026-01-10T02:00:00Z');

/** The book as a previous run left it (output sheets and `_thidua`), then changed by `edit`. */
function afterEarlierRun(edit: (wb: Workbook) => void): () => Promise<Uint8Array> {
  return async () => {
    const wb = toWorkbook(baseBook());
    const snapshot = snapshotFromWorkbook(wb, 'earlier.xlsx');
    applyPlanToWorkbook(wb, planOutput(snapshot, analyze(snapshot, { now: EARLIER, lang: 'vi' }), EARLIER, 'vi').plan);
    edit(wb);
    return workbookBytes(wb);
  };
}

function withSheet(extra: BookSpec[number]): () => BookSpec {
  return () => [...baseBook(), extra];
}

export const outputCases: CorpusCase[] = [
  {
    id: 'output-name-taken',
    about: `The user already has a sheet named "${SUMMARY}" (their own notes).`,
    shows: 'OUTPUT_NAME_TAKEN (warning); the results go to "… (2)"; the user sheet is untouched.',
    input: withSheet({ name: SUMMARY, rows: [['Ghi chú riêng của cán bộ thi đua'], ['Không được xóa']] }),
    expect: { warnings: ['OUTPUT_NAME_TAKEN'] },
    at: [`OUTPUT_NAME_TAKEN@${SUMMARY}`],
  },
  {
    id: 'owned-sheet-edited',
    about: `A previous run’s "${SUMMARY}" was edited by hand afterwards.`,
    shows: 'OUTPUT_OWNED_EDITED (warning); the edited sheet is kept as is and the results go beside it.',
    input: afterEarlierRun((wb) => {
      wb.getWorksheet(SUMMARY)!.getCell('B12').value = 'Sửa tay: xếp lại theo ý Hội đồng';
    }),
    expect: { warnings: ['OUTPUT_OWNED_EDITED'] },
    at: [`OUTPUT_OWNED_EDITED@${SUMMARY}`],
  },
  {
    id: 'owned-sheet-unedited',
    about: 'A previous run’s output, untouched: the everyday rerun.',
    shows: 'No finding; the owned sheets are replaced in place; no duplicate sheet.',
    input: afterEarlierRun(() => undefined),
    expect: {},
  },
  {
    id: 'owned-sheet-protected',
    about: `A previous run’s "${SUMMARY}" was protected (Protect Sheet) by the user.`,
    shows: 'OUTPUT_OWNED_PROTECTED (warning); the protected sheet is not touched.',
    input: afterEarlierRun((wb) => {
      void wb.getWorksheet(SUMMARY)!.protect('', {});
    }),
    expect: { warnings: ['OUTPUT_OWNED_PROTECTED'] },
    at: [`OUTPUT_OWNED_PROTECTED@${SUMMARY}`],
  },
  {
    id: 'protected-input-sheet',
    about: 'The scoring sheet is protected (Protect Sheet).',
    shows: 'Read normally, never written; no finding.',
    input: () => {
      const book = baseBook();
      sheetOf(book, BLOC).protect = true;
      return book;
    },
    expect: {},
  },
  {
    id: 'protected-workbook-structure',
    about: 'The workbook structure is protected (Protect Workbook: <workbookProtection lockStructure="1"/>).',
    shows: 'check: read normally. score: exit 2, nothing written (a copy would drop the protection). Task pane: OUTPUT_STRUCTURE_PROTECTED (error), nothing written.',
    input: async () =>
      repack(await bookBytes(baseBook()), {
        'xl/workbook.xml': (old) => ({ name: 'xl/workbook.xml', data: utf8(text(old).replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>')) }),
      }),
    expect: {},
    scoreRefused: /bảo vệ cấu trúc/,
    office: { structureProtected: true, expect: { errors: ['OUTPUT_STRUCTURE_PROTECTED'] } },
  },
];
