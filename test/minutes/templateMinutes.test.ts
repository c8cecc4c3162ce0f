/**
 * Golden path: the example workbook (`thidua template`) → analyze → minutes. Whatever the engine
 * ranks and checks must be what the minutes print: every bloc's table in rank order, every eligible
 * nomination once under its title, every `review` case in the table of cases to decide.
 */
import { analyze } from '../../src/engine/analyze';
import { exampleTemplateSheets, templateToSnapshot } from '../../src/engine/template';
import { formatNumberVi } from '../../src/engine/cells/values';
import { CLASSIFICATION_LABELS } from '../../src/engine/settings/params';
import type { Analysis } from '../../src/engine/model';
import { buildMinutesDocx } from '../../src/minutes';
import { docxPart, tables, xmlText } from './docxXml';

const NOW = new Date('2025-05-20T08:00:00Z');

describe('template → analyze → minutes', () => {
  let analysis: Analysis;
  let text: string;
  let tbls: string[][][];

  beforeAll(async () => {
    analysis = analyze(templateToSnapshot(exampleTemplateSheets()), { now: NOW, lang: 'vi' });
    const xml = await docxPart(await buildMinutesDocx(analysis, { now: NOW, lang: 'vi' }), 'word/document.xml');
    text = xmlText(xml);
    tbls = tables(xml);
  });

  test('the example has blocs to print', () => {
    expect(analysis.blocs.length).toBeGreaterThanOrEqual(2);
  });

  test('header names the issuing body and the period of the workbook settings', () => {
    if (analysis.params.agency) expect(tbls[0]![0]![0]).toContain(analysis.params.agency.toUpperCase());
    if (analysis.params.period?.kind === 'schoolYear') expect(text).toContain(`năm học ${analysis.params.period.start}-${analysis.params.period.start + 1}`);
  });

  test('one ranked table per bloc, units in rank order with total, rank and classification', () => {
    const ranked = tbls.filter((t) => t[0]?.includes('Xếp hạng') && t[0]?.includes('Ghi chú'));
    expect(ranked).toHaveLength(analysis.blocs.length);
    analysis.blocs.forEach((b, i) => {
      expect(text).toContain(`1.${i + 1}. ${b.name} (thang điểm ${formatNumberVi(b.scale)}; ${b.units.length} đơn vị)`);
      const t = ranked[i]!;
      const col = (h: string): number => t[0]!.indexOf(h);
      expect(t.slice(1).map((r) => [r[col('Đơn vị')], r[col('Tổng điểm')], r[col('Xếp hạng')], r[col('Xếp loại')]])).toEqual(
        b.units.map((u) => [u.unit, formatNumberVi(u.total), String(u.rank), CLASSIFICATION_LABELS[u.classification].vi]),
      );
      const flagged = b.units.filter((u) => u.proposal === 'CO_TINH').map((u) => u.unit);
      expect(t.slice(1).filter((r) => r[col('Đề nghị')] === 'Cờ thi đua').map((r) => r[col('Đơn vị')])).toEqual(flagged);
    });
  });

  test('eligible nominations listed once each under their title; review cases apart; ineligible ones only counted', () => {
    const eligible = analysis.nominations.filter((n) => n.status === 'eligible');
    const listed = tbls.filter((t) => t[0]?.[1] === 'Họ và tên' || t[0]?.[1] === 'Tên tập thể').flatMap((t) => t.slice(1).filter((r) => r.length > 1));
    expect(listed).toHaveLength(eligible.length);
    const review = analysis.nominations.filter((n) => n.status === 'review').length + analysis.blocs.flatMap((b) => b.units).filter((u) => u.status === 'review').length;
    const reviewTable = tbls.find((t) => t[0]?.includes('Lý do cần xem xét'));
    expect(reviewTable ? reviewTable.length - 1 : 0).toBe(review);
    const ineligible = analysis.nominations.filter((n) => n.status === 'ineligible').length;
    if (ineligible > 0) expect(text).toContain(`Ngoài ra có ${ineligible} trường hợp không đủ điều kiện`);
  });
});
