/**
 * Award vocabulary of SPEC §3.8: every way users write a title or a form of commendation, with and
 * without diacritics, abbreviated or in full, mapped to the stable machine codes of the JSON report.
 */
import { looseKey } from '../../cells/text';
import { memoised } from '../../cells/memo';

export type IndividualAward = 'LDTT' | 'CSTDCS' | 'CSTD_TINH' | 'CSTD_TOANQUOC' | 'GIAY_KHEN' | 'BK_TINH' | 'BK_BO' | 'BK_TTG';
export type CollectiveAward = 'TTLDTT' | 'TTLDXS' | 'CO_TINH' | 'CO_CHINHPHU';
export type AwardCode = IndividualAward | CollectiveAward;

export const INDIVIDUAL_AWARDS: readonly IndividualAward[] = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TOANQUOC', 'GIAY_KHEN', 'BK_TINH', 'BK_BO', 'BK_TTG'];
export const COLLECTIVE_AWARDS: readonly CollectiveAward[] = ['TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CHINHPHU'];
export const ALL_AWARDS: readonly AwardCode[] = [...INDIVIDUAL_AWARDS, ...COLLECTIVE_AWARDS];

/** The individual emulation titles (danh hiệu thi đua) in rising order; the forms of commendation are not in it. */
export const EMULATION_TITLE_ORDER: readonly IndividualAward[] = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TOANQUOC'];

export function isIndividualAward(a: string): a is IndividualAward {
  return (INDIVIDUAL_AWARDS as readonly string[]).includes(a);
}
export function isCollectiveAward(a: string): a is CollectiveAward {
  return (COLLECTIVE_AWARDS as readonly string[]).includes(a);
}

/** Rank of an emulation title (LĐTT 1 … CSTĐ toàn quốc 4); 0 for forms of commendation. */
export function titleRank(a: AwardCode): number {
  return EMULATION_TITLE_ORDER.indexOf(a as IndividualAward) + 1;
}

export const AWARD_LABELS: Readonly<Record<AwardCode, { vi: string; en: string; short: string }>> = {
  LDTT: { vi: 'Lao động tiên tiến', en: 'Advanced worker', short: 'LĐTT' },
  CSTDCS: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots emulation fighter', short: 'CSTĐCS' },
  CSTD_TINH: { vi: 'Chiến sĩ thi đua cấp tỉnh', en: 'Provincial emulation fighter', short: 'CSTĐ tỉnh' },
  CSTD_TOANQUOC: { vi: 'Chiến sĩ thi đua toàn quốc', en: 'National emulation fighter', short: 'CSTĐ toàn quốc' },
  GIAY_KHEN: { vi: 'Giấy khen', en: 'Certificate of commendation', short: 'GK' },
  BK_TINH: { vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: "Provincial chairman's certificate of merit", short: 'BK UBND tỉnh' },
  BK_BO: { vi: 'Bằng khen của Bộ trưởng', en: "Minister's certificate of merit", short: 'BK Bộ' },
  BK_TTG: { vi: 'Bằng khen của Thủ tướng Chính phủ', en: "Prime Minister's certificate of merit", short: 'BK TTg' },
  TTLDTT: { vi: 'Tập thể lao động tiên tiến', en: 'Advanced collective', short: 'TTLĐTT' },
  TTLDXS: { vi: 'Tập thể lao động xuất sắc', en: 'Excellent collective', short: 'TTLĐXS' },
  CO_TINH: { vi: 'Cờ thi đua của UBND tỉnh', en: 'Provincial emulation flag', short: 'Cờ tỉnh' },
  CO_CHINHPHU: { vi: 'Cờ thi đua của Chính phủ', en: 'Government emulation flag', short: 'Cờ Chính phủ' },
};

export function awardLabel(a: string, lang: 'vi' | 'en'): string {
  const l = (AWARD_LABELS as Record<string, { vi: string; en: string }>)[a];
  return l ? l[lang] : a;
}

// Folded words that only decorate a title ("danh hiệu …", "đề nghị …", "của", quotes).
const NOISE = /\b(danh hieu|hinh thuc|de nghi|tang|cua|cap|thi dua|khen thuong)\b/g;

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * One title written by a user → its code, or null when it is not a title or is ambiguous
 * (a bare "Bằng khen" could be of the province, a ministry or the Prime Minister).
 * "Cờ thi đua" alone is the provincial flag: it is what the bloc ranking proposes (§4.3).
 */
