import { FindingSink } from '../../../src/engine/findings/types';
import type { SheetRecognition } from '../../../src/engine/model';
import { checkInputs } from '../../../src/engine/reliability/checkInputs';
import { renderFinding } from '../../../src/engine/findings/messages';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/workbook/snapshot';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, visibility: 'visible', values, merges: [] });
const role = (s: string, r: SheetRecognition['role']): SheetRecognition => ({ sheet: s, role: r, headerRow: null, by: 'name' });

function run(book: WorkbookSnapshot, roles: SheetRecognition[]) {
  const sink = new FindingSink();
  checkInputs(book, roles, sink);
  return sink.items;
}

describe('checkInputs', () => {
  it('an empty workbook is an error naming the file; system sheets do not count as data', () => {
    const f = run({ source: 'a.xlsx', sheets: [sheet('Sheet1', [[null]]), sheet('_thidua', [['name']])] }, [role('_thidua', 'ownership')]);
    expect(f.map((x) => [x.code, x.severity])).toEqual([['WORKBOOK_EMPTY', 'error']]);
    expect(renderFinding(f[0]!)).toContain('«a.xlsx»');
  });

  it('nothing recognised is an error listing the sheets; one recognised sheet is enough', () => {
    const book = { sheets: [sheet('A', [['x']]), sheet('B', [['y']])] };
    expect(run(book, [role('A', 'unknown'), role('B', 'unknown')]).map((x) => x.code)).toEqual(['WORKBOOK_NOTHING_RECOGNISED']);
    expect(run(book, [role('A', 'criteria'), role('B', 'unknown')]).map((x) => [x.code, x.severity, x.sheet])).toEqual([['SHEET_NOT_RECOGNISED', 'info', 'B']]);
    expect(run(book, [role('A', 'criteria'), role('B', 'scoring')])).toEqual([]);
  });

  it('legacy text: one warning per sheet at the first such cell, with the encoding and the count', () => {
    const book = { sheets: [sheet('Cũ', [['STT', 'Hä vµ tªn'], [1, 'NguyÔn V¨n An', 'Tr\u00ADêng THCS An Phó']]), sheet('Mới', [['Họ và tên']])] };
    const f = run(book, [role('Cũ', 'nominations'), role('Mới', 'nominations')]);
    expect(f.map((x) => [x.code, x.sheet, x.cell, x.params.encoding, x.params.count])).toEqual([['TEXT_LEGACY_ENCODING', 'Cũ', 'B1', 'TCVN3', 2]]);
    expect(renderFinding(f[0]!)).toMatch(/^Cũ!B1: .*TCVN3/);
  });

  it('legacy text: candidates after empty and plain rows, several in a row, Latin-1 text that is no legacy text', () => {
    const rows: CellValue[][] = [[], ['café', 1, null], [null, 'abc'], ['Tr\u00ADêng', 'x', 'NguyÔn V¨n An', 'Hä vµ tªn'], [], [2, 'Häc sinh']];
    const f = run({ sheets: [sheet('Cũ', rows)] }, [role('Cũ', 'nominations')]);
    expect(f.map((x) => [x.code, x.cell, x.params.count])).toEqual([['TEXT_LEGACY_ENCODING', 'A4', 2]]);
  });
});
