/**
 * Findings grouped by sheet, in workbook order (workbook-wide ones first). A finding with a place is a
 * button: activating it selects that cell in the workbook.
 */
import { useMemo, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../engine';
import { messageText } from '../../engine';
import { useLang, useStrings } from '../i18n';

const PAGE = 50;
const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', minWidth: 0 },
  sheetName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    height: 'auto',
    minHeight: '32px',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
  },
  plain: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1, marginRight: tokens.spacingHorizontalXS },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: '2px' },
  info: { color: tokens.colorNeutralForeground3, flexShrink: 0, marginTop: '2px' },
});

function SeverityIcon({ severity, label }: { severity: Severity; label: string }) {
  const styles = useStyles();
  const Icon = severity === 'error' ? ErrorCircleRegular : severity === 'warning' ? WarningRegular : InfoRegular;
  return <Icon className={styles[severity]} aria-label={label} role="img" fontSize={16} />;
}

interface Group {
  readonly sheet: string | null;
  readonly findings: readonly Finding[];
}

/** Groups in workbook order; findings inside a group by severity, then as reported. */
export function groupFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Group[] {
  const by = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const k = f.sheet ?? null;
    by.set(k, [...(by.get(k) ?? []), f]);
  }
  const rank = (s: string | null) => (s === null ? -1 : sheetOrder.indexOf(s) === -1 ? sheetOrder.length : sheetOrder.indexOf(s));
  return [...by.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([sheet, list]) => ({ sheet, findings: [...list].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]) }));
}

function count(list: readonly Finding[], s: Severity): number {
  return list.filter((f) => f.severity === s).length;
}

function GroupPanel({ group, onSelect }: { group: Group; onSelect: (sheet: string, cell: string) => void }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const visible = group.findings.slice(0, shown);
  return (
    <>
      <ul className={styles.list}>
        {visible.map((f, i) => {
          const text = messageText(f.code, f.params, lang);
          const where = f.sheet ? `${f.sheet}!${f.cell ?? 'A1'}` : '';
          const content = (
            <>
              <SeverityIcon severity={f.severity} label={t.severity[f.severity]} />
              <span>
                {f.cell && <span className={styles.cell}>{f.cell}</span>}
                {text}
              </span>
            </>
          );
          return (
            <li key={`${f.code}-${f.cell ?? ''}-${i}`}>
              {f.sheet ? (
                <Button appearance="subtle" className={styles.item} title={t.selectCell(where)} aria-label={`${t.severity[f.severity]}: ${f.cell ?? ''} ${text}. ${t.selectCell(where)}`} onClick={() => onSelect(f.sheet as string, f.cell ?? 'A1')}>
                  {content}
                </Button>
              ) : (
                <div className={styles.plain}>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
      {group.findings.length > shown && (
        <Button appearance="transparent" size="small" onClick={() => setShown(shown + PAGE)}>
          {t.moreFindings(Math.min(PAGE, group.findings.length - shown))}
        </Button>
      )}
    </>
  );
}

export function FindingList({ findings, sheetOrder, onSelect }: { findings: readonly Finding[]; sheetOrder: readonly string[]; onSelect: (sheet: string, cell: string) => void }) {
  const t = useStrings();
  const styles = useStyles();
  const groups = useMemo(() => groupFindings(findings, sheetOrder), [findings, sheetOrder]);
  // Sheets with errors open at first; everything open when the list is short.
  const defaultOpen = useMemo(
    () => groups.filter((g) => findings.length <= 12 || count(g.findings, 'error') > 0).map((g) => g.sheet ?? ''),
    [groups, findings.length],
  );
  if (findings.length === 0) return <Text>{t.noFindings}</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={defaultOpen}>
      {groups.map((g) => {
        const e = count(g.findings, 'error');
        const w = count(g.findings, 'warning');
        const n = count(g.findings, 'info');
        return (
          <AccordionItem key={g.sheet ?? ''} value={g.sheet ?? ''}>
            <AccordionHeader>
              <span className={styles.header}>
                <span className={styles.sheetName}>{g.sheet ?? t.workbookWide}</span>
                {e > 0 && <Badge color="danger" size="small" aria-label={t.countErrors(e)}>{e}</Badge>}
                {w > 0 && <Badge color="warning" size="small" aria-label={t.countWarnings(w)}>{w}</Badge>}
                {n > 0 && <Badge color="informative" appearance="tint" size="small" aria-label={t.countInfos(n)}>{n}</Badge>}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <GroupPanel group={g} onSelect={onSelect} />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
