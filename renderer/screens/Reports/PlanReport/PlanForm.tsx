import { Button, Group, MultiSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAmount } from '../../../../shared/payouts';
import type { Office } from '../../../../shared/sync';
import type { ScreenCalls } from '../../../widgets/EndpointData/useSessionCalls';
import type { PlansClient } from '../../../../shared/endpoint';

/** A lead's or an admin's plan for the month: a name, the offices that share it, the margin target in roubles. */
export function PlanForm({
  client,
  month,
  ownOfficeId,
  onSaved,
}: {
  client: ScreenCalls<PlansClient>;
  month: string;
  ownOfficeId: string | null;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [offices, setOffices] = useState<Office[]>([]);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>(ownOfficeId ? [ownOfficeId] : []);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    void client.directory().then((r) => r.ok && setOffices(r.value.offices));
  }, [client]);
  const save = async () => {
    const amount = parseAmount(target, 'RUB');
    if (!amount.ok) {
      setError(t('reports.plans.badTarget'));
      return;
    }
    setSaving(true);
    const result = await client.savePlan({
      name: name.trim() || t('reports.plans.defaultName'),
      month,
      officeIds: chosen,
      target: amount.value,
    });
    setSaving(false);
    if (result.ok) {
      setError(null);
      setTarget('');
      onSaved();
    } else setError('message' in result.failure ? result.failure.message : t('requests.actionFailed'));
  };
  return (
    <Paper withBorder p="md" data-testid="plan-form">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label={t('reports.plans.name')}
            placeholder={t('reports.plans.defaultName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t('reports.plans.target')}
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            data-testid="plan-target"
          />
        </Group>
        <MultiSelect
          label={t('reports.plans.offices')}
          data={offices.map((o) => ({ value: o.id, label: o.name }))}
          value={chosen}
          onChange={setChosen}
          data-testid="plan-offices"
        />
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            onClick={() => void save()}
            loading={saving}
            disabled={!chosen.length || !target.trim()}
            data-testid="plan-save"
          >
            {t('reports.plans.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
