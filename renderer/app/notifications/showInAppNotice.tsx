import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Translator } from '../../i18n/translator';
import { parseRoute } from '../../state/routes';
import { useUi } from '../../state/uiStore';
import type { InAppNotice } from './caseNotifications';

/** The system would not show it (browser permission refused): a toast in the window, a click opens the case. */
export function showInAppNotice(notice: InAppNotice, i18n: Translator): void {
  notifications.show({
    id: `case-notice:${notice.id}`,
    color: 'orange',
    title: notice.title,
    message: (
      <Stack gap={6} align="flex-start">
        <Text size="sm">{notice.body}</Text>
        <Button
          size="compact-xs"
          variant="light"
          color="orange"
          onClick={() => {
            notifications.hide(`case-notice:${notice.id}`);
            useUi.getState().navigate(parseRoute(notice.route));
          }}
        >
          {i18n.t('notify.open')}
        </Button>
      </Stack>
    ),
    autoClose: 15_000,
    withBorder: true,
  });
}
