/**
 * Vietnamese collation: a < ă < â < b < c < d < đ < e < ê < … < o < ô < ơ < … < u < ư < …,
 * tones compared last (none < huyền < hỏi < ngã < sắc < nặng, the school order).
 * Names are sorted by given name (the last word), then the rest of the name.
 */

const BASE_ORDER = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const TONE_ORDER = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

interface Letter {
  base: number;
  tone: number;
}

function letters(word: string): Letter[] {
  const out: Letter[] = [];
  for (const ch of word.normalize('NFC').toLowerCase()) {
    const d = ch.normalize('NFD');
    let baseChar = d[0] ?? ch;
    let tone = 0;
    const marks = d.slice(1);
    // Shape marks (breve, circumflex, horn) belong to the base letter; tone marks are compared last.
    for (const m of marks) {
      const t = TONE_ORDER.indexOf(m);
      if (t > 0) tone = t;
      else baseChar = (baseChar + m).normalize('NFC');
    }
    const idx = BASE_ORDER.indexOf(baseChar);
    out.push({ base: idx >= 0 ? idx * 1000 : 100000 + baseChar.codePointAt(0)!, tone });
  }
  return out;
}

/** Compares two strings in Vietnamese dictionary order. */
export function compareVietnamese(a: string, b: string): number {
  const la = letters(a);
  const lb = letters(b);
  const n = Math.min(la.length, lb.length);
  for (let i = 0; i < n; i++) {
    if (la[i]!.base !== lb[i]!.base) return la[i]!.base - lb[i]!.base;
  }
  if (la.length !== lb.length) return la.length - lb.length;
  for (let i = 0; i < n; i++) {
    if (la[i]!.tone !== lb[i]!.tone) return la[i]!.tone - lb[i]!.tone;
  }
  return 0;
}

/** Compares person names the Vietnamese way: given name (last word) first, then the full name. */
export function compareVietnameseNames(a: string, b: string): number {
  const wa = a.trim().split(/\s+/);
  const wb = b.trim().split(/\s+/);
  const given = compareVietnamese(wa[wa.length - 1] ?? '', wb[wb.length - 1] ?? '');
  if (given !== 0) return given;
  return compareVietnamese(wa.slice(0, -1).join(' '), wb.slice(0, -1).join(' '));
}
