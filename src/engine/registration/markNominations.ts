/**
 * Nominations of a unit that did not register — or of a person, when the registration sheet has personal
 * registrations — need a review before any title is considered: the plans require that "mọi cá nhân,
 * tập thể tham gia phong trào thi đua đều phải có đăng ký thi đua". The reason NOT_REGISTERED is added
 * (status `review`); an `ineligible` nomination stays ineligible, an `eligible` one becomes `review`.
 */
import type { NominationResult } from '../model';
import type { Lang } from '../findings/types';
import { messageText } from '../findings/messages';
import { REGISTRATION_SOURCE } from '../findings/catalog/cycle';
import { looseKey } from '../cells/text';
import { unitMatchKey } from '../nominations/unitKey';
import type { RegistrationResult } from './types';

export const NOT_REGISTERED = 'NOT_REGISTERED';

/** Leading "=" / "+" that a name may carry to stop Excel reading it as a formula. */
const personKey = (name: string): string => looseKey(name.replace(/^[=+@-]+/, ''));

export function markUnregistered(nominations: readonly NominationResult[], reg: RegistrationResult, lang: Lang): NominationResult[] {
  const units = new Set(reg.units.filter((u) => u.registered).map((u) => u.unitKey));
  const people = new Set(reg.persons.map((p) => `${personKey(p.name)}|${unitMatchKey(p.unit)}`));
  const namesAnyUnit = new Set(reg.persons.filter((p) => p.unit === '').map((p) => personKey(p.name)));
  return nominations.map((n) => {
    if (!n.unit) return n;
    const unitKey = unitMatchKey(n.unit);
    const person = n.kind === 'individual' && reg.hasPersonal;
    const ok = person ? people.has(`${personKey(n.name)}|${unitKey}`) || namesAnyUnit.has(personKey(n.name)) : units.has(unitKey);
    if (ok) return n;
    const params = { kind: person ? 'person' : 'unit', name: n.name, unit: n.unit };
    const reason = {
      code: NOT_REGISTERED,
      message: `${n.sheet}!${n.cell}: ${messageText(NOT_REGISTERED, params, lang)}`,
      source: REGISTRATION_SOURCE,
      status: 'review' as const,
      cell: n.cell,
    };
    return { ...n, status: n.status === 'eligible' ? 'review' : n.status, reasons: [...n.reasons, reason] };
  });
}
