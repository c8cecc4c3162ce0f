/**
 * Value hash version 1 (the released format, digests of 28 hex digits without a prefix): cyrb53 with two
 * seeds over the text "row\nrow\n…" of a sheet's tokens. Kept to recognise the `_thidua` records written
 * by that version (an unedited sheet must stay unedited after the upgrade) and for `hashText`, whose
 * digests (the parameters' hash) never changed. Version 2 (./valueHash.ts) is what new records carry.
 */
import type { CellValue } from './snapshot';
import type { PlanValue } from './plan';

type AnyValue = CellValue | PlanValue | undefined;

/**
 * Bound once: inside a vm context (jest's test environment) every `Math.imul` in the loop is a lookup
 * on the context's global object, twenty times slower than the multiplication itself.
 */
const imul = Math.imul;

/**
 * cyrb53: a 53-bit string hash; two seeds give 106 bits. Streaming: text is fed piece by piece, and the
 * digest is the same as hashing the concatenated text at once.
 */
class Cyrb53x2 {
  private a1 = 0xdeadbeef ^ 1;
  private a2 = 0x41c6ce57 ^ 1;
  private b1 = 0xdeadbeef ^ 2;
  private b2 = 0x41c6ce57 ^ 2;

  feed(s: string): void {
    let { a1, a2, b1, b2 } = this;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      a1 = imul(a1 ^ ch, 2654435761);
      a2 = imul(a2 ^ ch, 1597334677);
      b1 = imul(b1 ^ ch, 2654435761);
      b2 = imul(b2 ^ ch, 1597334677);
    }
    this.a1 = a1;
    this.a2 = a2;
    this.b1 = b1;
    this.b2 = b2;
  }

  digest(): string {
    return finish(this.a1, this.a2).toString(16).padStart(14, '0') + finish(this.b1, this.b2).toString(16).padStart(14, '0');
  }
}

function finish(h1: number, h2: number): number {
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A version-1 digest of any text (28 hex digits). */
export function legacyHashText(s: string): string {
  const h = new Cyrb53x2();
  h.feed(s);
  return h.digest();
}

function isEmpty(v: AnyValue): boolean {
  return v === null || v === undefined || v === '';
}

/** Feeds one non-empty cell as a self-delimiting token. */
function feedToken(h: Cyrb53x2, v: AnyValue): void {
  if (typeof v === 'number') h.feed(`n${Object.is(v, -0) ? '0' : String(v)};`);
  else if (typeof v === 'boolean') h.feed(v ? 'b1;' : 'b0;');
  else if (typeof v === 'string') {
    const t = v.includes('\r') ? v.replace(/\r\n?/g, '\n') : v;
    h.feed(`s${t.length}:`);
    h.feed(t);
  } else if (v !== null && v !== undefined) h.feed(`e${v.error};`);
}

/**
 * The version-1 digest of a grid: the text "row\nrow\n…" where a row is its cells' tokens ("_" for an
 * empty cell), trailing empty cells and trailing empty rows left out.
 */
export function legacyHashValues(values: readonly (readonly AnyValue[])[]): string {
  const h = new Cyrb53x2();
  let lastEmitted = -1;
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    let end = row.length;
    while (end > 0 && isEmpty(row[end - 1])) end--;
    if (end === 0) continue;
    // The newlines of the rows since the last one written (empty rows in between are empty lines).
    h.feed('\n'.repeat(lastEmitted < 0 ? r : r - lastEmitted));
    for (let c = 0; c < end; c++) {
      const v = row[c];
      if (isEmpty(v)) h.feed('_');
      else feedToken(h, v);
    }
    lastEmitted = r;
  }
  return h.digest();
}
