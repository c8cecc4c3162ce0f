/** The whole bad-input corpus, in README order. */
import type { CorpusCase } from '../support/types';
import { structureCases } from './structure';
import { valueCases } from './values';
import { textCases } from './text';
import { fileCases } from './files';
import { outputCases } from './output';

export const CORPUS: readonly CorpusCase[] = [...structureCases, ...valueCases, ...textCases, ...fileCases, ...outputCases];
