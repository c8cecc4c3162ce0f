/**
 * The order of `Danh sách trình Hội đồng` (SPEC §5.5): nominees grouped by title (the law's order,
 * individuals first), then by unit (Vietnamese order, one spelling per unit), then by given name;
 * collectives by name; over-quota cases by vote share first when votes exist. Ties keep list order.
 *
 * Built for 50,000 nominees: each distinct unit, given name and rest of a name is keyed once
 * (./sortKeys), keys become integer ranks per nomination, and a section is sorted as numbers packed
 * with the tie-break, by the engine's native numeric sort, without a comparator call per pair.
 */
import type { NominationResult, NominationStatus } from '../model';
import { ALL_AWARDS } from '../nominations/vocab/awards';
import { unitMatchKey } from '../nominations/unitKey';
import { fastCollationKey } from './sortKeys';
import { nominationTexts, Slots, type NominationTexts } from './nominationTexts';

/** The list shows eligible nominees and, apart, the cases for the council to review. */
function onList(nom: NominationResult): boolean {
  return nom.status === 'eligible' || nom.status === 'review';
}

/** What the list sorts by, per nomination on the list (by index in the nomination list). */
export interface CouncilOrder {
  /** The unit as the list shows it: the unit's canonical spelling for individuals. */
  readonly unit: readonly string[];
  /** That unit as a spelling of NominationTexts (its number in `spellings`). */
  readonly unitSpelling: Int32Array;
  /** Rank of the unit (individuals) or of the name (collectives). */
  readonly first: Int32Array;
  /** Rank of the person's name (individuals), 0 for collectives. */
  readonly second: Int32Array;
  /** Bounds of the ranks: first < firsts, second < seconds. */
  readonly firsts: number;
  readonly seconds: number;
}

/** One section of the list: nominations (indexes into the list) in the order they are shown. */
export interface CouncilGroup {
  readonly award: string;
  readonly kind: 'individual' | 'collective';
  readonly items: readonly number[];
}

/** Rank of each text in the order of its key; texts with equal keys share a rank. */
function ranks(texts: readonly string[], key: (s: string) => string): Int32Array {
  const keys = texts.map(key);
  // The engine's own string sort (UTF-16 code unit order, as `<` compares keys), no comparator call per pair.
  const rankOf = new Map<string, number>();
  for (const k of [...new Set(keys)].sort()) rankOf.set(k, rankOf.size);
  const rank = new Int32Array(texts.length);
  for (let i = 0; i < keys.length; i++) rank[i] = rankOf.get(keys[i]!)!;
  return rank;
}

/**
 * Ranks of numbers (equal numbers, equal ranks). Each number packed with its index into one, the packs
 * sorted by the engine's numeric sort, ranks counted along them: no map of numbers. `values` are
 * non-negative integers; when a pack would pass 2^53 the ranks come from a map instead.
 */
export function denseRanks(values: Float64Array): Int32Array {
  const n = values.length;
  const rank = new Int32Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) if (values[i]! > max) max = values[i]!;
  if ((max + 1) * n > Number.MAX_SAFE_INTEGER) return mappedRanks(values);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = values[i]! * n + i;
  packed.sort();
  countRanks(packed, n, rank);
  return rank;
}

function countRanks(packed: Float64Array, n: number, rank: Int32Array): void {
  let r = -1;
  let previous = -1;
  for (let j = 0; j < n; j++) {
    const i = packed[j]! % n;
    const value = (packed[j]! - i) / n;
    if (value !== previous) {
      r++;
      previous = value;
    }
    rank[i] = r;
  }
}

function mappedRanks(values: Float64Array): Int32Array {
  const rankOf = new Map<number, number>();
  for (const v of Float64Array.from(values).sort()) if (!rankOf.has(v)) rankOf.set(v, rankOf.size);
  return Int32Array.from(values, (v) => rankOf.get(v)!);
}

/** A name's words as `name.trim().split(/\s+/)` finds them: its last word and the rest, joined by single spaces. */
export function splitName(name: string): { given: string; rest: string } {
  // Most names are words between single spaces: the last space splits them, with no array of words.
  if (SIMPLE_NAME.test(name)) {
    const space = name.lastIndexOf(' ');
    return space === -1 ? { given: name, rest: '' } : { given: name.slice(space + 1), rest: name.slice(0, space) };
  }
  const words = name.trim().split(/\s+/);
  return { given: words[words.length - 1] ?? '', rest: words.slice(0, -1).join(' ') };
}

