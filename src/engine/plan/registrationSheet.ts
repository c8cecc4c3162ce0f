/**
 * `Tổng hợp đăng ký thi đua` (SPEC §9): every unit that had to register, when it did, whether on time
 * (ON the deadline day is on time), late, or not at all — print-ready like the other output sheets.
 * Named apart from the input sheet `Đăng ký thi đua`, which the add-in never overwrites.
 */
import type { Analysis } from '../model';
import type { PlanValue, SheetPlan } from '../../workbook/plan';
import type { RegistrationResult, UnitRegistration } from '../registration/types';
import { formatDate } from '../cells/values';
import { REGISTRATION_SOURCE } from '../findings/catalog/cycle';
import { buildPrintableSheet, type PrintContext, type PrintableSheetInput, type TableColumn } from './layout';
import { PLAN_TEXT } from './labels';

export const REGISTRATION_OUTPUT_SHEET = 'Tổng hợp đăng ký thi đua';
export const REGISTRATION_OUTPUT_KEY = 'cycle:registration';

/** Late and missing lines stand out in print (dark red, bold). */
const ALERT = { bold: true, color: '#C00000' } as const;

export const REGISTRATION_TEXT = {
  vi: {
    title: 'Bảng tổng hợp đăng ký thi đua',
    bloc: 'Khối, cụm',
    date: 'Ngày đăng ký',
    titleCol: 'Đăng ký danh hiệu',
    goals: 'Mục tiêu, chỉ tiêu',
    persons: 'Số cá nhân đăng ký',
    result: 'Kết quả',
    deadline: (d: string) => `Hạn đăng ký: ${d}`,
    noDeadline: 'Chưa có hạn đăng ký (tham số "Hạn đăng ký" trong Cấu hình)',
    onTime: 'Đúng hạn',
    late: (n: number) => `Trễ hạn ${n} ngày`,
    registered: 'Đã đăng ký',
    noDate: 'Đã đăng ký, chưa rõ ngày',
    missing: 'Chưa đăng ký',
    unlisted: 'không có trong danh sách đơn vị',
    totals: (n: number, reg: number, onTime: number, late: number, missing: number) =>
      `Tổng số ${n} đơn vị: đã đăng ký ${reg} (đúng hạn ${onTime}, trễ hạn ${late}); chưa đăng ký ${missing}.`,
    personTotals: (n: number, late: number) => `Cá nhân đăng ký: ${n} người (trễ hạn ${late}).`,
    basis: (s: string) => `Căn cứ: ${s}`,
  },
  en: {
    title: 'Emulation registrations',
    bloc: 'Bloc',
    date: 'Registered on',
    titleCol: 'Title registered for',
    goals: 'Goals and targets',
    persons: 'Personal registrations',
    result: 'Result',
    deadline: (d: string) => `Registration deadline: ${d}`,
    noDeadline: 'No registration deadline ("Hạn đăng ký" setting)',
    onTime: 'On time',
    late: (n: number) => `${n} day(s) late`,
    registered: 'Registered',
    noDate: 'Registered, date unknown',
    missing: 'Not registered',
    unlisted: 'not in the list of units',
    totals: (n: number, reg: number, onTime: number, late: number, missing: number) =>
      `${n} units: ${reg} registered (${onTime} on time, ${late} late); ${missing} not registered.`,
    personTotals: (n: number, late: number) => `Personal registrations: ${n} (${late} late).`,
    basis: (s: string) => `Basis: ${s}`,
  },
} as const;

export function registrationResultText(u: UnitRegistration, lang: 'vi' | 'en'): string {
  const t = REGISTRATION_TEXT[lang];
  let text: string;
  if (!u.registered) text = t.missing;
  else if (u.onTime === true) text = t.onTime;
  else if (u.onTime === false) text = t.late(u.daysLate);
  else text = u.date ? t.registered : t.noDate;
  return u.listed ? text : `${text}; ${t.unlisted}`;
}

export function registrationSheetPlan(reg: RegistrationResult, ctx: PrintContext): SheetPlan {
  const T = PLAN_TEXT[ctx.lang];
  const t = REGISTRATION_TEXT[ctx.lang];
  const columns: TableColumn[] = [
    { header: T.stt, width: 6, align: 'center' },
    { header: T.unit, width: 30, align: 'left' },
    { header: t.bloc, width: 14, align: 'center' },
    { header: t.date, width: 13, align: 'center' },
    { header: t.titleCol, width: 22, align: 'left' },
    { header: t.goals, width: 32, align: 'left' },
  ];
  if (reg.hasPersonal) columns.push({ header: t.persons, width: 11, align: 'center' });
  columns.push({ header: t.result, width: 20, align: 'center' });

  const rows: PlanValue[][] = [];
  const rowStyles: NonNullable<PrintableSheetInput['rowStyles']> = [];
  const hyperlinks: NonNullable<PrintableSheetInput['hyperlinks']> = [];
  reg.units.forEach((u, i) => {
    const row: PlanValue[] = [i + 1, u.unit, u.bloc || null, u.date ? formatDate(u.date) : null, u.title || null, u.goals || null];
    if (reg.hasPersonal) row.push(u.persons);
    row.push(registrationResultText(u, ctx.lang));
    rows.push(row);
    if (!u.registered || u.onTime === false) rowStyles.push({ index: i, style: ALERT });
    if (u.source) hyperlinks.push({ index: i, col: 1, sheet: u.source.sheet, cell: u.source.cell });
  });

  const registered = reg.units.filter((u) => u.registered);
  const notesAfter = [
    t.totals(
      reg.units.length,
      registered.length,
      registered.filter((u) => u.onTime === true).length,
      registered.filter((u) => u.onTime === false).length,
      reg.units.length - registered.length,
    ),
  ];
  if (reg.hasPersonal) notesAfter.push(t.personTotals(reg.persons.length, reg.persons.filter((p) => p.onTime === false).length));
  notesAfter.push(t.basis(REGISTRATION_SOURCE));

  return buildPrintableSheet(
    {
      key: REGISTRATION_OUTPUT_KEY,
      name: REGISTRATION_OUTPUT_SHEET,
      title: t.title,
      subtitle: reg.deadline ? t.deadline(formatDate(reg.deadline)) : t.noDeadline,
      columns,
      rows,
      rowStyles,
      hyperlinks,
      notesAfter,
    },
    ctx,
  );
}

/** The sheet when the workbook has a registration sheet, else none. */
export function registrationSheetPlans(analysis: Pick<Analysis, 'registration'>, ctx: PrintContext): SheetPlan[] {
  return analysis.registration ? [registrationSheetPlan(analysis.registration, ctx)] : [];
}
