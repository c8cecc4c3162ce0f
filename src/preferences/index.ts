/**
 * Host diagnostics and the user's stored preferences: the one module that uses
 * @microsoft/office-js-helpers. Kept tiny so the helper library can be dropped without touching the pane.
 */
import { Storage, StorageType, Utilities } from '@microsoft/office-js-helpers';

export type UiLang = 'vi' | 'en';

export interface HostInfo {
  /** "EXCEL" inside Excel, "WEB" in a plain browser (the preview). */
  readonly host: string;
  /** "PC", "MAC", "OFFICE_ONLINE", "IOS", or null outside Office. */
  readonly platform: string | null;
}

export interface Preferences {
  readonly lang: UiLang;
}

export interface PreferenceStore {
  load(): Preferences;
  save(p: Preferences): void;
}

const DEFAULTS: Preferences = { lang: 'vi' };
const CONTAINER = 'thidua';

/** Where the pane runs, for the diagnostics line; never throws. */
export function hostInfo(): HostInfo {
  try {
    return { host: Utilities.host, platform: Utilities.platform ?? null };
  } catch {
    return { host: 'WEB', platform: null };
  }
}

function sanitize(raw: unknown): Preferences {
  const lang = (raw as { lang?: unknown } | null)?.lang;
  return { lang: lang === 'en' || lang === 'vi' ? lang : DEFAULTS.lang };
}

/** Preferences in the browser's local storage (per user, per machine), falling back to memory. */
export function browserPreferences(): PreferenceStore {
  let storage: Storage<Preferences> | null = null;
  try {
    storage = new Storage<Preferences>(CONTAINER, StorageType.LocalStorage);
  } catch {
    storage = null;
  }
  const memory = memoryPreferences();
  // What this session chose wins over storage, which may have refused to keep it.
  let chosen = false;
  return {
    load() {
      if (chosen) return memory.load();
      try {
        return storage?.has('prefs') ? sanitize(storage.get('prefs')) : memory.load();
      } catch {
        return memory.load();
      }
    },
    save(p) {
      memory.save(p);
      chosen = true;
      try {
        storage?.set('prefs', sanitize(p));
      } catch {
        // Storage can be disabled (private mode, locked-down hosts): the choice then lasts this session.
      }
    },
  };
}

/** Preferences kept for the session only (tests, hosts without storage). */
export function memoryPreferences(initial: Partial<Preferences> = {}): PreferenceStore {
  let current = sanitize({ ...DEFAULTS, ...initial });
  return {
    load: () => current,
    save: (p) => {
      current = sanitize(p);
    },
  };
}
