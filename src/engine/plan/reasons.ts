/** The reasons column of the nomination sheets: a nomination's reasons, one "- …" line each. */
import type { NominationResult } from '../model';

const EXCLAMATION = 0x21;

/** A reason without its "Sheet!" prefix when it points into the row's own sheet ("G7: …"). */
export function shortReason(message: string, sheet: string): string {
  // `message.startsWith(`${sheet}!`)` without building that prefix for every reason.
  return message.charCodeAt(sheet.length) === EXCLAMATION && message.startsWith(sheet) ? message.slice(sheet.length + 1) : message;
}

/** The reasons of a nomination, one "- …" line each ('' when there is none, as for most rows). */
export function reasonsText(n: NominationResult): string {
  const reasons = n.reasons;
  if (reasons.length === 0) return '';
  let text = `- ${shortReason(reasons[0]!.message, n.sheet)}`;
  for (let k = 1; k < reasons.length; k++) text += `\n- ${shortReason(reasons[k]!.message, n.sheet)}`;
  return text;
}
