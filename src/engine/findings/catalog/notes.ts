/**
 * Messages of the unit notes (vi first, en second): what the XH sheet's "Ghi chú" column says about a
 * ranked unit — ties, veto, gaps, votes, proposals under review.
 */
import type { Catalog, FindingParams } from '../types';
import { formatNumberVi } from '../../cells/values';
import { CLASSIFICATION_LABELS, type Classification } from '../../settings/params';

const s = (p: FindingParams, k: string): string => String(p[k] ?? '');
const n = (p: FindingParams, k: string): string => (typeof p[k] === 'number' ? formatNumberVi(p[k] as number) : s(p, k));

const TIE_VI: Readonly<Record<string, [string, string]>> = {
  FEWER_DEDUCTIONS: ['ít điểm trừ hơn', 'nhiều điểm trừ hơn'],
  HIGHER_BASE: ['điểm chuẩn cao hơn', 'điểm chuẩn thấp hơn'],
  HIGHER_BONUS: ['điểm cộng cao hơn', 'điểm cộng thấp hơn'],
  HIGHER_SELF_TOTAL: ['điểm tự chấm cao hơn', 'điểm tự chấm thấp hơn'],
};
const TIE_EN: Readonly<Record<string, [string, string]>> = {
  FEWER_DEDUCTIONS: ['fewer deduction points', 'more deduction points'],
  HIGHER_BASE: ['a higher base score', 'a lower base score'],
  HIGHER_BONUS: ['more bonus points', 'fewer bonus points'],
  HIGHER_SELF_TOTAL: ['a higher self score', 'a lower self score'],
};
const TITLE_VI: Readonly<Record<string, string>> = { CO_TINH: 'Cờ thi đua', BANG_KHEN: 'Bằng khen' };
const TITLE_EN: Readonly<Record<string, string>> = { CO_TINH: 'the emulation flag', BANG_KHEN: 'the certificate of merit' };
const cls = (p: FindingParams, k: string, lang: 'vi' | 'en'): string => CLASSIFICATION_LABELS[s(p, k) as Classification]?.[lang] ?? s(p, k);

export const notesMessages: Catalog = {
  NOTE_TIE_ABOVE: {
    vi: (p) => `Bằng điểm với ${s(p, 'other')}; xếp trên do ${TIE_VI[s(p, 'by')]?.[0] ?? s(p, 'by')}.`,
    en: (p) => `Same total as ${s(p, 'other')}; ranked above for ${TIE_EN[s(p, 'by')]?.[0] ?? s(p, 'by')}.`,
  },
  NOTE_TIE_BELOW: {
    vi: (p) => `Bằng điểm với ${s(p, 'other')}; xếp dưới do ${TIE_VI[s(p, 'by')]?.[1] ?? s(p, 'by')}.`,
    en: (p) => `Same total as ${s(p, 'other')}; ranked below for ${TIE_EN[s(p, 'by')]?.[1] ?? s(p, 'by')}.`,
  },
  NOTE_TIE_SHARED: {
    vi: (p) => `Đồng hạng ${s(p, 'rank')} với ${s(p, 'others')} (bằng điểm cả sau tiêu chí phụ).`,
    en: (p) => `Shares rank ${s(p, 'rank')} with ${s(p, 'others')} (still equal after the tie-breaks).`,
  },
  NOTE_VETO: {
    vi: (p) => `Vi phạm tiêu chí liệt ${s(p, 'codes')}: giữ thứ hạng, không đề nghị khen thưởng.`,
    en: (p) => `Veto criterion ${s(p, 'codes')} violated: rank kept, no proposal.`,
  },
  NOTE_GAP: {
    vi: (p) => `Tự chấm ${n(p, 'self')}, khối chấm ${n(p, 'bloc')}: chênh ${n(p, 'gap')} điểm, cần giải trình.`,
    en: (p) => `Self score ${s(p, 'self')}, bloc score ${s(p, 'bloc')}: a gap of ${s(p, 'gap')} points to explain.`,
  },
  NOTE_SELF_USED: {
    vi: (p) => `${s(p, 'count')} tiêu chí chưa có điểm khối chấm; tạm dùng điểm tự chấm.`,
    en: (p) => `${s(p, 'count')} criteria have no bloc score; the self score is used for now.`,
  },
  NOTE_SCORE_INVALID: {
    vi: (p) => `Điểm không hợp lệ tại ${s(p, 'cells')} (tính 0 điểm): xếp hạng tạm thời, chưa đề nghị.`,
    en: (p) => `Invalid score at ${s(p, 'cells')} (counted as 0): provisional rank, no proposal yet.`,
  },
  NOTE_FLAG_TIE: {
    vi: (p) => `Bằng điểm với ${s(p, 'others')} ở vị trí đề nghị Cờ (${s(p, 'places')} suất): cần hiệp thương.`,
    en: (p) => `Tied with ${s(p, 'others')} for the flag (${s(p, 'places')} place(s)): needs a consultation.`,
  },
  NOTE_MERIT_TIE: {
    vi: (p) => `Bằng điểm với ${s(p, 'others')} ở vị trí đề nghị Bằng khen (còn ${s(p, 'places')} suất): cần hiệp thương.`,
    en: (p) => `Tied with ${s(p, 'others')} for the certificate of merit (${s(p, 'places')} place(s) left): needs a consultation.`,
  },
  NOTE_VOTE_MISSING: {
    vi: () => 'Chưa có kết quả suy tôn của đơn vị: cần xem xét trước khi đề nghị Cờ.',
    en: () => 'No vote result for this unit: review before proposing the flag.',
  },
  NOTE_VOTE_BELOW: {
    vi: (p) =>
      `Phiếu suy tôn ${TITLE_VI[s(p, 'title')] ?? ''}: ${s(p, 'votesFor')}/${s(p, 'total')} (${n(p, 'percent')} %), chưa ${p.strict ? 'trên' : 'đạt'} ${n(p, 'threshold')} %.`,
    en: (p) => `Votes for ${TITLE_EN[s(p, 'title')] ?? ''}: ${s(p, 'votesFor')}/${s(p, 'total')} (${s(p, 'percent')} %), not ${p.strict ? 'above' : 'at least'} ${s(p, 'threshold')} %.`,
  },
  NOTE_FLAG_CLASS_TOO_LOW: {
    vi: (p) => `Xếp loại ${cls(p, 'classification', 'vi')}, chưa đạt mức ${cls(p, 'min', 'vi')} để đề nghị Cờ.`,
    en: (p) => `Classified ${cls(p, 'classification', 'en')}, below ${cls(p, 'min', 'en')} required for the flag.`,
  },
};
