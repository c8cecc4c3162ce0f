/**
 * The minutes' tables are written as XML strings (src/minutes/tableXml.ts through PrebuiltTable): the
 * document must be the one docx writes from its own Table / TableRow / TableCell objects, byte for
 * byte, whatever the cells hold (entities, control characters, line breaks, empty or missing cells,
 * bold columns, section rows, every alignment).
 */
import { Document, Packer, Paragraph } from 'docx';
import type { Table } from 'docx';
import type { Column, Row } from '../../src/minutes/table';
import { STT_WIDTH, dataTable } from '../../src/minutes/table';
import { escapeXml } from '../../src/minutes/tableXml';
import { referenceDataTable } from './referenceTable';
import { docxPart, tables } from './docxXml';

async function documentXml(children: (Paragraph | Table)[]): Promise<string> {
  const doc = new Document({ creator: 'test', sections: [{ children }] });
  return docxPart(new Uint8Array(await Packer.toArrayBuffer(doc)), 'word/document.xml');
}

/** Both ways to the same table, between two paragraphs so its neighbours are checked too. */
async function both(columns: readonly Column[], rows: readonly Row[]): Promise<{ written: string; reference: string }> {
  const around = (t: Table): (Paragraph | Table)[] => [new Paragraph('before'), t, new Paragraph('after')];
  return { written: await documentXml(around(dataTable(columns, rows))), reference: await documentXml(around(referenceDataTable(columns, rows))) };
}

const COLUMNS: Column[] = [
  { header: 'STT', weight: 0, fixed: STT_WIDTH, align: 'center' },
  { header: 'Họ & tên <người>', weight: 50 },
  { header: 'Ghi "chú"', weight: 30, align: 'both' },
  { header: "Điểm 'số'", weight: 0, fixed: 900, align: 'right' },
];

describe('dataTable written as XML', () => {
  test('is the XML docx writes from its objects, for every kind of cell and row', async () => {
    const rows: Row[] = [
      { cells: ['1', 'Nguyễn Văn An', 'a & b < c > d', '97,5'] },
      { section: 'Trường THCS Đầm Hà (2)' },
      { cells: ['2', 'Trần "Bình"', 'dòng 1\ndòng 2\n\ndòng 4', "it's"], bold: true },
      { cells: ['3', 'ctrl\u0001\u001f\ttab\rcr', '', '1'], bold: [0, 3] },
      { cells: ['4'], bold: false },
      { cells: ['5', '  leading and trailing  ', '\n', '&amp;'] },
    ];
    const { written, reference } = await both(COLUMNS, rows);
    expect(written).toBe(reference);
    expect(tables(written)[0]).toEqual([
      ['STT', 'Họ & tên <người>', 'Ghi "chú"', "Điểm 'số'"],
      ['1', 'Nguyễn Văn An', 'a & b < c > d', '97,5'],
      ['Trường THCS Đầm Hà (2)'],
      ['2', 'Trần "Bình"', 'dòng 1\ndòng 2\ndòng 4', "it's"],
      ['3', 'ctrl\ttab\rcr', '', '1'],
      ['4', '', '', ''],
      ['5', '  leading and trailing  ', '', '&amp;'],
    ]);
  });

  test('a table of one column: the section row spans nothing; a table with no body rows', async () => {
    const one: Column[] = [{ header: 'Tên', weight: 1 }];
    const a = await both(one, [{ section: 'Khối 1' }, { cells: ['x'] }]);
    expect(a.written).toBe(a.reference);
    expect(a.written).not.toContain('w:gridSpan');
    const b = await both(COLUMNS, []);
    expect(b.written).toBe(b.reference);
  });

  test('a long table (the 50,000-nominee case) is written whole: every row, in order, once', async () => {
    const n = 15000;
    const rows: Row[] = Array.from({ length: n }, (_, i) => (i % 10 === 0 ? { section: `Đơn vị ${i}` } : { cells: [String(i), `Người ${i} & <b>`, 'Giáo viên'] }));
    const xml = await documentXml([dataTable(COLUMNS.slice(0, 3), rows)]);
    const texts = tables(xml)[0]!;
    expect(texts).toHaveLength(n + 1);
    expect(texts[1]).toEqual(['Đơn vị 0']);
    expect(texts[n]).toEqual([String(n - 1), `Người ${n - 1} & <b>`, 'Giáo viên']);
    expect(texts.filter((r) => r.length === 1)).toHaveLength(n / 10);
  });

  test('escapes as docx does: the five entities, forbidden control characters dropped', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXml('x\u0000\u0008\u000b\u000c\u000e\u001fy\t\n\r')).toBe('xy\t\n\r');
    expect(escapeXml('Đơn vị')).toBe('Đơn vị');
  });
});
