/**
 * The bodies of the nomination output sheets (SPEC §5.3–§5.5) as plain columns + rows, so ordering,
 * grouping and counts are testable without the print layout around them.
 */
import type { Lang } from '../findings/types';
import type { NominationResult, NominationStatus, QuotaResult } from '../model';
import type { PlanValue } from '../../workbook/plan';
import type { Rounding } from '../settings/params';
import { compareVietnamese, compareVietnameseNames } from '../cells/collation';
import { ALL_AWARDS, awardLabel } from '../nominations/vocab/awards';
import { formatNumberVi } from '../cells/values';
import { unitMatchKey } from '../nominations/unitKey';

export const NOMINATION_TEXT = {
  vi: {
    checkTitle: 'Kết quả kiểm tra hồ sơ đề nghị khen thưởng',
    basis: 'Căn cứ',
    quotaTitle: 'Tỷ lệ khen thưởng',
    councilTitle: 'Danh sách đề nghị khen thưởng trình Hội đồng Thi đua - Khen thưởng',
    source: 'Nguồn',
    name: 'Họ và tên',
    unit: 'Đơn vị',
    award: 'Danh hiệu',
    result: 'Kết quả',
    reasons: 'Lý do',
    stt: 'STT',
    position: 'Chức vụ',
    note: 'Ghi chú',
    base: 'Cơ sở tính',
    limit: 'Tối đa',
    count: 'Số đề nghị',
    ok: 'Đạt',
    row: (sheet: string, row: number) => `${sheet}, dòng ${row}`,
    status: { eligible: 'Đủ điều kiện', ineligible: 'Không đủ điều kiện', review: 'Cần xem xét' } as Record<NominationStatus, string>,
    unknownAward: 'Danh hiệu chưa rõ',
    review: 'Cần Hội đồng xem xét',
    people: (n: number, collective: boolean) => `${n} ${collective ? 'tập thể' : 'người'}`,
    total: (people: number, groups: number, review: number) => `Tổng cộng: ${people} cá nhân, ${groups} tập thể đủ điều kiện; ${review} trường hợp cần Hội đồng xem xét.`,
    quotaNote: (rate: number, rounding: Rounding) =>
      `Tối đa = ${formatNumberVi(rate)} % × cơ sở tính (số người đạt tiêu chuẩn LĐTT được đề nghị LĐTT trở lên), làm tròn ${rounding === 'down' ? 'xuống' : rounding === 'up' ? 'lên' : 'đến số gần nhất'}. Số đề nghị: số đề nghị đủ các điều kiện khác, trước khi xét tỷ lệ.`,
    noQuota: 'Không có đề nghị nào phải xét tỷ lệ.',
  },
  en: {
    checkTitle: 'Nomination check results',
    basis: 'Legal basis',
    quotaTitle: 'Award quotas',
    councilTitle: 'Nominations submitted to the Emulation and Commendation Council',
    source: 'Source',
    name: 'Name',
    unit: 'Unit',
    award: 'Title',
    result: 'Result',
    reasons: 'Reasons',
    stt: 'No.',
    position: 'Position',
    note: 'Notes',
    base: 'Base',
    limit: 'Limit',
    count: 'Nominated',
    ok: 'OK',
    row: (sheet: string, row: number) => `${sheet}, row ${row}`,
    status: { eligible: 'Eligible', ineligible: 'Not eligible', review: 'To review' } as Record<NominationStatus, string>,
    unknownAward: 'Unrecognised title',
    review: 'For the council to review',
    people: (n: number, collective: boolean) => `${n} ${collective ? (n === 1 ? 'collective' : 'collectives') : n === 1 ? 'person' : 'people'}`,
    total: (people: number, groups: number, review: number) => `Total: ${people} individuals, ${groups} collectives eligible; ${review} case(s) for the council to review.`,
    quotaNote: (rate: number, rounding: Rounding) =>
      `Limit = ${rate} % × base (nominees meeting the LĐTT conditions, nominated for LĐTT or higher), rounded ${rounding}. Nominated: nominations meeting every other condition, before the quota.`,
    noQuota: 'No nomination is subject to a quota.',
  },
} as const;

export function awardTitle(award: string, lang: Lang): string {
  return award === 'UNKNOWN' ? NOMINATION_TEXT[lang].unknownAward : awardLabel(award, lang);
}

/** A reason without its "Sheet!" prefix when it points into the row's own sheet ("G7: …"). */
export function shortReason(message: string, sheet: string): string {
  return message.startsWith(`${sheet}!`) ? message.slice(sheet.length + 1) : message;
}

export interface CheckRow {
  readonly values: PlanValue[];
  readonly link: { sheet: string; cell: string };
}

/** `Kiểm tra đề nghị`: every nomination in sheet/row order. */
export function checkRows(noms: readonly NominationResult[], lang: Lang): CheckRow[] {
  const t = NOMINATION_TEXT[lang];
  return noms.map((n) => ({
    values: [t.row(n.sheet, n.row), n.name, n.unit, awardTitle(n.award, lang), t.status[n.status], n.reasons.map((r) => `- ${shortReason(r.message, n.sheet)}`).join('\n')],
    link: { sheet: n.sheet, cell: n.cell },
  }));
}

