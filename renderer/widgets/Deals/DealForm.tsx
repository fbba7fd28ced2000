import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEAL_STATUSES } from '../../../shared/payouts';
import type { DealView } from '../../../shared/office/resolution/types';
import { useCore } from '../../core/CoreContext';
import { CURRENCIES, dealDraftOf, dealErrors, newDealDraft, type DealDraft, type DealFormField } from './dealDraft';

interface DealFormProps {
  clientId: string;
  /** The deal to change; a new deal when absent. */
  deal?: DealView;
  onDone: () => void;
}

/**
 * A new deal, or a change of one (status, amounts): every save is a new edition, so the history
 * keeps who moved the deal when. Amounts are typed as people type them ("120 000,50").
 */
export function DealForm({ clientId, deal, onDone }: DealFormProps) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const [draft, setDraft] = useState<DealDraft>(() => (deal ? dealDraftOf(deal, i18n.language) : newDealDraft()));
  const [errors, setErrors] = useState<Map<DealFormField, string>>(new Map());
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<DealDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorOf = (field: DealFormField) => errors.get(field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await core.saveDeal({ clientId, ...draft }, deal?.dealId);
      if (result.ok) {
        notifications.show({ color: 'teal', message: t('deals.saved') });
        onDone();
      } else {
        setErrors(dealErrors(i18n, result.errors));
      }
    } catch (error) {
      console.error('Could not save the deal', error);
      setErrors(
        new Map([['form', t('deals.notSaved', { message: error instanceof Error ? error.message : String(error) })]]),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <form
        onSubmit={submit}
        noValidate
        aria-label={deal ? t('deals.formEdit') : t('deals.formNew')}
        data-testid="deal-form"
      >
        <Stack gap="sm">
          <Text fw={600}>{deal ? t('deals.formEdit') : t('deals.formNew')}</Text>
          <TextInput
            label={t('deals.fieldTitle')}
            placeholder={t('deals.titlePlaceholder')}
            value={draft.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={errorOf('title')}
            maxLength={201}
            data-testid="deal-title"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('deals.travelStart')}
              value={draft.travelStart}
              onChange={(e) => set({ travelStart: e.currentTarget.value })}
              error={errorOf('travelStart')}
              data-testid="deal-travel-start"
            />
            <TextInput
              type="date"
              label={t('deals.travelEnd')}
              value={draft.travelEnd}
              onChange={(e) => set({ travelEnd: e.currentTarget.value })}
              error={errorOf('travelEnd')}
              data-testid="deal-travel-end"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              label={t('deals.amountField')}
              placeholder={t('deals.amountPlaceholder')}
              inputMode="decimal"
              value={draft.amount}
              onChange={(e) => set({ amount: e.currentTarget.value })}
              error={errorOf('amount')}
              data-testid="deal-amount"
            />
            <TextInput
              label={t('deals.marginField')}
              placeholder="0"
              inputMode="decimal"
              value={draft.margin}
              onChange={(e) => set({ margin: e.currentTarget.value })}
              error={errorOf('margin')}
              data-testid="deal-margin"
            />
            <Select
              label={t('deals.currency')}
              data={[...CURRENCIES]}
              value={draft.currency}
              onChange={(value) => value && set({ currency: value })}
              allowDeselect={false}
              error={errorOf('currency')}
              data-testid="deal-currency"
            />
          </SimpleGrid>
          <Select
            label={t('deals.status')}
            data={DEAL_STATUSES.map((value) => ({ value, label: t(`deals.status_${value}`) }))}
            value={draft.status}
            onChange={(value) => value && set({ status: value as DealDraft['status'] })}
            allowDeselect={false}
            error={errorOf('status')}
            data-testid="deal-status"
          />
          {errorOf('form') && (
            <Alert color="red" variant="light" role="alert" p="sm">
              {errorOf('form')}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone} disabled={saving}>
              {t('deals.cancel')}
            </Button>
            <Button type="submit" loading={saving} data-testid="deal-save">
              {t('deals.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
