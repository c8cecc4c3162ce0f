/** The template's nomination sheets as a workbook snapshot, with the person votes as a `Suy tôn` sheet. */
import type { WorkbookSnapshot } from '../../../src/workbook/snapshot';
import { nominationTemplateSheets, PERSON_VOTE_HEADER, personVoteRows } from '../../../src/engine/template/nominationSheets';
import { templateToSnapshot } from '../../../src/engine/template/toPlans';
import type { TemplateSheet } from '../../../src/engine/template/types';
import type { BlocResult } from '../../../src/engine/model';
import { bloc, unit } from './support';

export function templateVotesSheet(): TemplateSheet {
  return { name: 'Suy tôn', headerRow: 0, rows: [[...PERSON_VOTE_HEADER], ...personVoteRows()] };
}

export function templateNominationSnapshot(): WorkbookSnapshot {
  return templateToSnapshot([...nominationTemplateSheets(), templateVotesSheet()]);
}

/**
 * The template's bloc ranking (Khối THCS led by Trường THCS Đầm Hà, Dực Yên vetoed), except that the
 * Tiểu học flag place is still tied between TH Đầm Hà and TH Quảng Tân ("cần hiệp thương"), so that
 * every flag outcome occurs once.
 */
export function goldenBlocs(): BlocResult[] {
  return [
    bloc('Khối THCS', [
      unit('Trường THCS Đầm Hà', 1, 'CO_TINH'),
      unit('Trường THCS Dực Yên', 2, null, 'vetoed', true),
      unit('Trường THCS Tân Bình', 3, 'BANG_KHEN'),
      unit('Trường THCS Quảng Tân', 4, 'BANG_KHEN'),
      unit('Trường THCS Quảng Lợi', 5, null),
      unit('Trường THCS Đại Bình', 6, null),
    ]),
    bloc('Khối Tiểu học', [
      unit('Trường TH Đầm Hà', 1, null, 'review'),
      unit('Trường TH Quảng Tân', 1, null, 'review'),
      unit('Trường TH Tân Bình', 3, 'BANG_KHEN'),
    ]),
  ];
}
