/**
 * The bodies of the nomination output sheets (SPEC §5.3–§5.5) as plain columns + rows, so ordering,
 * grouping and counts are testable without the print layout around them.
 */
import type { Lang } from '../findings/types';
import type { NominationResult, NominationStatus, QuotaResult } from '../model';
import type { PlanValue } from '../../workbook/plan';
import type { Rounding } from '../settings/params';
import { awardLabel } from '../nominations/vocab/awards';
import { formatNumberVi } from '../cells/values';
import { councilGroups, councilOrder, type CouncilOrder } from './councilOrder';

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
  return noms.map((n) => ({ values: checkValues(n, lang), link: { sheet: n.sheet, cell: n.cell } }));
}

/** The rows of `Kiểm tra đề nghị` as the layout takes them (each links to its nomination's name cell). */
export function checkTable(noms: readonly NominationResult[], lang: Lang): PlanValue[][] {
  const rows: PlanValue[][] = [];
  for (let i = 0; i < noms.length; i++) rows.push(checkValues(noms[i]!, lang));
  return rows;
}

/** One row of `Kiểm tra đề nghị`: source, person, unit, title, result, reasons. */
export function checkValues(n: NominationResult, lang: Lang): PlanValue[] {
  const t = NOMINATION_TEXT[lang];
  return [t.row(n.sheet, n.row), n.name, n.unit, awardTitle(n.award, lang), t.status[n.status], reasonsText(n)];
}

/** The reasons of a nomination, one "- …" line each ('' when there is none, as for most rows). */
function reasonsText(n: NominationResult): string {
  if (n.reasons.length === 0) return '';
  return n.reasons.map((r) => `- ${shortReason(r.message, n.sheet)}`).join('\n');
}

/** `Tỷ lệ khen thưởng`: scope, title, base, limit, count, ✓/✗. */
export function quotaRows(quotas: readonly QuotaResult[], lang: Lang): PlanValue[][] {
  return quotas.map((q) => [q.scope, awardTitle(q.award, lang), q.base, q.limit, q.count, q.ok ? '✓' : '✗']);
}

export interface CouncilSection {
  readonly award: string;
  readonly title: string;
  readonly kind: 'individual' | 'collective';
  readonly items: readonly NominationResult[];
}

/** Grouped by title (the law's order), then unit (Vietnamese order), then given name; collectives by name. */
export function councilSections(noms: readonly NominationResult[], status: NominationStatus, lang: Lang): CouncilSection[] {
  const order = councilOrder(noms);
  return councilGroups(noms, status, order).map((g) => ({
    award: g.award,
    title: awardTitle(g.award, lang),
    kind: g.kind,
    items: g.items.map((i) => (noms[i]!.kind === 'individual' ? { ...noms[i]!, unit: order.unit[i]! } : noms[i]!)),
  }));
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
  const order = councilOrder(noms);
  const eligible = councilGroups(noms, 'eligible', order);
  eligible.forEach((g, i) => {
    sectionRows.push(rows.length);
    rows.push([`${ROMAN[i] ?? i + 1}. ${awardTitle(g.award, lang).toUpperCase()}: ${t.people(g.items.length, g.kind === 'collective')}`, null, null, null, null]);
    pushPeople(rows, g.items, noms, order, false);
  });
  const review = councilGroups(noms, 'review', order);
  let reviewHeading: number | null = null;
  const reviewCount = review.reduce((a, g) => a + g.items.length, 0);
  if (reviewCount > 0) {
    reviewHeading = rows.length;
    sectionRows.push(rows.length);
    rows.push([`${t.review.toUpperCase()}: ${reviewCount}`, null, null, null, null]);
    review.forEach((g, i) => {
      sectionRows.push(rows.length);
      rows.push([`${i + 1}. ${awardTitle(g.award, lang)}: ${t.people(g.items.length, g.kind === 'collective')}`, null, null, null, null]);
      pushPeople(rows, g.items, noms, order, true);
    });
  }
  const count = (kind: string) => eligible.filter((g) => g.kind === kind).reduce((a, g) => a + g.items.length, 0);
  return { rows, sectionRows, reviewHeading, counts: { individuals: count('individual'), collectives: count('collective'), review: reviewCount } };
}

/** STT | Họ và tên | Chức vụ | Đơn vị | Ghi chú (the reasons, for review cases) of a section's people. */
function pushPeople(rows: PlanValue[][], items: readonly number[], noms: readonly NominationResult[], order: CouncilOrder, notes: boolean): void {
  for (let j = 0; j < items.length; j++) {
    const n = noms[items[j]!]!;
    const unit = order.unit[items[j]!]!;
    rows.push([j + 1, n.name, n.position ?? null, n.kind === 'collective' && unit === n.name ? null : unit, notes ? reasonsText(n) : null]);
  }
}
