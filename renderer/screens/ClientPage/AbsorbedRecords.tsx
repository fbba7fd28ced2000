import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDoc } from '../../../shared/db';
import { useCore } from '../../core/CoreContext';
import { routePath } from '../../state/routes';
import { announceSamePerson } from './samePersonResult';

/** On a survivor: the records merged into it; the latest merge can be undone (an earlier one only after it). */
export function AbsorbedRecords({ client }: { client: ClientDoc }) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const [absorbed, setAbsorbed] = useState<ClientDoc[]>([]);
  useEffect(() => {
    let live = true;
    void core.absorbedClients(client.id).then((found) => live && setAbsorbed(found));
    return () => {
      live = false;
    };
  }, [core, client.id, client.updatedAt]);
  if (!absorbed.length) return null;
  const latest = absorbed.at(-1)!;
  const undo = async () =>
    announceSamePerson(
      await core.undoSamePersonMerge(client.id, latest.id),
      i18n,
      t('samePerson.undone', { name: latest.fullName }),
    );
  return (
    <Paper withBorder p="lg" data-testid="absorbed-records">
      <Stack gap="sm">
        <Text fw={600}>{t('samePerson.absorbedTitle')}</Text>
        {absorbed.map((record) => (
          <Group key={record.id} justify="space-between" wrap="nowrap" data-testid="absorbed-record">
            <Anchor href={`#${routePath({ name: 'client', id: record.id })}`} truncate>
              {record.fullName}
            </Anchor>
            {record.id === latest.id && (
              <Button size="compact-xs" variant="light" onClick={() => void undo()} data-testid="absorbed-undo">
                {t('samePerson.undo')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
