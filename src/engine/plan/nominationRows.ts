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
import { reasonsText, shortReason } from './reasons';
import { councilGroups, councilLists, councilOrder, type CouncilGroup, type CouncilOrder } from './councilOrder';
import { estimateLines, LinesMemo, linesOfTexts } from './rowHeights';
import { nominationTexts, type NominationTexts } from './nominationTexts';

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
    /** `row(sheet, n)` is `rowPrefix(sheet) + n`. */
    rowPrefix: (sheet: string) => `${sheet}, dòng `,
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
    rowPrefix: (sheet: string) => `${sheet}, row `,
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

export { reasonsText, shortReason };

export function awardTitle(award: string, lang: Lang): string {
  return award === 'UNKNOWN' ? NOMINATION_TEXT[lang].unknownAward : awardLabel(award, lang);
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
  /** The lines each row takes (1 at least), as the layout would estimate them for the column widths given. */
  readonly lines: Int32Array;
  /** Indexes of section title rows (merged across the table, bold). */
  readonly sectionRows: number[];
  /** Indexes of the "Cần Hội đồng xem xét" heading. */
  readonly reviewHeading: number | null;
  readonly counts: { readonly individuals: number; readonly collectives: number; readonly review: number };
}

/** STT, name, position, unit, notes (Excel character units). */
export const COUNCIL_WIDTHS: readonly number[] = [6, 28, 16, 26, 44];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/**
 * The rows of the list as they are added, with their line estimates. Texts are measured beforehand
 * (names and units by text number, the notes of the cases to review by nomination, positions once
 * each), so a person's row only reads numbers, the same way for every row.
 */
class CouncilBody {
  readonly rows: PlanValue[][] = [];
  readonly lines: Int32Array;
  private readonly nameLines: Int32Array;
  private readonly unitLines: Int32Array;
  /** By nomination: the lines of its notes, for the cases to review (0 elsewhere). */
  private readonly noteLines: Int32Array;
  private readonly positions: LinesMemo;

  constructor(
    size: number,
    private readonly widths: readonly number[],
    private readonly texts: NominationTexts,
    review: readonly CouncilGroup[],
  ) {
    this.lines = new Int32Array(size);
    this.nameLines = linesOfTexts(texts.names, widths[1]!);
    this.unitLines = linesOfTexts(texts.spellings, widths[3]!);
    this.noteLines = new Int32Array(texts.reasons.length);
    for (const g of review) for (const i of g.items) this.noteLines[i] = estimateLines(texts.reasons[i]!, widths[4]!, false);
    this.positions = new LinesMemo(widths[2]!);
  }

  section(title: string): void {
    this.lines[this.rows.length] = estimateLines(title, this.widths[0]!, false);
    this.rows.push([title, null, null, null, null]);
  }

  /** STT | Họ và tên | Chức vụ | Đơn vị | Ghi chú (the reasons, for review cases) of a section's people. */
  people(items: readonly number[], noms: readonly NominationResult[], order: CouncilOrder, notes: boolean): void {
    for (let j = 0; j < items.length; j++) this.person(j + 1, items[j]!, noms[items[j]!]!, order, notes);
  }

  private person(stt: number, i: number, n: NominationResult, order: CouncilOrder, notes: boolean): void {
    const listUnit = order.unit[i]!;
    const unit = n.kind === 'collective' && listUnit === n.name ? null : listUnit;
    const position = n.position ?? null;
    // Read whether shown or not: the row's code is then the same from the first row to the last.
    const note = this.texts.reasons[i]!;
    const noteLines = this.noteLines[i]!;
    this.lines[this.rows.length] = Math.max(
      this.nameLines[this.texts.nameOf[i]!]!,
      position === null ? 1 : this.positions.lines(position),
      unit === null ? 1 : this.unitLines[order.unitSpelling[i]!]!,
      notes ? noteLines : 1,
    );
    this.rows.push([stt, n.name, position, unit, notes ? note : null]);
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
  const order = councilOrder(noms, texts);
  const { eligible, review } = councilLists(noms, order);
  const reviewCount = review.reduce((a, g) => a + g.items.length, 0);
  const size = eligible.reduce((a, g) => a + 1 + g.items.length, 0) + (reviewCount > 0 ? 1 + review.length + reviewCount : 0);
  const body = new CouncilBody(size, widths, texts, review);
  const sectionRows: number[] = [];
  eligible.forEach((g, i) => {
    sectionRows.push(body.rows.length);
    body.section(`${ROMAN[i] ?? i + 1}. ${awardTitle(g.award, lang).toUpperCase()}: ${t.people(g.items.length, g.kind === 'collective')}`);
    body.people(g.items, noms, order, false);
  });
  let reviewHeading: number | null = null;
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
