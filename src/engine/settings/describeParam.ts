/**
 * A parameter's current value written the way it is typed in the `Cấu hình` sheet, so a message can say
 * which value was kept ("giữ giá trị 20 %"). Also usable by a settings form.
 */
import { formatNumberVi } from '../cells/values';
import { CLASSIFICATION_LABELS, periodLabel, type Rounding, type TieBreak, type VoteThreshold } from './params';
import type { BlocParams } from './settingKeys';
import { describeCycleParam } from './describeCycle';

const TIE_BREAK_TEXT: Readonly<Record<TieBreak, string>> = {
  FEWER_DEDUCTIONS: 'Điểm trừ ít hơn',
  HIGHER_BASE: 'Điểm chuẩn cao hơn',
  HIGHER_BONUS: 'Điểm cộng cao hơn',
  HIGHER_SELF_TOTAL: 'Điểm tự chấm cao hơn',
};

const ROUNDING_TEXT: Readonly<Record<Rounding, string>> = { down: 'Xuống', nearest: 'Gần nhất', up: 'Lên' };

const SEVERITY_TEXT = { review: 'Cần xem xét', error: 'Lỗi', ignore: 'Bỏ qua' } as const;

const pct = (ratio: number): string => `${formatNumberVi(ratio * 100)} %`;

function threshold(t: VoteThreshold): string {
  return `${t.strict ? 'trên' : 'từ'} ${pct(t.ratio)}`;
}

export function tieBreakText(t: TieBreak): string {
  return TIE_BREAK_TEXT[t];
}

/** The value of the parameter that `id` sets (see SETTING_KEYS), as text. */
export function describeParam(p: BlocParams, id: string): string {
  switch (id) {
    case 'gapWarning':
      if (p.gapWarning !== null) return `${formatNumberVi(p.gapWarning)} điểm`;
      return `${formatNumberVi(p.gapWarningPercent ?? 5)} % thang điểm`;
    case 'tieBreaks':
      return p.tieBreaks.length ? p.tieBreaks.map(tieBreakText).join('; ') : 'Không';
    case 'bands':
      return (['XUAT_SAC', 'TOT', 'KHA', 'TRUNG_BINH'] as const).map((c) => `${CLASSIFICATION_LABELS[c].vi} ${formatNumberVi(p.bands[c])} %`).join('; ');
    case 'flagCount':
      return String(p.flagCount);
    case 'flagMinClass':
      return CLASSIFICATION_LABELS[p.flagMinClass].vi;
    case 'meritRate':
      return pct(p.meritRate);
    case 'meritMinClass':
      return CLASSIFICATION_LABELS[p.meritMinClass].vi;
    case 'unitVoteThreshold':
      return threshold(p.unitVoteThreshold);
    case 'personVoteThreshold':
      return threshold(p.personVoteThreshold);
    case 'cstdcsRate':
      return pct(p.cstdcsRate);
    case 'quotaScope':
      return p.quotaScope === 'unit' ? 'Đơn vị' : 'Toàn danh sách';
    case 'rounding':
      return ROUNDING_TEXT[p.rounding];
    case 'minServiceMonths':
      return String(p.minServiceMonths);
    case 'maxLeaveDays':
      return `${p.maxLeaveDays}; mức: ${SEVERITY_TEXT[p.leaveSeverity]}`;
    case 'leaveSeverity':
      return SEVERITY_TEXT[p.leaveSeverity];
    case 'legalBasis':
      return p.legalBasis;
    case 'govFlagUnits':
      return p.govFlagUnits.join('; ');
    case 'agency':
      return p.agency;
    case 'parentAgency':
      return p.parentAgency;
    case 'place':
      return p.place;
    case 'period':
      return periodLabel(p.period);
    case 'preparedBy':
      return p.preparedBy;
    case 'chairman':
      return p.chairman;
    default:
      return describeCycleParam(p, id);
  }
}