/** `Tỷ lệ khen thưởng`: scope, title, base, limit, count, ✓/✗. */
export function quotaRows(quotas: readonly QuotaResult[], lang: Lang): PlanValue[][] {
  return quotas.map((q) => [q.scope, awardTitle(q.award, lang), q.base, q.limit, q.count, q.ok ? '✓' : '✗']);
}

function awardIndex(a: string): number {
  const i = (ALL_AWARDS as readonly string[]).indexOf(a);
  return i < 0 ? ALL_AWARDS.length : i;
}

export interface CouncilSection {
  readonly award: string;
  readonly title: string;
  readonly kind: 'individual' | 'collective';
  readonly items: readonly NominationResult[];
}

/**
 * One spelling per unit ("THCS Đầm Hà" and "Trường THCS Đầm Hà" are one unit): the most used one, the
 * first seen on a tie, so a unit's people stay together.
 */
function canonicalUnits(noms: readonly NominationResult[]): (unit: string) => string {
  const counts = new Map<string, Map<string, number>>();
  for (const n of noms) {
    const k = unitMatchKey(n.unit);
    const m = counts.get(k) ?? new Map<string, number>();
    m.set(n.unit, (m.get(n.unit) ?? 0) + 1);
    counts.set(k, m);
  }
  const best = new Map<string, string>();
  for (const [k, m] of counts) best.set(k, [...m.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0]);
  return (unit) => best.get(unitMatchKey(unit)) ?? unit;
}

/** Grouped by title (the law's order), then unit (Vietnamese order), then given name; collectives by name. */
export function councilSections(noms: readonly NominationResult[], status: NominationStatus, lang: Lang): CouncilSection[] {
  const unitName = canonicalUnits(noms);
  const chosen = noms.filter((n) => n.status === status).map((n) => (n.kind === 'individual' ? { ...n, unit: unitName(n.unit) } : n));
  const awards = [...new Set(chosen.map((n) => `${n.kind}|${n.award}`))].sort((a, b) => {
    const [ka, aa] = a.split('|') as [string, string];
    const [kb, ab] = b.split('|') as [string, string];
    return ka === kb ? awardIndex(aa) - awardIndex(ab) : ka === 'individual' ? -1 : 1;
  });
  return awards.map((key) => {
    const [kind, award] = key.split('|') as ['individual' | 'collective', string];
    const items = chosen.filter((n) => n.kind === kind && n.award === award).sort((a, b) => compareItems(a, b, status));
    return { award, title: awardTitle(award, lang), kind, items };
  });
}

function compareItems(a: NominationResult, b: NominationResult, status: NominationStatus): number {
  // Over-quota nominees are shown by vote share, highest first, when votes exist (the council chooses).
  if (status === 'review' && (a.voteShare !== undefined || b.voteShare !== undefined)) {
    const d = (b.voteShare ?? -1) - (a.voteShare ?? -1);
    if (d !== 0) return d;
  }
  if (a.kind === 'collective') return compareVietnamese(a.name, b.name);
  return compareVietnamese(a.unit, b.unit) || compareVietnameseNames(a.name, b.name);
}

export interface CouncilTable {
  readonly rows: PlanValue[][];
  /** Indexes of section title rows (merged across the table, bold). */
  readonly sectionRows: number[];
  /** Indexes of the "Cần Hội đồng xem xét" heading. */
  readonly reviewHeading: number | null;
  readonly counts: { readonly individuals: number; readonly collectives: number; readonly review: number };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** `Danh sách trình Hội đồng`: STT | Họ và tên | Chức vụ | Đơn vị | Ghi chú, sections per title, review apart. */
export function councilRows(noms: readonly NominationResult[], lang: Lang): CouncilTable {
  const t = NOMINATION_TEXT[lang];
  const rows: PlanValue[][] = [];
  const sectionRows: number[] = [];
  const eligible = councilSections(noms, 'eligible', lang);
  eligible.forEach((s, i) => {
    sectionRows.push(rows.length);
    rows.push([`${ROMAN[i] ?? i + 1}. ${s.title.toUpperCase()}: ${t.people(s.items.length, s.kind === 'collective')}`, null, null, null, null]);
    s.items.forEach((n, j) => rows.push([j + 1, n.name, n.position ?? null, n.kind === 'collective' && n.unit === n.name ? null : n.unit, null]));
  });
  const review = councilSections(noms, 'review', lang);
  let reviewHeading: number | null = null;
  const reviewCount = review.reduce((a, s) => a + s.items.length, 0);
  if (reviewCount > 0) {
    reviewHeading = rows.length;
    sectionRows.push(rows.length);
    rows.push([`${t.review.toUpperCase()}: ${reviewCount}`, null, null, null, null]);
    review.forEach((s, i) => {
      sectionRows.push(rows.length);
      rows.push([`${i + 1}. ${s.title}: ${t.people(s.items.length, s.kind === 'collective')}`, null, null, null, null]);
      s.items.forEach((n, j) =>
        rows.push([j + 1, n.name, n.position ?? null, n.kind === 'collective' && n.unit === n.name ? null : n.unit, n.reasons.map((r) => `- ${shortReason(r.message, n.sheet)}`).join('\n')]),
      );
    });
  }
  const count = (kind: string) => eligible.filter((s) => s.kind === kind).reduce((a, s) => a + s.items.length, 0);
  return { rows, sectionRows, reviewHeading, counts: { individuals: count('individual'), collectives: count('collective'), review: reviewCount } };
}
