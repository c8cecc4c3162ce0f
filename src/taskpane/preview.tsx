/**
 * Browser preview (`npm run preview`): the task pane outside Excel, over an .xlsx workbook held in memory
 * by the ExcelJS adapter. It starts on the bundled example (built here from the engine's template), lets
 * the user open another .xlsx file, and offers the written result as a download. No office.js.
 */
import { StrictMode, useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Caption1, FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentArrowUpRegular } from '@fluentui/react-icons';
import type { XlsxWorkbookPort } from '../xlsx';
import type { Lang } from '../engine';
import { browserPreferences } from '../preferences';
import { App } from './components/App';
import { STRINGS } from './i18n';
import { PREVIEW_STRINGS } from './i18n/preview';
import { exampleSheetPlans } from './template';
import { downloadName, saveBytes } from './download';
import { minutesDownloader } from './minutes';

const exportMinutes = minutesDownloader(async () => (await import(/* webpackChunkName: "minutes" */ '../minutes')).buildMinutesDocx);

const EXAMPLE_NAME = 'vi-du-thi-dua.xlsx';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hidden: { display: 'none' },
  selection: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  loading: { padding: tokens.spacingHorizontalL },
});

/** The adapter is loaded on demand: ExcelJS is large and only the preview needs it. */
async function loadAdapter(): Promise<typeof import('../xlsx')> {
  return import(/* webpackChunkName: "xlsx-adapter" */ '../xlsx');
}

async function examplePort(): Promise<XlsxWorkbookPort> {
  const { XlsxWorkbookPort } = await loadAdapter();
  const port = XlsxWorkbookPort.blank(EXAMPLE_NAME);
  await port.addSheets(exampleSheetPlans());
  return port;
}

/** Forwards to the adapter and tells the page which cell a finding selected (there is no Excel to show it). */
function watchSelection(port: XlsxWorkbookPort, onSelect: (where: string) => void): XlsxWorkbookPort {
  return new Proxy(port, {
    get(target, prop, receiver) {
      if (prop === 'selectCell') {
        return async (sheet: string, cell: string) => {
          await target.selectCell(sheet, cell);
          onSelect(`${sheet}!${cell}`);
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

function Preview() {
  const styles = useStyles();
  const prefs = useRef(browserPreferences()).current;
  const [lang, setLang] = useState<Lang>(prefs.load().lang);
  const [port, setPort] = useState<XlsxWorkbookPort | null>(null);
  const [generation, setGeneration] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const p = PREVIEW_STRINGS[lang];

  const use = useCallback((next: XlsxWorkbookPort) => {
    setPort(watchSelection(next, setSelected));
    setSelected(null);
    setGeneration((g) => g + 1);
  }, []);

  useEffect(() => {
    examplePort().then(use, (e: unknown) => setProblem(String(e)));
  }, [use]);

  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const { XlsxWorkbookPort, checkXlsxBytes } = await loadAdapter();
      const bytes = new Uint8Array(await file.arrayBuffer());
      // The CLI's checks before ExcelJS inflates anything: a damaged file or a zip bomb is refused, named.
      await checkXlsxBytes(bytes, file.name, { lang });
      use(await XlsxWorkbookPort.fromBuffer(bytes, file.name));
      setProblem(null);
    } catch (err) {
      // A refused package's message already names the file and says why.
      const refused = err instanceof Error && err.name === 'PackageRefused';
      setProblem(refused ? err.message : p.unreadable(file.name, err instanceof Error ? err.message : String(err)));
    }
  };

  const download = async () => {
    if (!port) return;
    saveBytes(await port.toBuffer(), downloadName(port.label));
  };

  const banner = (
    <div className={styles.bar} role="region" aria-label={p.barLabel}>
      <input ref={input} className={styles.hidden} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-label={p.open} data-testid="file-input" onChange={open} />
      <Button size="small" icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()}>
        {p.open}
      </Button>
      <Button size="small" appearance="subtle" onClick={() => examplePort().then(use)}>
        {p.example}
      </Button>
      {selected && (
        <Caption1 className={styles.selection} role="status">
          {p.selected(selected)}
        </Caption1>
      )}
      {problem && (
        <Caption1 role="alert" className={styles.selection}>
          {problem}
        </Caption1>
      )}
    </div>
  );

  if (!port) {
    return (
      <FluentProvider theme={webLightTheme}>
        <div className={styles.loading}>{problem ? <Caption1 role="alert">{problem}</Caption1> : <Spinner label={p.loading} />}</div>
      </FluentProvider>
    );
  }
  return (
    <App
      key={generation}
      port={port}
      templateSheets={exampleSheetPlans}
      preferences={{ load: prefs.load, save: (x) => (prefs.save(x), setLang(x.lang)) }}
      banner={banner}
      exportMinutes={exportMinutes}
      writeExtra={(l) => (
        <Button icon={<ArrowDownloadRegular />} onClick={download}>
          {STRINGS[l].download}
        </Button>
      )}
    />
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Preview />
  </StrictMode>,
);
