import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientDoc } from '../../../shared/db';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { routePath } from '../../state/routes';
import { announceSamePerson } from './samePersonResult';

/** On a record merged into another: where its contacts and history went, and the undo. */
export function MergedNotice({ client, mergedInto }: { client: ClientDoc; mergedInto: { clientId: string } }) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const survivor = useObservable(() => core.client$(mergedInto.clientId), [core, mergedInto.clientId]);
  const name = survivor.loading ? '' : (survivor.value?.fullName ?? '');
  const undo = async () =>
    announceSamePerson(
      await core.undoSamePersonMerge(mergedInto.clientId, client.id),
      i18n,
      t('samePerson.undone', { name: client.fullName }),
    );
  return (
    <Alert color="gray" variant="light" title={t('samePerson.mergedIntoTitle', { name })} data-testid="client-merged">
      <Stack gap={6}>
        <Text size="sm">{t('samePerson.mergedIntoBody', { name })}</Text>
        <Group gap="sm">
          <Anchor
            href={`#${routePath({ name: 'client', id: mergedInto.clientId })}`}
            size="sm"
            data-testid="client-merged-survivor"
          >
            {t('samePerson.openSurvivor', { name })}
          </Anchor>
          <Button size="compact-sm" variant="light" onClick={() => void undo()} data-testid="client-merge-undo">
            {t('samePerson.undo')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
