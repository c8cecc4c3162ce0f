/**
 * The nominations' units and names numbered once for all the nomination sheets: a text is looked up
 * in a map once per nomination, and the council order, the check table and the council list then work
 * with small integers (ranks, line estimates per distinct text) instead of looking the texts up again.
 */
import type { NominationResult } from '../model';
import { estimateLines } from './rowHeights';

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
  /** Each nomination's reasons text once built (see `reasonsOf`): both lists show it. */
  readonly reasons: (string | undefined)[];
}

export function nominationTexts(noms: readonly NominationResult[]): NominationTexts {
  const spellings = new Slots();
  const names = new Slots();
  const spellingOf = new Int32Array(noms.length);
  const nameOf = new Int32Array(noms.length);
  for (let i = 0; i < noms.length; i++) {
    spellingOf[i] = spellings.slot(noms[i]!.unit);
    nameOf[i] = names.slot(noms[i]!.name);
  }
  const uses = new Int32Array(spellings.texts.length);
  for (let i = 0; i < noms.length; i++) uses[spellingOf[i]!]!++;
  return { spellings: spellings.texts, spellingOf, uses, names: names.texts, nameOf, reasons: new Array<string | undefined>(noms.length) };
}

/** Line estimates of numbered texts in one column, each counted the first time it is asked for. */
export class NumberedLines {
  /** By text number; 0 until counted. */
  private readonly known: Int32Array;

  constructor(
    private readonly texts: readonly string[],
    private readonly width: number,
  ) {
    this.known = new Int32Array(texts.length);
  }

  lines(n: number): number {
    let lines = this.known[n]!;
    if (lines === 0) this.known[n] = lines = estimateLines(this.texts[n]!, this.width, false);
    return lines;
  }
}