/** Words of non-space characters between single spaces (`\S` is what `split(/\s+/)` keeps). */
const SIMPLE_NAME = /^\S+(?: \S+)*$/;

/**
 * Ranks of people's names in `nameCollationKey` order. That key is the given name's key followed by
 * the rest's, and the keys of different texts are never prefixes of one another, so it orders by the
 * given name, then the rest: a few hundred given names and a few thousand rests are keyed and
 * sorted, rather than every full name.
 */
function personRanks(names: readonly string[]): Int32Array {
  const given = new Slots();
  const rest = new Slots();
  const givenOf = new Int32Array(names.length);
  const restOf = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const words = splitName(names[i]!);
    givenOf[i] = given.slot(words.given);
    restOf[i] = rest.slot(words.rest);
  }
  const givenRank = ranks(given.texts, fastCollationKey);
  const restRank = ranks(rest.texts, fastCollationKey);
  const pairs = new Float64Array(names.length);
  for (let i = 0; i < names.length; i++) pairs[i] = givenRank[givenOf[i]!]! * rest.texts.length + restRank[restOf[i]!]!;
  return denseRanks(pairs);
}

/**
 * One spelling per unit ("THCS Đầm Hà" and "Trường THCS Đầm Hà" are one unit): the most used one, the
 * first seen on a tie, so a unit's people stay together. `uses` counts each spelling (in `spellings`).
 * The canonical spelling of each spelling, by number.
 */
function canonicalSpellings(spellings: readonly string[], uses: Int32Array): Int32Array {
  const best = new Map<string, number>();
  const keyOf = spellings.map(unitMatchKey);
  for (let s = 0; s < spellings.length; s++) {
    const b = best.get(keyOf[s]!);
    // Spellings in first-seen order: a later one wins only with strictly more uses.
    if (b === undefined || uses[s]! > uses[b]!) best.set(keyOf[s]!, s);
  }
  return Int32Array.from(keyOf, (k) => best.get(k)!);
}

/** `texts` may be given when the caller numbered the nominations' texts already (the same list). */
export function councilOrder(noms: readonly NominationResult[], texts: NominationTexts = nominationTexts(noms)): CouncilOrder {
  const { spellings, spellingOf } = texts;
  const canonical = canonicalSpellings(spellings, texts.uses);
  const units = new Slots();
  const unitOfSpelling = Int32Array.from(canonical, (c) => units.slot(spellings[c]!));
  const unitRank = ranks(units.texts, fastCollationKey);
  const listed = listedNames(noms, texts);
  const personRank = personRanks(listed.people);
  const collectiveRank = ranks(listed.collectives, fastCollationKey);
  const order = {
    unit: new Array<string>(noms.length),
    unitSpelling: new Int32Array(noms.length),
    first: new Int32Array(noms.length),
    second: new Int32Array(noms.length),
    firsts: Math.max(units.texts.length, listed.collectives.length),
    seconds: Math.max(1, listed.people.length),
  };
  for (let i = 0; i < noms.length; i++) {
    const s = spellingOf[i]!;
    if (!onList(noms[i]!)) continue;
    if (noms[i]!.kind === 'individual') {
      order.unitSpelling[i] = canonical[s]!;
      order.first[i] = unitRank[unitOfSpelling[s]!]!;
      order.second[i] = personRank[listed.nameOf[i]!]!;
    } else {
      order.unitSpelling[i] = s;
      order.first[i] = collectiveRank[listed.nameOf[i]!]!;
    }
    order.unit[i] = spellings[order.unitSpelling[i]!]!;
  }
  return order;
}

/** The names on the list, people's and collectives' apart, numbered in first-seen order, and each listed nomination's. */
function listedNames(noms: readonly NominationResult[], texts: NominationTexts) {
  const people: string[] = [];
  const collectives: string[] = [];
  // By name number of `texts`: its number among people's / collectives' names (-1: not seen yet).
  const personOf = new Int32Array(texts.names.length).fill(-1);
  const collectiveOf = new Int32Array(texts.names.length).fill(-1);
  const nameOf = new Int32Array(noms.length);
  for (let i = 0; i < noms.length; i++) {
    const nom = noms[i]!;
    if (!onList(nom)) continue;
    const t = texts.nameOf[i]!;
    const individual = nom.kind === 'individual';
    const numbers = individual ? personOf : collectiveOf;
    if (numbers[t] === -1) {
      const list = individual ? people : collectives;
      numbers[t] = list.length;
      list.push(texts.names[t]!);
    }
    nameOf[i] = numbers[t]!;
  }
  return { people, collectives, nameOf };
}

