/** The one message of the pane (result or problem of the last action), dismissible. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Notice as NoticeData } from '../state/reducer';
import { useStrings } from '../i18n';

export function Notice({ notice, onDismiss }: { notice: NoticeData; onDismiss: () => void }) {
  const t = useStrings();
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<DismissRegular />} onClick={onDismiss} />} />
    </MessageBar>
  );
}
