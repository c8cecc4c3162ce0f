/** The pane's words in the chosen language, through React context. */
import { createContext, useContext } from 'react';
import type { Lang } from '../../engine';
import { vi, type Strings } from './vi';
import { en } from './en';

export type { Strings };

export const STRINGS: Readonly<Record<Lang, Strings>> = { vi, en };

export const LangContext = createContext<Lang>('vi');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}