export function parseAward(text: string): AwardCode | null {
  // "Danh hiệu Lao động tiên tiến", "Đề nghị CSTĐCS": the lead words only decorate the title.
  const k = looseKey(text)
    .replace(/[.&]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^((danh hieu|hinh thuc|de nghi)( thi dua| khen thuong)?\s+)+/, '');
  if (!k) return null;
  const s = squash(k);
  const has = (re: RegExp): boolean => re.test(k);
  // Collective titles first: "tập thể lao động tiên tiến" contains "lao động tiên tiến".
  const collective = /^(tap the|tt)\s+(.*)$/.exec(k);
  if (s.startsWith('ttldtt') || (collective && /^(lao dong tien tien|ldtt)$/.test(collective[2]!))) return 'TTLDTT';
  if (s.startsWith('ttldxs') || (collective && /^(lao dong xuat sac|ldxs)$/.test(collective[2]!))) return 'TTLDXS';
  if ((has(/^co\b/) && !has(/^co so\b/)) || has(/\bco thi dua\b/)) {
    if (has(/\bchinh phu\b|\bcp\b/)) return 'CO_CHINHPHU';
    return 'CO_TINH';
  }
  if (s === 'ldtt' || has(/^lao dong tien tien\b/)) return 'LDTT';
  const cstd = /^(cstd|csdt|chiensithidua|chiensi)/.test(s) || has(/\bchien si thi dua\b/);
  if (cstd) {
    const rest = k.replace(/^(chien si thi dua|chien si|cstd|csdt)\s*/, '').replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
    const r = squash(rest);
    if (s === 'cstdcs' || s === 'csdtcs' || r === 'cs' || r === 'coso' || /^cs\b|co so/.test(rest)) return 'CSTDCS';
    if (/toan quoc|^tq$/.test(rest) || s === 'cstdtq') return 'CSTD_TOANQUOC';
    if (/\b(tinh|bo|nganh|ubnd)\b/.test(rest) || s === 'cstdt' || s === 'cstdtinh') return 'CSTD_TINH';
    return null;
  }
  if (s === 'gk' || has(/^giay khen\b/)) return 'GIAY_KHEN';
  if (has(/^(bang khen|bk)\b/) || /^bk/.test(s)) {
    const rest = k.replace(/^(bang khen|bk)\s*/, '').replace(NOISE, ' ');
    if (/\b(thu tuong|ttg|chinh phu|ttcp)\b/.test(rest)) return 'BK_TTG';
    if (/\bbo\b|\bbo truong\b|\bbgd/.test(rest)) return 'BK_BO';
    if (/\b(tinh|ubnd|ubt|chu tich)\b/.test(rest)) return 'BK_TINH';
    return null;
  }
  return null;
}

export interface AwardListRead {
  readonly awards: readonly { readonly code: AwardCode; readonly text: string }[];
  /** Pieces that are not a recognised title (shown to the user, never guessed). */
  readonly unknown: readonly string[];
}

/**
 * A cell holding one or several titles: "LĐTT, CSTĐCS", "Lao động tiên tiến; Giấy khen",
 * "CSTĐCS + BK UBND tỉnh". Duplicates inside one cell are kept once.
 */
export const parseAwardList = memoised(readAwardList);

function readAwardList(text: string): AwardListRead {
  const awards: { code: AwardCode; text: string }[] = [];
  const unknown: string[] = [];
  const pieces = text.split(/[,;+\n\r]+/).map((p) => p.trim()).filter((p) => p !== '');
  for (const piece of pieces) {
    const code = parseAward(piece);
    if (code) {
      push(code, piece);
      continue;
    }
    // "LĐTT và Giấy khen": split on "và" only when every side is a title ("Giáo dục và Đào tạo" is not).
    const parts = piece.split(/\s+(?:và|va)\s+/i);
    if (parts.length > 1 && parts.every((p) => parseAward(p) !== null)) {
      for (const p of parts) push(parseAward(p)!, p.trim());
      continue;
    }
    unknown.push(piece);
  }
  return { awards, unknown };

  function push(code: AwardCode, t: string): void {
    if (!awards.some((a) => a.code === code)) awards.push({ code, text: t });
  }
}
