/**
 * The rest of the yearly cycle (SPEC §9) in the Kiểm tra and Xếp hạng steps: who registered (late,
 * missing), the advanced-example counts that are not met, and how phased blocs combine their phases.
 * Renders nothing when the workbook has none of them.
 */
import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis } from '../../engine';
import { cycleSummaryLines } from '../../engine';
import { useLang, useStrings } from '../i18n';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  alert: { color: tokens.colorPaletteRedForeground1 },
});

export function CycleSummary({ analysis }: { analysis: Pick<Analysis, 'registration' | 'examples' | 'blocs'> }) {
  const lang = useLang();
  const t = useStrings();
  const styles = useStyles();
  const lines = cycleSummaryLines(analysis, lang);
  if (!lines.length) return null;
  return (
    <section className={styles.box} aria-label={t.cycleLabel}>
      <Subtitle2 as="h2">{t.cycleHeading}</Subtitle2>
      <ul className={styles.list}>
        {lines.map((l, i) => (
          <li key={i}>
            <Caption1 className={l.alert ? styles.alert : undefined}>{l.text}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
