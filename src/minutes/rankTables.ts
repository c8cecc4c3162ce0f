/**
 * The ranked table of each bloc (§4.2, §4.3), the one officers paste into the minutes: rank order,
 * totals, classification, proposal (Cờ thi đua / Bằng khen) and the notes that explain ties, vetoes
 * and self-vs-bloc gaps. A self-score column appears when the bloc has both kinds of scores (the gap is
 * what the meeting must hear explained). Group scores, bonus and deduction stay in the bloc's sheet:
 * a portrait A4 page has no room for them next to the notes.
 */
import type { Paragraph, Table } from 'docx';
import type { Lang } from '../engine';
import type { BlocResult, UnitResult } from '../engine';
import { classificationText, proposalText, unitNotes } from '../engine';
import { MINUTES_TEXT } from './strings';
import type { Column, Row } from './table';
import { STT_WIDTH, dataTable } from './table';
import { num, para } from './docStyle';
import { bodyLine, subheading } from './meeting';

/** A score, a rank: "97,5" and a two-word header ("Tổng / điểm") in bold 12 pt. */
const NUMBER_WIDTH = 750;

interface RankColumn {
  readonly column: Column;
  readonly value: (u: UnitResult, i: number) => string;
}

function rankColumns(bloc: BlocResult, lang: Lang): RankColumn[] {
  const t = MINUTES_TEXT[lang];
  const cols: RankColumn[] = [
    { column: { header: t.colStt, weight: 0, fixed: STT_WIDTH, align: 'center' }, value: (_, i) => String(i + 1) },
    { column: { header: t.colUnit, weight: 55 }, value: (u) => u.unit },
  ];
  if (bloc.hasSelfAndBloc)
    cols.push({ column: { header: t.colSelf, weight: 0, fixed: NUMBER_WIDTH, align: 'center' }, value: (u) => (u.selfTotal === null ? '' : num(u.selfTotal, lang)) });
  cols.push(
    { column: { header: t.colTotal, weight: 0, fixed: NUMBER_WIDTH, align: 'center' }, value: (u) => num(u.total, lang) },
    { column: { header: t.colRank, weight: 0, fixed: NUMBER_WIDTH, align: 'center' }, value: (u) => String(u.rank) },
    { column: { header: t.colClass, weight: 0, fixed: 1000, align: 'center' }, value: (u) => classificationText(u, lang) },
    { column: { header: t.colProposal, weight: 0, fixed: 1100, align: 'center' }, value: (u) => proposalText(u, lang) },
    { column: { header: t.colNotes, weight: 45 }, value: (u) => unitNotes(u, lang).join('\n') },
  );
  return cols;
}

export function blocTable(bloc: BlocResult, lang: Lang): Table {
  const cols = rankColumns(bloc, lang);
  // A proposed unit stands out, its notes stay plain.
  const strong = cols.map((_, i) => i).slice(0, -1);
  const rows: Row[] = bloc.units.map((u, i) => ({ cells: cols.map((c) => c.value(u, i)), bold: u.proposal !== null ? strong : false }));
  return dataTable(
    cols.map((c) => c.column),
    rows,
  );
}

export function rankingPart(blocs: readonly BlocResult[], lang: Lang): (Paragraph | Table)[] {
  const t = MINUTES_TEXT[lang];
  const out: (Paragraph | Table)[] = [subheading(t.partRanking)];
  if (blocs.length === 0) return [...out, bodyLine(t.noBlocs)];
  blocs.forEach((b, i) => {
    out.push(para(t.blocHeading(i + 1, b.name, num(b.scale, lang), b.units.length), { bold: true, before: 120, keepNext: true }));
    out.push(blocTable(b, lang));
  });
  return out;
}
