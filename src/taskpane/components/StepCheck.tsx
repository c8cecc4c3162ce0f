/** Step 1, Kiểm tra: read the workbook, show each sheet's role and the findings by sheet. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetRole } from '../../engine';
import type { CheckState } from '../state/reducer';
import { useStrings } from '../i18n';
import { FindingList } from './FindingList';
import { SheetRoles, shownSheets } from './SheetRoles';
import { CycleSummary } from './CycleSummary';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  action: { alignSelf: 'flex-start' },
});

export interface StepCheckProps {
  check: CheckState | null;
  busy: boolean;
  running: boolean;
  onCheck: () => void;
  onRole: (sheet: string, role: SheetRole | null) => void;
  onColumn: (sheet: string, header: string, target: string | null) => void;
  onSelect: (sheet: string, cell: string) => void;
}

export function StepCheck({ check, busy, running, onCheck, onRole, onColumn, onSelect }: StepCheckProps) {
  const t = useStrings();
  const styles = useStyles();
  const findings = check?.analysis.findings ?? [];
  const n = (s: string) => findings.filter((f) => f.severity === s).length;
  const shown = check ? shownSheets(check.analysis.sheets, check.snapshot) : [];
  // The sheet list opens by itself when a sheet was not recognised or a role was corrected by the user.
  const needsAttention = shown.some((r) => r.role === 'unknown' || r.by === 'user');
  return (
    <section className={styles.step} aria-labelledby="step-check-title">
      <Text id="step-check-title">{t.checkIntro}</Text>
      <Button appearance="primary" className={styles.action} disabled={busy} onClick={onCheck} icon={running ? <Spinner size="tiny" aria-hidden /> : undefined}>
        {running ? t.checking : check ? t.recheckButton : t.checkButton}
      </Button>
      {!check && !running && <Text italic>{t.notChecked}</Text>}
      {check && (
        <>
          <div className={styles.counts} role="status" aria-label={t.counts(n('error'), n('warning'), n('info'))}>
            <Badge color="danger" appearance={n('error') ? 'filled' : 'outline'}>{t.countErrors(n('error'))}</Badge>
            <Badge color="warning" appearance={n('warning') ? 'filled' : 'outline'}>{t.countWarnings(n('warning'))}</Badge>
            <Badge color="informative" appearance="outline">{t.countInfos(n('info'))}</Badge>
          </div>
          <Subtitle2 as="h2">{t.findingsTitle}</Subtitle2>
          <FindingList findings={findings} sheetOrder={check.snapshot.sheets.map((s) => s.name)} onSelect={onSelect} />
          <CycleSummary analysis={check.analysis} />
          <Accordion collapsible defaultOpenItems={needsAttention ? ['sheets'] : []}>
            <AccordionItem value="sheets">
              <AccordionHeader as="h2" size="large">
                {t.sheetsCount(shown.length)}
              </AccordionHeader>
              <AccordionPanel>
                <SheetRoles recognitions={check.analysis.sheets} snapshot={check.snapshot} memory={check.memory} disabled={busy} onRole={onRole} onColumn={onColumn} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </section>
  );
}
