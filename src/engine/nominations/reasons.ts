/** Turning check outcomes into the reasons of a NominationResult: a message naming the cell, the source. */
import type { FindingParams, Lang } from '../findings/types';
import { messageText } from '../findings/messages';
import type { NominationReason } from '../model';
import type { Outcome } from '../rules/types';

/**
 * Message texts of shared (frozen) params, by language: checks hand the same frozen params to every row
 * with the same values, so their text is rendered once. Other params are rendered each time.
 */
const textsByLang: Record<Lang, WeakMap<FindingParams, { readonly code: string; readonly text: string }>> = { vi: new WeakMap(), en: new WeakMap() };

function textOf(code: string, params: FindingParams, lang: Lang): string {
  if (!Object.isFrozen(params)) return messageText(code, params, lang);
  const cache = textsByLang[lang];
  const known = cache.get(params);
  if (known !== undefined && known.code === code) return known.text;
  const text = messageText(code, params, lang);
  cache.set(params, { code, text });
  return text;
}

/**
 * A reason of a result: a class (tens of thousands survive; no literal whose allocation site may switch
 * to old space while a loop making them is compiled) whose own keys are the JSON's, in its order: code,
 * message, source (only when there is one), status, cell.
 */
class Reason implements NominationReason {
  readonly code: string;
  readonly message: string;
  declare readonly source?: string;
  readonly status: NominationReason['status'];
  readonly cell: string;

  constructor(code: string, message: string, source: string | undefined, status: NominationReason['status'], cell: string) {
    this.code = code;
    this.message = message;
    if (source) (this as { source?: string }).source = source;
    this.status = status;
    this.cell = cell;
  }
}

export function toReason(o: Outcome & { source?: string }, sheet: string, fallbackCell: string, lang: Lang): NominationReason {
  const cell = o.cell ?? fallbackCell;
  return new Reason(o.code, `${sheet}!${cell}: ${textOf(o.code, o.params, lang)}`, o.source, o.status, cell);
}
