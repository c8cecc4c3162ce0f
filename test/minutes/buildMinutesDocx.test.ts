/**
 * The minutes .docx re-read: its XML (header block, tables, row properties, font, A4 page) and its
 * content (ranking, votes, nominees per title, cases to decide), in Vietnamese and English.
 */
import { buildMinutesDocx } from '../../src/minutes';
import { messageText } from '../../src/engine/findings/messages';
import { compareVietnameseNames } from '../../src/engine/cells/collation';
import type { Analysis, BlocResult } from '../../src/engine/model';
import { DEFAULT_PARAMS } from '../../src/engine/settings/params';
import { fixtureAnalysis, THCS } from './analysisFixture';
import { docxPart, tableRowsXml, tables, xmlText } from './docxXml';

const NOW = new Date('2025-05-20T08:00:00Z');

async function build(analysis: Analysis, lang: 'vi' | 'en' = 'vi', meeting?: 'council' | 'bloc'): Promise<{ bytes: Uint8Array; xml: string; text: string; tbls: string[][][] }> {
  const bytes = await buildMinutesDocx(analysis, { now: NOW, lang, ...(meeting ? { meeting } : {}) });
  const xml = await docxPart(bytes, 'word/document.xml');
  return { bytes, xml, text: xmlText(xml), tbls: tables(xml) };
}

/** The table whose header row holds `header`. */
function tableWith(tbls: string[][][], header: string): string[][] {
  const t = tbls.find((x) => x[0]?.includes(header));
  if (!t) throw new Error(`no table with header ${header}`);
  return t;
}

