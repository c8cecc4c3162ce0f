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
import { estimateLines, LinesMemo } from './rowHeights';
import { NumberedLines, nominationTexts, type NominationTexts } from './nominationTexts';

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

const EXCLAMATION = 0x21;

/** A reason without its "Sheet!" prefix when it points into the row's own sheet ("G7: …"). */
export function shortReason(message: string, sheet: string): string {
  // `message.startsWith(`${sheet}!`)` without building that prefix for every reason.
  return message.charCodeAt(sheet.length) === EXCLAMATION && message.startsWith(sheet) ? message.slice(sheet.length + 1) : message;
}


export interface CheckRow {
  readonly values: PlanValue[];
  readonly link: { sheet: string; cell: string };
}

/** `Kiểm tra đề nghị`: every nomination in sheet/row order. */
export function checkRows(noms: readonly NominationResult[], lang: Lang): CheckRow[] {
  return noms.map((n) => ({ values: checkValues(n, lang), link: { sheet: n.sheet, cell: n.cell } }));
}

/** One row of `Kiểm tra đề nghị`: source, person, unit, title, result, reasons. */
export function checkValues(n: NominationResult, lang: Lang): PlanValue[] {
  const t = NOMINATION_TEXT[lang];
  return [t.row(n.sheet, n.row), n.name, n.unit, awardTitle(n.award, lang), t.status[n.status], reasonsText(n)];
}

/** `reasonsText` of nomination i, built once for both lists. */
export function reasonsOf(texts: NominationTexts, noms: readonly NominationResult[], i: number): string {
  let text = texts.reasons[i];
  if (text === undefined) texts.reasons[i] = text = reasonsText(noms[i]!);
  return text;
}

/** The reasons of a nomination, one "- …" line each ('' when there is none, as for most rows). */
export function reasonsText(n: NominationResult): string {
  const reasons = n.reasons;
  if (reasons.length === 0) return '';
  let text = `- ${shortReason(reasons[0]!.message, n.sheet)}`;
  for (let k = 1; k < reasons.length; k++) text += `\n- ${shortReason(reasons[k]!.message, n.sheet)}`;
  return text;
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
  /** The lines each row takes (1 at least), as the layout would estimate them for COUNCIL_WIDTHS. */
  readonly lines: number[];
  /** Indexes of section title rows (merged across the table, bold). */
  readonly sectionRows: number[];
  /** Indexes of the "Cần Hội đồng xem xét" heading. */
  readonly reviewHeading: number | null;
  readonly counts: { readonly individuals: number; readonly collectives: number; readonly review: number };
}

/** STT, name, position, unit, notes (Excel character units). */
export const COUNCIL_WIDTHS: readonly number[] = [6, 28, 16, 26, 44];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** The rows of the list as they are added, with their line estimates (names and units by text number, positions by text). */
class CouncilBody {
  readonly rows: PlanValue[][] = [];
  readonly lines: number[] = [];
  private readonly names: NumberedLines;
  private readonly positions: LinesMemo;
  private readonly units: NumberedLines;

  constructor(
    private readonly widths: readonly number[],
    private readonly texts: NominationTexts,
  ) {
    this.names = new NumberedLines(texts.names, widths[1]!);
    this.positions = new LinesMemo(widths[2]!);
    this.units = new NumberedLines(texts.spellings, widths[3]!);
  }

  section(title: string): void {
    this.rows.push([title, null, null, null, null]);
    this.lines.push(estimateLines(title, this.widths[0]!, false));
  }

  /** STT | Họ và tên | Chức vụ | Đơn vị | Ghi chú (the reasons, for review cases) of a section's people. */
  people(items: readonly number[], noms: readonly NominationResult[], order: CouncilOrder, notes: boolean): void {
    for (let j = 0; j < items.length; j++) this.person(j + 1, items[j]!, noms, order, notes);
  }

  private person(stt: number, i: number, noms: readonly NominationResult[], order: CouncilOrder, notes: boolean): void {
    const n = noms[i]!;
    const listUnit = order.unit[i]!;
    const unit = n.kind === 'collective' && listUnit === n.name ? null : listUnit;
    const position = n.position ?? null;
    const note = notes ? reasonsOf(this.texts, noms, i) : null;
    this.rows.push([stt, n.name, position, unit, note]);
    let lines = this.names.lines(this.texts.nameOf[i]!);
    if (position !== null) lines = Math.max(lines, this.positions.lines(position));
    if (unit !== null) lines = Math.max(lines, this.units.lines(order.unitSpelling[i]!));
    if (note !== null) lines = Math.max(lines, estimateLines(note, this.widths[4]!, false));
    this.lines.push(lines);
  }
}

/** `Danh sách trình Hội đồng`: STT | Họ và tên | Chức vụ | Đơn vị | Ghi chú, sections per title, review apart. */
export function councilRows(
  noms: readonly NominationResult[],
  lang: Lang,
  widths: readonly number[] = COUNCIL_WIDTHS,
  texts: NominationTexts = nominationTexts(noms),
): CouncilTable {
  const t = NOMINATION_TEXT[lang];
  const body = new CouncilBody(widths, texts);
  const sectionRows: number[] = [];
  const order = councilOrder(noms, texts);
  const eligible = councilGroups(noms, 'eligible', order);
  eligible.forEach((g, i) => {
    sectionRows.push(body.rows.length);
    body.section(`${ROMAN[i] ?? i + 1}. ${awardTitle(g.award, lang).toUpperCase()}: ${t.people(g.items.length, g.kind === 'collective')}`);
    body.people(g.items, noms, order, false);
  });
  const review = councilGroups(noms, 'review', order);
  let reviewHeading: number | null = null;
  const reviewCount = review.reduce((a, g) => a + g.items.length, 0);
  if (reviewCount > 0) {
    reviewHeading = body.rows.length;
    sectionRows.push(body.rows.length);
    body.section(`${t.review.toUpperCase()}: ${reviewCount}`);
    review.forEach((g, i) => {
      sectionRows.push(body.rows.length);
      body.section(`${i + 1}. ${awardTitle(g.award, lang)}: ${t.people(g.items.length, g.kind === 'collective')}`);
      body.people(g.items, noms, order, true);
    });
  }
  const count = (kind: string) => eligible.filter((g) => g.kind === kind).reduce((a, g) => a + g.items.length, 0);
  const counts = { individuals: count('individual'), collectives: count('collective'), review: reviewCount };
  return { rows: body.rows, lines: body.lines, sectionRows, reviewHeading, counts };
}
