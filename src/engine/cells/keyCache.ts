/**
 * Folded keys for header searches. Folding in ./text.ts is itself memoised (see ./memo.ts), so these
 * names only keep the callers' vocabulary.
 */
export { looseKey as cachedLooseKey, foldKey as cachedFoldKey } from './text';
