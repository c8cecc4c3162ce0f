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

export function toReason(o: Outcome & { source?: string }, sheet: string, fallbackCell: string, lang: Lang): NominationReason {
  const cell = o.cell ?? fallbackCell;
  const message = `${sheet}!${cell}: ${textOf(o.code, o.params, lang)}`;
  // Two literals rather than a spread: the key order (code, message, source?, status, cell) is the JSON's.
  return o.source ? { code: o.code, message, source: o.source, status: o.status, cell } : { code: o.code, message, status: o.status, cell };
}
