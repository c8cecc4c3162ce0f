/** Words the output sheets and the report print, Vietnamese first, English second. */
import type { Lang, Severity } from '../findings/types';
import type { ProposalCode, ProposalStatus, UnitResult } from '../model';
import { CLASSIFICATION_LABELS } from '../settings/params';
import { messageText } from '../findings/messages';

export const PROPOSAL_LABELS: Readonly<Record<ProposalCode, { vi: string; en: string }>> = {
  CO_TINH: { vi: 'Cờ thi đua', en: 'Emulation flag' },
  BANG_KHEN: { vi: 'Bằng khen', en: 'Certificate of merit' },
};

const STATUS_LABELS: Readonly<Record<Exclude<ProposalStatus, 'proposed'>, { vi: string; en: string }>> = {
  review: { vi: 'Cần hiệp thương', en: 'Needs consultation' },
  vetoed: { vi: 'Không đề nghị (vi phạm)', en: 'Not proposed (violation)' },
  none: { vi: '', en: '' },
};

/** What the "Đề nghị" column says for a unit. */
export function proposalText(u: Pick<UnitResult, 'proposal' | 'status'>, lang: Lang): string {
  if (u.proposal) return PROPOSAL_LABELS[u.proposal][lang];
  if (u.status === 'proposed') return '';
  return STATUS_LABELS[u.status][lang];
}

export function classificationText(u: Pick<UnitResult, 'classification'>, lang: Lang): string {
  return CLASSIFICATION_LABELS[u.classification]?.[lang] ?? String(u.classification);
}

/** The unit's notes (ties, veto, gaps) as sentences. */
export function unitNotes(u: Pick<UnitResult, 'notes'>, lang: Lang): string[] {
  return u.notes.map((n) => messageText(n.code, n.params, lang));
}

/**
 * The notes column of the ranking sheets: a unit's notes joined by "; ", null when it has none. Both
 * the summary and the unit's bloc sheet show it: one instance for both makes each unit's text once.
 */
export class UnitNotesColumn {
  private readonly texts = new Map<Pick<UnitResult, 'notes'>, string | null>();

  constructor(private readonly lang: Lang) {}

  of(u: Pick<UnitResult, 'notes'>): string | null {
    if (u.notes.length === 0) return null;
    let text = this.texts.get(u);
    if (text === undefined) this.texts.set(u, (text = unitNotes(u, this.lang).join('; ') || null));
    return text;
  }
}

export const SEVERITY_LABELS: Readonly<Record<Severity, { vi: string; en: string }>> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
};

/** Column headers and fixed phrases of the output sheets. */
export const PLAN_TEXT = {
  vi: {
    stt: 'STT',
    unit: 'Đơn vị',
    bonus: 'Điểm cộng',
    deduction: 'Điểm trừ',
    base: 'Điểm chuẩn',
    selfTotal: 'Tự chấm tổng',
    blocTotal: 'Khối chấm tổng',
    total: 'Tổng điểm',
    rank: 'Xếp hạng',
    classification: 'Xếp loại',
    proposal: 'Đề nghị',
    notes: 'Ghi chú',
    severity: 'Mức độ',
    code: 'Mã',
    sheet: 'Trang tính',
    cell: 'Ô',
    message: 'Nội dung',
    summaryTitle: 'Bảng tổng hợp xếp hạng thi đua các khối, cụm',
    blocTitle: 'Bảng tổng hợp điểm và xếp hạng thi đua',
    logTitle: 'Nhật ký kiểm tra dữ liệu',
    noBlocs: 'Không tìm thấy bảng chấm điểm nào.',
    noFindings: 'Không phát hiện vấn đề nào.',
    legalBasis: (s: string) => `Căn cứ: ${s}.`,
    blocSection: (name: string, scale: string, n: number) => `${name} (thang điểm ${scale}; ${n} đơn vị)`,
    blocSubtitle: (name: string, scale: string) => `${name} - thang điểm ${scale}`,
    groupLegend: (code: string, title: string, max: string) => (max ? `${code}: ${title} (${max} điểm)` : `${code}: ${title}`),
    totalFormula: 'Tổng điểm = điểm các nhóm tiêu chí + điểm cộng - điểm trừ.',
    totalFormulaBase: 'Tổng điểm = điểm chuẩn + điểm cộng - điểm trừ.',
    proposals: (bloc: string, flag: string, merit: string, review: string) =>
      `${bloc}: đề nghị Cờ thi đua: ${flag || 'không có'}; đề nghị Bằng khen: ${merit || 'không có'}${review ? `; cần hiệp thương: ${review}` : ''}.`,
    meritLimit: (n: number) => `Số đơn vị được đề nghị Bằng khen tối đa: ${n}.`,
    counts: (e: number, w: number, i: number) => `Tổng cộng: ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
  },
  en: {
    stt: 'No.',
    unit: 'Unit',
    bonus: 'Bonus',
    deduction: 'Deduction',
    base: 'Base score',
    selfTotal: 'Self-assessed total',
    blocTotal: 'Bloc-assessed total',
    total: 'Total',
    rank: 'Rank',
    classification: 'Classification',
    proposal: 'Proposal',
    notes: 'Notes',
    severity: 'Severity',
    code: 'Code',
    sheet: 'Sheet',
    cell: 'Cell',
    message: 'Message',
    summaryTitle: 'Emulation ranking of all blocs',
    blocTitle: 'Emulation scores and ranking',
    logTitle: 'Data check log',
    noBlocs: 'No scoring sheet was found.',
    noFindings: 'No problem found.',
    legalBasis: (s: string) => `Legal basis: ${s}.`,
    blocSection: (name: string, scale: string, n: number) => `${name} (scale ${scale}; ${n} units)`,
    blocSubtitle: (name: string, scale: string) => `${name} - scale ${scale}`,
    groupLegend: (code: string, title: string, max: string) => (max ? `${code}: ${title} (${max} points)` : `${code}: ${title}`),
    totalFormula: 'Total = criteria groups + bonus - deduction.',
    totalFormulaBase: 'Total = base score + bonus - deduction.',
    proposals: (bloc: string, flag: string, merit: string, review: string) =>
      `${bloc}: emulation flag: ${flag || 'none'}; certificate of merit: ${merit || 'none'}${review ? `; needs consultation: ${review}` : ''}.`,
    meritLimit: (n: number) => `Maximum number of units proposed for a certificate of merit: ${n}.`,
    counts: (e: number, w: number, i: number) => `Total: ${e} errors, ${w} warnings, ${i} infos.`,
  },
} as const;
