/**
 * Step 3, Ghi bảng tổng hợp: lists the sheets a write produces, writes them with a progress bar, and
 * reports what was written, renamed, deleted or could not be formatted. A rerun replaces its own sheets.
 */
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { Button, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTextRegular } from '@fluentui/react-icons';
import { renderFinding } from '../../engine';
import { outputPlans } from '../engine';
import type { CheckState, WriteOutcome } from '../state/reducer';
import { useLang, useStrings } from '../i18n';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  action: { alignSelf: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface StepWriteProps {
  check: CheckState | null;
  busy: boolean;
  running: boolean;
  progress: { done: number; total: number } | null;
  written: WriteOutcome | null;
  now: () => Date;
  onWrite: () => void;
  /** Exports the minutes (.docx); absent when the host offers no minutes. */
  onMinutes?: () => void;
  minutesRunning?: boolean;
  /** Shown after a write (the preview's download link, the minutes export). */
  extra?: ReactNode;
}

export function StepWrite({ check, busy, running, progress, written, now, onWrite, onMinutes, minutesRunning, extra }: StepWriteProps) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const planned = useMemo(() => (check ? outputPlans(check.analysis, { lang, now: now() }).map((p) => p.name) : []), [check, lang, now]);
  const errors = check ? check.analysis.findings.filter((f) => f.severity === 'error').length : 0;
  const value = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <section className={styles.step}>
      <Text>{t.writeIntro}</Text>
      {planned.length > 0 && (
        <div>
          <Subtitle2 as="h2">{t.plannedSheets}</Subtitle2>
          <ul className={styles.list}>
            {planned.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {errors > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.errorsBeforeWrite(errors)}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" className={styles.action} disabled={busy} onClick={onWrite} icon={running ? <Spinner size="tiny" aria-hidden /> : undefined}>
        {running ? t.writing : written ? t.rewriteButton : t.writeButton}
      </Button>
      {running && (
        <Field validationMessage={progress ? t.progress(progress.done, progress.total) : t.writing} validationState="none">
          <ProgressBar value={value} max={1} thickness="large" aria-label={t.writing} />
        </Field>
      )}
      {written && !running && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t.written(written.written.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {written.written.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
            {written.deleted.length > 0 && <Caption1>{t.deleted(written.deleted.join(', '))}</Caption1>}
          </MessageBarBody>
        </MessageBar>
      )}
      {written && !running && written.findings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.writeNotes}</MessageBarTitle>
            <ul className={styles.list}>
              {written.findings.map((f, i) => (
                <li key={i}>{renderFinding(f, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {written && !running && written.degraded.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.degraded}</MessageBarTitle>
            <ul className={styles.list}>
              {written.degraded.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {(extra || (onMinutes && check)) && (
        <div className={styles.actions}>
          {extra}
          {onMinutes && check && (
            <Button icon={minutesRunning ? <Spinner size="tiny" aria-hidden /> : <DocumentTextRegular />} disabled={busy} onClick={onMinutes}>
              {t.minutes}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
