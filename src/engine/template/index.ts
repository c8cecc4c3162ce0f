/**
 * The example workbook (`thidua template`, "Tạo mẫu"): every input sheet of SPEC §3, filled with a
 * small district's data that exercises the rules (veto, ties, text numbers, an empty bloc score).
 */
import type { TemplateSheet } from './types';
import { settingsTemplate } from './settingsSheet';
import { criteriaTemplate } from './criteriaSheet';
import { thcsTemplate } from './thcsSheet';
import { tieuHocTemplate } from './tieuHocSheet';
import { unitsTemplate } from './unitsSheet';
import { votesTemplate } from './votesSheet';
import { nominationTemplateSheets } from './nominationSheets';
import { cycleTemplateSheets, withCycleSettings, withCycleUnits } from './cycleSheets';

export type { TemplateSheet } from './types';
export { templateToSheetPlan, templateToSheetPlans, templateToSnapshot } from './toPlans';

/** The bloc sheets: settings, criteria, two scoring sheets (both layouts), units, votes. */
export function blocTemplateSheets(): TemplateSheet[] {
  return [settingsTemplate(), criteriaTemplate(), thcsTemplate(), tieuHocTemplate(), unitsTemplate(), votesTemplate()];
}

/** Every example sheet: the bloc sheets (with the §9 settings and units added), nominations, then §9's. */
export function exampleTemplateSheets(): TemplateSheet[] {
  const blocs = blocTemplateSheets().map((s) => (s.name === 'Cấu hình' ? withCycleSettings(s) : s.name === 'Đơn vị' ? withCycleUnits(s) : s));
  return [...blocs, ...nominationTemplateSheets(), ...cycleTemplateSheets()];
}
