/**
 * The task pane: header (title, workbook, language), the steps as tabs, and the step shown. It receives
 * the workbook port; nothing here knows whether that is Excel or an .xlsx file in the browser.
 */
import type { ReactNode } from 'react';
import { useCallback, useMemo } from 'react';
import { Caption1, FluentProvider, Tab, TabList, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Analysis, Lang } from '../../engine';
import type { SheetPlan } from '../../workbook/plan';
import type { WorkbookPort } from '../../workbook/port';
import type { PreferenceStore } from '../../preferences';
import { memoryPreferences } from '../../preferences';
import { usePane, isEmptyWorkbook } from '../hooks/usePane';
import { LangContext, STRINGS } from '../i18n';
import type { Tab as TabId, WriteOutcome } from '../state/reducer';
import { LanguageSwitch } from './LanguageSwitch';
import { Notice } from './Notice';
import { SettingsForm } from './SettingsForm';
import { StepCheck } from './StepCheck';
import { StepRank } from './StepRank';
import { StepWrite } from './StepWrite';
import { TemplatePanel } from './TemplatePanel';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    overflowX: 'hidden',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  tabs: { flexWrap: 'wrap', rowGap: 0, padding: `0 ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  main: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

const TABS: readonly TabId[] = ['check', 'rank', 'write', 'template', 'settings'];

export interface AppProps {
  port: WorkbookPort;
  /** The example sheets for Tạo mẫu (from the engine's template). */
  templateSheets: () => readonly SheetPlan[];
  preferences?: PreferenceStore;
  now?: () => Date;
  /** Called after each successful write (the preview offers the file for download). */
  onWritten?: (outcome: WriteOutcome) => void;
  /** Extra actions under the write step (download, minutes). Receives the current language. */
  writeExtra?: (lang: Lang) => ReactNode;
  /** Shown above the steps (the preview's file picker). */
  banner?: ReactNode;
  /** Builds the meeting minutes (.docx) and hands them to the user; the button is shown when given. */
  exportMinutes?: (analysis: Analysis, opts: { lang: Lang; now: Date }) => Promise<void>;
}

export function App({ port, templateSheets, preferences, now, onWritten, writeExtra, banner, exportMinutes }: AppProps) {
  const styles = useStyles();
  const prefs = useMemo(() => preferences ?? memoryPreferences(), [preferences]);
  const clock = useMemo(() => now ?? (() => new Date()), [now]);
  const onLangChange = useCallback((lang: Lang) => prefs.save({ ...prefs.load(), lang }), [prefs]);
  const [state, act] = usePane({ port, now: clock, initialLang: prefs.load().lang, onLangChange, onWritten, templateSheets, exportMinutes });
  const t = STRINGS[state.lang];
  const busy = state.job !== null;
  const labels: Record<TabId, string> = { check: t.tabCheck, rank: t.tabRank, write: t.tabWrite, template: t.tabTemplate, settings: t.tabSettings };

  const step = () => {
    switch (state.tab) {
      case 'check':
        return (
          <StepCheck
            check={state.check}
            busy={busy}
            running={state.job === 'check' || state.job === 'memory'}
            onCheck={act.check}
            onRole={act.setRole}
            onColumn={act.setColumn}
            onSelect={act.selectCell}
          />
        );
      case 'rank':
        return <StepRank check={state.check} />;
      case 'write':
        return (
          <StepWrite
            check={state.check}
            busy={busy}
            running={state.job === 'write'}
            progress={state.progress}
            written={state.written}
            now={clock}
            onWrite={act.write}
            onMinutes={exportMinutes ? act.minutes : undefined}
            minutesRunning={state.job === 'minutes'}
            extra={writeExtra?.(state.lang)}
          />
        );
      case 'template':
        return <TemplatePanel busy={busy} running={state.job === 'template'} notEmpty={state.check ? !isEmptyWorkbook(state.check.snapshot) : false} onCreate={act.addTemplate} />;
      case 'settings':
        return <SettingsForm check={state.check} busy={busy} running={state.job === 'settings'} onSave={act.saveSettings} />;
    }
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang={state.lang}>
      <LangContext.Provider value={state.lang}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title3 as="h1" className={styles.title}>
              {t.appTitle}
            </Title3>
            <Caption1 className={styles.subtitle}>{t.workbookLabel(port.label)}</Caption1>
          </div>
          <LanguageSwitch lang={state.lang} onChange={act.setLang} />
        </header>
        {banner}
        <TabList className={styles.tabs} size="small" selectedValue={state.tab} onTabSelect={(_, d) => act.setTab(d.value as TabId)} aria-label={t.navLabel}>
          {TABS.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls="pane-step">
              {labels[id]}
            </Tab>
          ))}
        </TabList>
        <main id="pane-step" role="tabpanel" aria-labelledby={`tab-${state.tab}`} className={styles.main}>
          {state.notice && state.notice.tab === state.tab && <Notice notice={state.notice} onDismiss={act.dismiss} />}
          {step()}
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
