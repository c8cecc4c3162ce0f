/** Tạo mẫu: adds the example sheets to an empty workbook (never over the user's sheets). */
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  action: { alignSelf: 'flex-start' },
});

export function TemplatePanel({ busy, running, notEmpty, onCreate }: { busy: boolean; running: boolean; notEmpty: boolean; onCreate: () => void }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.step}>
      <Text>{t.templateIntro}</Text>
      {notEmpty && <Text italic>{t.templateNotEmpty}</Text>}
      <Button appearance="primary" className={styles.action} disabled={busy} onClick={onCreate} icon={running ? <Spinner size="tiny" aria-hidden /> : undefined}>
        {t.templateButton}
      </Button>
    </section>
  );
}
