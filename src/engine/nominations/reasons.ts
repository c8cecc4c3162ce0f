/** Turning check outcomes into the reasons of a NominationResult: a message naming the cell, the source. */
import type { Lang } from '../findings/types';
import { messageText } from '../findings/messages';
import type { NominationReason } from '../model';
import type { Outcome } from '../rules/types';

export function toReason(o: Outcome & { source?: string }, sheet: string, fallbackCell: string, lang: Lang): NominationReason {
  const cell = o.cell ?? fallbackCell;
  return {
    code: o.code,
    message: `${sheet}!${cell}: ${messageText(o.code, o.params, lang)}`,
    ...(o.source ? { source: o.source } : {}),
    status: o.status,
    cell,
  };
}
