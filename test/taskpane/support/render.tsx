/** Renders the pane over a fake port with a fixed clock, the way the start-up files do. */
import { render } from '@testing-library/react';
import { App } from '../../../src/taskpane/components/App';
import { memoryPreferences, type PreferenceStore } from '../../../src/preferences';
import { exampleSheetPlans } from '../../../src/taskpane/template';
import type { WorkbookPort } from '../../../src/workbook/port';

export const NOW = new Date(2025, 4, 20, 9, 30);

export function renderPane(port: WorkbookPort, opts: { preferences?: PreferenceStore } = {}) {
  const preferences = opts.preferences ?? memoryPreferences();
  return { preferences, ...render(<App port={port} templateSheets={exampleSheetPlans} preferences={preferences} now={() => NOW} />) };
}
