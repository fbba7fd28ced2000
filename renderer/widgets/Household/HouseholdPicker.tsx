import { Button, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDoc } from '../../../shared/db';
import { useCore } from '../../core/CoreContext';
import { formatPhone } from '../../format/phone';
import { errorText } from '../../i18n/errorText';

interface Props {
  client: ClientDoc;
  /** The client and those already in the household: nothing to link there. */
  exclude: ReadonlySet<string>;
  opened: boolean;
  onClose(): void;
}

export function HouseholdPicker({ client, exclude, opened, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const [results, setResults] = useState<ClientDoc[]>([]);
  const [linking, setLinking] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    let current = true;
    void core.searchClients(debounced, 30).then((found) => current && setResults(found));
    return () => {
      current = false;
    };
  }, [core, debounced, opened]);

  const candidates = results.filter((c) => !exclude.has(c.id));

  const link = async (other: ClientDoc) => {
    setLinking(other.id);
    const result = await core.linkHousehold(client.id, other.id).finally(() => setLinking(null));
    if (result.ok) {
      notifications.show({ color: 'teal', message: t('household.linked', { name: other.fullName }) });
      setQuery('');
      onClose();
    } else {
      notifications.show({ color: 'red', message: result.errors.map((e) => errorText(i18n, e)).join(' ') });
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('household.pickerTitle', { name: client.fullName })}
      size="lg"
      centered
    >
      <Stack gap="sm">
        <TextInput
          aria-label={t('household.pickerSearch')}
          placeholder={t('household.pickerSearch')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          data-autofocus
          data-testid="household-search"
        />
        <ScrollArea.Autosize mah={360}>
          {candidates.length === 0 ? (
            <Text size="sm" c="dimmed" py="md" ta="center">
              {t('household.pickerEmpty')}
            </Text>
          ) : (
            <Stack gap={4}>
              {candidates.map((c) => (
                <Group key={c.id} justify="space-between" wrap="nowrap" py={6} px={4} data-testid="household-candidate">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate>
                      {c.fullName}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {[
                        c.phones[0] ? formatPhone(c.phones[0].e164, c.phones[0].extension, t('form.extLabel')) : '',
                        c.emails[0] ?? '',
                        c.company,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                  <Button size="compact-sm" variant="light" loading={linking === c.id} onClick={() => void link(c)}>
                    {t('household.pickerChoose')}
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}
