/**
 * The nominees per title (§5 item 5, the list put to the council): eligible rows grouped by title or
 * form of commendation, then by unit, people sorted the Vietnamese way (given name first, see
 * compareVietnameseNames), with a count per title; and apart, the cases the council must decide
 * (`review` rows, and units tied for the last flag place).
 */
import type { Paragraph, Table } from 'docx';
import type { Lang } from '../engine';
import type { BlocResult, NominationResult } from '../engine';
import { compareVietnamese, compareVietnameseNames } from '../engine';
import { awardLabel, isCollectiveAward } from '../engine';
import { unitNotes } from '../engine';
import { MINUTES_TEXT } from './strings';
import type { Row } from './table';
import { STT_WIDTH, dataTable } from './table';
import { bodyLine, subheading } from './meeting';
import { para } from './docStyle';

/** Highest distinction first, individuals before collectives, as lists are read out to a council. */
export const AWARD_ORDER = ['CSTD_TOANQUOC', 'CSTD_TINH', 'CSTDCS', 'LDTT', 'BK_TTG', 'BK_BO', 'BK_TINH', 'GIAY_KHEN', 'CO_CHINHPHU', 'CO_TINH', 'TTLDXS', 'TTLDTT'];

export function compareAwards(a: string, b: string): number {
  const ia = AWARD_ORDER.indexOf(a);
  const ib = AWARD_ORDER.indexOf(b);
  if (ia !== ib) return (ia < 0 ? AWARD_ORDER.length : ia) - (ib < 0 ? AWARD_ORDER.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

function isCollective(n: NominationResult): boolean {
  return n.kind === 'collective' || isCollectiveAward(n.award);
}

/** Award → unit → rows, each level in its order. */
export function groupNominees(rows: readonly NominationResult[]): { award: string; units: { unit: string; rows: NominationResult[] }[] }[] {
  // One pass into award → unit buckets (rows keep their order inside a bucket), then each level sorted.
  const byAward = new Map<string, Map<string, NominationResult[]>>();
  for (const r of rows) {
    let units = byAward.get(r.award);
    if (!units) byAward.set(r.award, (units = new Map()));
    const list = units.get(r.unit);
    if (list) list.push(r);
    else units.set(r.unit, [r]);
  }
  return [...byAward.keys()].sort(compareAwards).map((award) => {
    const units = byAward.get(award)!;
    return {
      award,
      units: [...units.keys()].sort(compareVietnamese).map((unit) => ({ unit, rows: units.get(unit)!.sort((a, b) => compareVietnameseNames(a.name, b.name)) })),
    };
  });
}

function awardTable(group: ReturnType<typeof groupNominees>[number], lang: Lang): Table {
  const t = MINUTES_TEXT[lang];
  const collective = isCollectiveAward(group.award);
  const rows: Row[] = [];
  let i = 0;
  if (collective) {
    for (const u of group.units) for (const r of u.rows) rows.push({ cells: [String(++i), r.name, r.unit] });
    return dataTable(
      [
        { header: t.colStt, weight: 0, fixed: STT_WIDTH, align: 'center' },
        { header: t.colCollective, weight: 50 },
        { header: t.colUnit, weight: 44 },
      ],
      rows,
    );
  }
  for (const u of group.units) {
    rows.push({ section: `${u.unit || '—'} (${u.rows.length})` });
    for (const r of u.rows) rows.push({ cells: [String(++i), r.name, r.position ?? ''] });
  }
  return dataTable(
    [
      { header: t.colStt, weight: 0, fixed: STT_WIDTH, align: 'center' },
      { header: t.colName, weight: 50 },
      { header: t.colPosition, weight: 44 },
    ],
    rows,
  );
}

export function nomineesPart(nominations: readonly NominationResult[], n: number, lang: Lang): (Paragraph | Table)[] {
  const t = MINUTES_TEXT[lang];
  const eligible = nominations.filter((r) => r.status === 'eligible');
  const out: (Paragraph | Table)[] = [subheading(t.partNominees(n))];
  if (eligible.length === 0) out.push(bodyLine(t.noNominees));
  else {
    out.push(bodyLine(t.nomineesIntro));
    groupNominees(eligible).forEach((g, i) => {
      const count = g.units.reduce((a, u) => a + u.rows.length, 0);
      out.push(para(t.awardHeading(`${n}.${i + 1}.`, awardLabel(g.award, lang), count, isCollectiveAward(g.award)), { bold: true, before: 120, keepNext: true }));
      out.push(awardTable(g, lang));
    });
    const groups = eligible.filter(isCollective).length;
    out.push(bodyLine(t.totalsLine(eligible.length - groups, groups)));
  }
  const ineligible = nominations.filter((r) => r.status === 'ineligible').length;
  if (ineligible > 0) out.push(bodyLine(t.ineligibleLine(ineligible)));
  return out;
}

export function reviewPart(nominations: readonly NominationResult[], blocs: readonly BlocResult[], n: number, lang: Lang): (Paragraph | Table)[] {
  const t = MINUTES_TEXT[lang];
  const items: { name: string; unit: string; award: string; awardText: string; reason: string; kind: 'unit' | NominationResult['kind'] }[] = [];
  for (const b of blocs)
    for (const u of b.units)
      if (u.status === 'review') items.push({ name: u.unit, unit: b.name, award: 'CO_TINH', awardText: t.flagTie, reason: unitNotes(u, lang).join('\n'), kind: 'unit' });
  for (const r of nominations)
    if (r.status === 'review')
      items.push({ name: r.name, unit: r.unit, award: r.award, awardText: awardLabel(r.award, lang), reason: r.reasons.map((x) => x.message).join('\n'), kind: r.kind });
  // People by given name, collectives by name; units tied for a flag keep their rank order (stable sort).
  const byName = (a: (typeof items)[number], b: (typeof items)[number]): number =>
    a.kind === 'unit' || b.kind === 'unit' ? 0 : a.kind === 'individual' && b.kind === 'individual' ? compareVietnameseNames(a.name, b.name) : compareVietnamese(a.name, b.name);
  items.sort((a, b) => compareAwards(a.award, b.award) || compareVietnamese(a.unit, b.unit) || byName(a, b));
  const out: (Paragraph | Table)[] = [subheading(t.partReview(n))];
  if (items.length === 0) return [...out, bodyLine(t.noReview)];
  out.push(
    dataTable(
      [
        { header: t.colStt, weight: 0, fixed: STT_WIDTH, align: 'center' },
        { header: `${t.colName} / ${t.colCollective}`, weight: 20 },
        { header: t.colUnit, weight: 17 },
        { header: t.colAward, weight: 16 },
        { header: t.colReason, weight: 42 },
      ],
      items.map((x, i) => ({ cells: [String(i + 1), x.name, x.unit, x.awardText, x.reason] })),
    ),
  );
  return out;
}
