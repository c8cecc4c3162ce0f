/** How codes inside reason params read in messages (vi/en): titles, ratings, levels, fields, periods. */
import type { FindingParams, Lang } from '../findings/types';
import { AWARD_LABELS } from './vocab/awards';
import { RATING_LABELS } from './vocab/ratings';
import { LEVEL_LABELS } from './vocab/initiatives';
import { formatPeriod, type PeriodKind } from '../rules/periods';
import { formatNumberVi } from '../cells/values';

const FIELDS: Readonly<Record<string, { vi: string; en: string }>> = {
  rating: { vi: 'Xếp loại', en: 'Rating' },
  discipline: { vi: 'Kỷ luật', en: 'Discipline' },
  service: { vi: 'Thời gian công tác', en: 'Length of service' },
  leave: { vi: 'Số ngày nghỉ', en: 'Days of leave' },
  initiative: { vi: 'Sáng kiến', en: 'Initiatives' },
  initiativeLevel: { vi: 'Cấp công nhận', en: 'Recognition level' },
  members: { vi: 'Số thành viên', en: 'Members' },
  ldtt: { vi: 'Số LĐTT', en: 'Advanced workers' },
  cstdcs: { vi: 'Số CSTĐCS', en: 'Grassroots emulation fighters' },
  completed: { vi: 'Số hoàn thành nhiệm vụ trở lên', en: 'Members at least satisfactory' },
  disciplined: { vi: 'Số bị kỷ luật', en: 'Members disciplined' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
};

export function fieldLabel(f: string | number | undefined, lang: Lang): string {
  const k = String(f ?? '');
  return FIELDS[k]?.[lang] ?? k;
}

export function awardShort(code: string | number | undefined, lang: Lang): string {
  const k = String(code ?? '');
  const l = (AWARD_LABELS as Record<string, { vi: string; en: string; short: string }>)[k];
  if (!l) return k;
  return lang === 'vi' ? l.short : l.en;
}

export function ratingLabel(code: string | number | undefined, lang: Lang): string {
  const k = String(code ?? '');
  if (k === 'NONE') return lang === 'vi' ? 'Không' : 'none';
  const l = (RATING_LABELS as Record<string, { vi: string; en: string; short: string }>)[k];
  return l ? `${l.short}` : k;
}

export function levelLabel(level: string | number | undefined, lang: Lang): string {
  const l = (LEVEL_LABELS as Record<string, { vi: string; en: string }>)[String(level ?? '')];
  return l ? l[lang] : String(level ?? '');
}

/** "năm học 2023-2024" / "năm 2024"; '' = the period is unknown, 'any' = any earlier period. */
export function periodText(p: FindingParams, lang: Lang): string {
  const v = p.period;
  if (v === '' || v === undefined) return lang === 'vi' ? '(chưa xác định được kỳ đánh giá)' : '(evaluation period unknown)';
  if (v === 'any') return lang === 'vi' ? 'các năm trước' : 'earlier periods';
  const kind = (p.kind === 'year' ? 'year' : 'schoolYear') as PeriodKind;
  const label = formatPeriod(Number(v), kind);
  if (lang === 'en') return kind === 'year' ? `year ${label}` : `school year ${label}`;
  return kind === 'year' ? `năm ${label}` : `năm học ${label}`;
}

/** What a history condition asks for: a title, a rating ("rating:HTXSNV"), initiatives, a Bằng khen. */
export function whatLabel(what: string | number | undefined, lang: Lang): string {
  const w = String(what ?? '');
  if (w.startsWith('rating:')) return lang === 'vi' ? `xếp loại ${ratingLabel(w.slice(7), lang)}` : `rating ${ratingLabel(w.slice(7), lang)}`;
  if (w === 'initiatives') return lang === 'vi' ? 'sáng kiến' : 'initiatives';
  if (w.includes('|')) return w.split('|').map((a) => awardShort(a, lang)).join(lang === 'vi' ? ' hoặc ' : ' or ');
  return awardShort(w, lang);
}

export function foundLabel(found: string | number | undefined, lang: Lang): string {
  const f = String(found ?? '');
  if (f === 'NONE' || f === '') return lang === 'vi' ? 'không có' : 'none';
  if ((RATING_LABELS as Record<string, unknown>)[f]) return ratingLabel(f, lang);
  return awardShort(f, lang);
}

/** A number as the reader writes it: "93,3" in Vietnamese, "93.3" in English. */
export function num(v: string | number | undefined, lang: Lang): string {
  const n = typeof v === 'number' ? v : Number(v);
  if (v === undefined || v === '' || !Number.isFinite(n)) return String(v ?? '');
  return lang === 'vi' ? formatNumberVi(n) : String(Math.round(n * 100) / 100);
}

/** First letter upper case (a message may start with a period label). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
