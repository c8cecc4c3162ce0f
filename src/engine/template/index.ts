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

export type { TemplateSheet } from './types';
export { templateToSheetPlan, templateToSheetPlans, templateToSnapshot } from './toPlans';

/** The bloc sheets: settings, criteria, two scoring sheets (both layouts), units, votes. */
export function blocTemplateSheets(): TemplateSheet[] {
  return [settingsTemplate(), criteriaTemplate(), thcsTemplate(), tieuHocTemplate(), unitsTemplate(), votesTemplate()];
}

export function exampleTemplateSheets(): TemplateSheet[] {
  return [...blocTemplateSheets(), ...nominationTemplateSheets()];
}