describe('buildMinutesDocx (vi)', () => {
  let doc: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    doc = await build(fixtureAnalysis());
  });

  test('is a zip (docx) with the main document part', () => {
    expect(doc.bytes[0]).toBe(0x50);
    expect(doc.bytes[1]).toBe(0x4b);
    expect(doc.xml).toContain('<w:body>');
  });

  test('administrative header block: bodies left, national name and motto right, date line, title and period', () => {
    const [block] = doc.tbls;
    expect(block).toHaveLength(1);
    expect(block![0]![0]).toBe('UBND HUYỆN ĐẦM HÀ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐẦM HÀ\nSố: ……/BB-HĐTĐKT');
    expect(block![0]![1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐầm Hà, ngày …… tháng …… năm 2025');
    expect(doc.text).toContain('BIÊN BẢN\nHọp Hội đồng Thi đua - Khen thưởng\nBình xét thi đua, khen thưởng năm học 2024-2025');
  });

  test('time, place and attendance placeholders with the chair and secretary from the settings', () => {
    expect(doc.text).toContain('Thời gian: vào lúc …… giờ …… phút');
    expect(doc.text).toContain('Địa điểm: ');
    expect(doc.text).toContain('Chủ trì: Đỗ Văn Hùng - Chủ tịch Hội đồng Thi đua - Khen thưởng.');
    expect(doc.text).toContain('Thư ký: Vũ Thị Hoa.');
    expect(doc.text).toContain('Thành viên có mặt: …… /……');
    expect(doc.text).toContain('Vắng mặt: ……');
    expect(doc.text).toContain(`Căn cứ ${DEFAULT_PARAMS.legalBasis};`);
  });

  test('A4 portrait page, Times New Roman 13 by default', async () => {
    expect(doc.xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/);
    const styles = await docxPart(doc.bytes, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toMatch(/<w:sz w:val="26"\/>/);
    // Every run of the body names the font too, so a pasted table keeps it.
    const fonts = [...doc.xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
    expect(doc.xml).toContain('<w:sz w:val="28"/>');
  });

  test('ranked table per bloc, in rank order, with totals, classification, proposals and rendered notes', () => {
    const t = tableWith(doc.tbls, 'Xếp hạng');
    expect(t[0]).toEqual(['STT', 'Đơn vị', 'Tự chấm', 'Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Đề nghị', 'Ghi chú']);
    expect(t.slice(1)).toEqual([
      ['1', 'THCS Đầm Hà', '98', '97,5', '1', 'Xuất sắc', 'Cờ thi đua', ''],
      ['2', 'THCS Quảng Lợi', '95', '92', '2', 'Tốt', 'Bằng khen', ''],
      ['3', 'THCS Quảng Thành', '90', '80,25', '3', 'Khá', '', messageText('NOTE_GAP', THCS.units[2]!.notes[0]!.params, 'vi')],
    ]);
    expect(doc.text).toContain('1.1. Khối THCS (thang điểm 100; 3 đơn vị)');
    // A bloc without self scores has no self column; a tie for the flag reads "Cần hiệp thương".
    const th = doc.tbls.filter((x) => x[0]?.includes('Xếp hạng'))[1]!;
    expect(th[0]).toEqual(['STT', 'Đơn vị', 'Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Đề nghị', 'Ghi chú']);
    expect(th[1]!.slice(1, 6)).toEqual(['TH Tân Bình', '96', '1', 'Xuất sắc', 'Cần hiệp thương']);
    expect(th[2]![3]).toBe('1');
  });

  test('data tables repeat their header row and never split a row across pages', () => {
    const rows = tableRowsXml(doc.xml).filter((t) => xmlText(t[0]!).includes('STT'));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const t of rows) {
      expect(t[0]).toContain('<w:tblHeader/>');
      for (const r of t) expect(r).toContain('<w:cantSplit/>');
      for (const r of t.slice(1)) expect(r).not.toContain('<w:tblHeader/>');
    }
  });

  test('vote table: ballots, votes for, share and the threshold result (more than 50 %)', () => {
    expect(doc.text).toContain('2. Kết quả bỏ phiếu suy tôn');
    expect(doc.text).toContain('số phiếu đồng ý trên 50% tổng số phiếu');
    const t = tableWith(doc.tbls, 'Số phiếu đồng ý');
    expect(t.slice(1)).toEqual([
      ['1', 'THCS Đầm Hà', 'Khối THCS', '11', '9', '81,82', 'Đạt'],
      ['2', 'THCS Quảng Lợi', 'Khối THCS', '11', '5', '45,45', 'Không đạt'],
    ]);
  });

  test('eligible nominees per title (highest first), then per unit, names in Vietnamese order, with counts', () => {
    expect(doc.text).toContain('3. Danh sách đề nghị khen thưởng đủ điều kiện');
    const headings = doc.text.split('\n').filter((l) => /^3\.\d+\. /.test(l));
    expect(headings).toEqual(['3.1. Chiến sĩ thi đua cơ sở: 1 cá nhân', '3.2. Lao động tiên tiến: 3 cá nhân', '3.3. Tập thể lao động xuất sắc: 1 tập thể']);
    const ldtt = doc.tbls.filter((x) => x[0]?.[1] === 'Họ và tên')[1]!;
    expect(ldtt.slice(1)).toEqual([['THCS Đầm Hà (2)'], ['1', 'Nguyễn Văn An', 'Giáo viên'], ['2', 'Trần Thị Bình', 'Tổ trưởng'], ['THCS Quảng Lợi (1)'], ['3', 'Lê Văn Cường', 'Hiệu trưởng']]);
    expect(compareVietnameseNames('Nguyễn Văn An', 'Trần Thị Bình')).toBeLessThan(0);
    const collective = tableWith(doc.tbls, 'Tên tập thể');
    expect(collective.slice(1)).toEqual([['1', 'Tổ Toán - Tin', 'THCS Đầm Hà']]);
    expect(doc.text).toContain('Tổng cộng: 4 lượt cá nhân, 1 lượt tập thể.');
  });

  test('ineligible rows are counted, never listed; review rows and flag ties are listed apart with their reasons', () => {
    expect(doc.text).not.toContain('Hoàng Văn Em');
    expect(doc.text).toContain('Ngoài ra có 1 trường hợp không đủ điều kiện');
    expect(doc.text).toContain('4. Các trường hợp cần Hội đồng xem xét');
    const t = tableWith(doc.tbls, 'Lý do cần xem xét');
    expect(t.slice(1).map((r) => r.slice(1, 4))).toEqual([
      ['Phạm Thị Dung', 'THCS Đầm Hà', 'Chiến sĩ thi đua cơ sở'],
      // Units tied for the flag keep the bloc's order.
      ['TH Tân Bình', 'Khối Tiểu học', 'Cờ thi đua'],
      ['TH Quảng Tân', 'Khối Tiểu học', 'Cờ thi đua'],
    ]);
    expect(t[1]![4]).toBe('Đề nghị khen thưởng!H7: thiếu xếp loại năm học 2023-2024.');
  });

  test('discussion, conclusion and the signature block with the names from the settings', () => {
    expect(doc.text).toContain('5. Ý kiến thảo luận');
    expect(doc.text).toContain('6. Kết luận');
    const sign = doc.tbls[doc.tbls.length - 1]!;
    expect(sign[0]).toEqual(['THƯ KÝ\n(Ký, ghi rõ họ tên)\nVũ Thị Hoa', 'CHỦ TỊCH HỘI ĐỒNG\n(Ký, ghi rõ họ tên)\nĐỗ Văn Hùng']);
    // Dotted writing lines are right tabs with a dot leader, not typed dots.
    expect(doc.xml).toMatch(/<w:tab w:val="right" w:pos="9071" w:leader="dot"\/>/);
  });

  test('page number footer', async () => {
    const footer = await docxPart(doc.bytes, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(xmlText(footer)).toContain('Trang');
  });
});

describe('buildMinutesDocx variants', () => {
  test('no votes: no vote table, the nominee part becomes 2.', async () => {
    const { text, tbls } = await build(fixtureAnalysis({ votes: false }));
    expect(text).not.toContain('Kết quả bỏ phiếu');
    expect(tbls.some((t) => t[0]?.includes('Số phiếu đồng ý'))).toBe(false);
    expect(text).toContain('2. Danh sách đề nghị khen thưởng đủ điều kiện');
    expect(text).toContain('3. Các trường hợp cần Hội đồng xem xét');
  });

  test('vote threshold boundary: exactly 50 % does not pass "more than 50 %", 50 % + 1 vote does', async () => {
    const a = fixtureAnalysis();
    const bloc: BlocResult = {
      ...THCS,
      units: [
        { ...THCS.units[0]!, votes: { votesFor: 6, total: 12, share: 0.5, sheet: 'Suy tôn', row: 2 } },
        { ...THCS.units[1]!, votes: { votesFor: 7, total: 12, share: 7 / 12, sheet: 'Suy tôn', row: 3 } },
      ],
    };
    const { tbls } = await build({ ...a, blocs: [bloc] });
    const t = tableWith(tbls, 'Số phiếu đồng ý');
    expect(t.slice(1).map((r) => [r[5], r[6]])).toEqual([
      ['50', 'Không đạt'],
      ['58,33', 'Đạt'],
    ]);
  });

  test('English', async () => {
    const { text, tbls } = await build(fixtureAnalysis(), 'en');
    expect(tbls[0]![0]![1]).toBe('SOCIALIST REPUBLIC OF VIETNAM\nIndependence - Freedom - Happiness\nĐầm Hà, …… / …… / 2025');
    expect(text).toContain('MINUTES');
    expect(text).toContain('school year 2024-2025');
    const t = tableWith(tbls, 'Rank');
    expect(t[1]).toEqual(['1', 'THCS Đầm Hà', '98', '97.5', '1', 'Excellent', 'Emulation flag', '']);
    expect(t[3]![7]).toBe(messageText('NOTE_GAP', THCS.units[2]!.notes[0]!.params, 'en'));
    expect(text).toContain('3.2. Advanced worker: 3 person(s)');
    expect(text).not.toMatch(/Xếp hạng|Họ và tên|Biên bản/);
  });

  test('bloc meeting: scores and votes only, signed by the bloc leader', async () => {
    const { text, tbls } = await build(fixtureAnalysis(), 'vi', 'bloc');
    expect(text).toContain('Họp bình xét thi đua của khối, cụm thi đua');
    expect(text).not.toContain('Danh sách đề nghị khen thưởng');
    expect(text).not.toContain('Phạm Thị Dung');
    // The tie for the flag still needs the meeting's decision.
    expect(tableWith(tbls, 'Lý do cần xem xét').length).toBe(3);
    expect(tbls[tbls.length - 1]![0]![1]).toContain('KHỐI TRƯỞNG');
  });

  test('empty analysis and settings: blanks instead of names, "nothing" lines instead of tables', async () => {
    const { text, tbls } = await build({ params: DEFAULT_PARAMS, sheets: [], blocs: [], nominations: [], quotas: [], findings: [] });
    expect(tbls[0]![0]![0]).toBe('……………\n……………\nSố: ……/BB-HĐTĐKT');
    expect(tbls[0]![0]![1]).toContain('……………, ngày …… tháng …… năm 2025');
    expect(text).toContain('Bình xét thi đua, khen thưởng\n');
    expect(text).toContain('Không có bảng chấm điểm.');
    expect(text).toContain('Không có trường hợp đủ điều kiện.');
    expect(text).toContain('Không có trường hợp cần xem xét.');
    expect(text).toContain('Chủ trì: …………… -');
  });
});
