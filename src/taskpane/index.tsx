/**
 * Start-up inside Excel: wait for office.js, build the Office.js port (the one place the pane chooses
 * an adapter) and render the pane. Components never see Office or Excel: they receive the port.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createOfficePort } from '../excel';
import { browserPreferences } from '../preferences';
import { App } from './components/App';
import { exampleSheetPlans } from './template';
import { minutesDownloader } from './minutes';

/** The docx builder is a separate chunk, loaded on the first export. */
const exportMinutes = minutesDownloader(async () => (await import(/* webpackChunkName: "minutes" */ '../minutes')).buildMinutesDocx);

Office.onReady(() => {
  const port = createOfficePort();
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App port={port} templateSheets={exampleSheetPlans} preferences={browserPreferences()} exportMinutes={exportMinutes} />
    </StrictMode>,
  );
});