function awardIndex(a: string): number {
  const i = (ALL_AWARDS as readonly string[]).indexOf(a);
  return i < 0 ? ALL_AWARDS.length : i;
}

/** The nominations with `status`, in sections ordered for the council list. */
export function councilGroups(noms: readonly NominationResult[], status: NominationStatus, order: CouncilOrder): CouncilGroup[] {
  return orderSections(noms, sectionsOf(noms, status, status)[0], status, order);
}

/** The eligible nominees' sections and the review cases', ordered for the council list: one pass over the list for both. */
export function councilLists(noms: readonly NominationResult[], order: CouncilOrder): { eligible: CouncilGroup[]; review: CouncilGroup[] } {
  const [eligible, review] = sectionsOf(noms, 'eligible', 'review');
  return { eligible: orderSections(noms, eligible, 'eligible', order), review: orderSections(noms, review, 'review', order) };
}

function orderSections(noms: readonly NominationResult[], groups: Section[], status: NominationStatus, order: CouncilOrder): CouncilGroup[] {
  groups.sort((a, b) => (a.kind === b.kind ? awardIndex(a.award) - awardIndex(b.award) : a.kind === 'individual' ? -1 : 1));
  // Over-quota nominees are shown by vote share, highest first, when votes exist (the council chooses).
  const byVotes = status === 'review';
  return groups.map((g) => ({
    award: g.award,
    kind: g.kind,
    items: byVotes && g.items.some((i) => noms[i]!.voteShare !== undefined) ? sortByVotes(g.items, noms, order) : sortItems(g.items, order),
  }));
}

interface Section {
  readonly award: string;
  readonly kind: 'individual' | 'collective';
  readonly items: number[];
}

/** The nominations with status `a`, and those with status `b`, by kind and title, in list order (sections in first-seen order): one pass for both. */
function sectionsOf(noms: readonly NominationResult[], a: NominationStatus, b: NominationStatus): [Section[], Section[]] {
  const lists: Section[][] = [[], []];
  // By award: the sections of individuals with status a, collectives with a, individuals with b, collectives with b.
  const byAward = [new Map<string, Section>(), new Map<string, Section>(), new Map<string, Section>(), new Map<string, Section>()];
  for (let i = 0; i < noms.length; i++) {
    const nom = noms[i]!;
    const list = nom.status === a ? 0 : nom.status === b ? 1 : -1;
    if (list < 0) continue;
    const sections = byAward[2 * list + (nom.kind === 'individual' ? 0 : 1)]!;
    let section = sections.get(nom.award);
    if (section === undefined) {
      sections.set(nom.award, (section = { award: nom.award, kind: nom.kind, items: [] }));
      lists[list]!.push(section);
    }
    section.items.push(i);
  }
  return [lists[0]!, lists[1]!];
}

/** Unit rank, name rank and place in the list packed in one number, sorted natively; exact below 2^53. */
function sortItems(items: readonly number[], order: CouncilOrder): number[] {
  const m = items.length;
  if (order.firsts * order.seconds * m > Number.MAX_SAFE_INTEGER) return sortByVotes(items, null, order);
  const packed = pack(items, order);
  packed.sort();
  return unpack(packed, items);
}

// The loops apart (pack, unpack): a loop compiled while it runs (on-stack replacement) then meets no
// code it has not seen, which would send it back to the interpreter for every section.
function pack(items: readonly number[], order: CouncilOrder): Float64Array {
  const m = items.length;
  const packed = new Float64Array(m);
  for (let j = 0; j < m; j++) packed[j] = (order.first[items[j]!]! * order.seconds + order.second[items[j]!]!) * m + j;
  return packed;
}

function unpack(packed: Float64Array, items: readonly number[]): number[] {
  const m = items.length;
  const out: number[] = new Array<number>(m);
  for (let j = 0; j < m; j++) out[j] = items[packed[j]! % m]!;
  return out;
}

/** The same order by comparisons, vote share first when `noms` is given (few rows: the review part). */
function sortByVotes(items: readonly number[], noms: readonly NominationResult[] | null, order: CouncilOrder): number[] {
  const { first, second } = order;
  const votes = (i: number): number => noms?.[i]!.voteShare ?? -1;
  // Items are nomination indexes in list order, so the last tie-break keeps the list's order.
  return [...items].sort((a, b) => votes(b) - votes(a) || first[a]! - first[b]! || second[a]! - second[b]! || a - b);
}
