/** Vietnamese / English, as a two-option toggle group reachable by keyboard. */
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  button: { minWidth: '40px' },
});

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t.language} className={styles.group}>
      <ToggleButton size="small" appearance="subtle" className={styles.button} checked={lang === 'vi'} aria-label={t.langVi} onClick={() => onChange('vi')}>
        VI
      </ToggleButton>
      <ToggleButton size="small" appearance="subtle" className={styles.button} checked={lang === 'en'} aria-label={t.langEn} onClick={() => onChange('en')}>
        EN
      </ToggleButton>
    </div>
  );
}
