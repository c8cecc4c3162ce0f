/**
 * The nominations' texts taken once for all the nomination sheets: units and names numbered (a text
 * is looked up in a map once per nomination), reasons texts built. The council order, the check table
 * and the council list then work with small integers and arrays (ranks, line estimates per distinct
 * text) instead of looking the texts up, building or measuring them again.
 */
import type { NominationResult } from '../model';
import { reasonsText } from './reasons';

/** Distinct texts numbered in first-seen order. */
export class Slots {
  readonly texts: string[] = [];
  private readonly slotOf = new Map<string, number>();

  slot(text: string): number {
    let s = this.slotOf.get(text);
    if (s === undefined) {
      s = this.texts.length;
      this.slotOf.set(text, s);
      this.texts.push(text);
    }
    return s;
  }
}

export interface NominationTexts {
  /** Unit spellings as written, and each nomination's (by index in the list). */
  readonly spellings: readonly string[];
  readonly spellingOf: Int32Array;
  /** How many nominations use each spelling. */
  readonly uses: Int32Array;
  /** Names of people and collectives as written, and each nomination's. */
  readonly names: readonly string[];
  readonly nameOf: Int32Array;
  /** Each nomination's reasons text (`reasonsText`): both lists show it. */
  readonly reasons: readonly string[];
}

export function nominationTexts(noms: readonly NominationResult[]): NominationTexts {
  const spellings = new Slots();
  const names = new Slots();
  const spellingOf = new Int32Array(noms.length);
  const nameOf = new Int32Array(noms.length);
  numberTexts(noms, spellings, names, spellingOf, nameOf);
  const uses = countUses(spellingOf, spellings.texts.length);
  return { spellings: spellings.texts, spellingOf, uses, names: names.texts, nameOf, reasons: allReasons(noms) };
}

// The two long loops in functions of their own: a loop compiled while it runs (on-stack replacement)
// would otherwise be thrown away on reaching the code after it, and the next loop compiled again.
function numberTexts(noms: readonly NominationResult[], spellings: Slots, names: Slots, spellingOf: Int32Array, nameOf: Int32Array): void {
  for (let i = 0; i < noms.length; i++) {
    spellingOf[i] = spellings.slot(noms[i]!.unit);
    nameOf[i] = names.slot(noms[i]!.name);
  }
}

function countUses(textOf: Int32Array, count: number): Int32Array {
  const uses = new Int32Array(count);
  for (let i = 0; i < textOf.length; i++) uses[textOf[i]!]!++;
  return uses;
}

/**
 * By `map`, whose callback is compiled as a function: the lists of reasons come in a few array shapes,
 * and a loop compiled while it runs (on-stack replacement) was thrown away and compiled again (with
 * `reasonsText` inside it) at each shape it had not met yet. A packed array, as the other lists of texts.
 */
function allReasons(noms: readonly NominationResult[]): string[] {
  return noms.map(reasonsText);
}
