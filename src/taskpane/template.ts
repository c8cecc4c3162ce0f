/** The example workbook of "Tạo mẫu" (and of the browser preview), as sheet plans any port can add. */
import { exampleTemplateSheets, templateToSheetPlans } from '../engine';
import type { SheetPlan } from '../workbook/plan';

export function exampleSheetPlans(): SheetPlan[] {
  return templateToSheetPlans(exampleTemplateSheets());
}
