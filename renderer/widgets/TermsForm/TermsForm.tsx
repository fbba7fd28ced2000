import { Button, Checkbox, Group, NumberInput, Paper, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LATER_ORDERS, MAX_LEADS, NOTE_MAX, type Side, type Terms } from '../../../shared/workflow';
import { DisputedDealsInput } from './DisputedDealsInput';
import type { DisputableDeal } from './disputableDeals';
import { SplitInput } from './SplitInput';
import { checkDraft, type TermsDraft, type TermsField } from './termsDraft';
import { disputedDealLabel, termsSentence, type SideNames } from './termsSentence';

interface TermsFormProps {
  names: SideNames;
  initial: TermsDraft;
  submitLabel: string;
  busy: boolean;
  onSubmit: (terms: Terms) => void;
  onCancel: () => void;
  /** The deals on the case's clients the terms may name; null while they load, undefined when unknown here. */
  deals?: DisputableDeal[] | null;
}

/**
 * Structured terms, not free text, so an agreement can be applied without anyone interpreting
 * it: who keeps the client, the splits, leads owed, a note. The sentence below the form is what
 * the other side will read.
 */
export function TermsForm({ names, initial, submitLabel, busy, onSubmit, onCancel, deals }: TermsFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<TermsDraft>(initial);
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<TermsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const check = checkDraft(i18n, draft);
  // A note too long does not make the terms unreadable: they are read out, and the note's problem said.
  const noteTooLong = !check.ok && check.errors.has('note');
  const preview = noteTooLong ? checkDraft(i18n, { ...draft, note: '' }) : check;
  const errorOf = (field: TermsField) => (tried && !check.ok ? check.errors.get(field) : undefined);
  const sides: Side[] = ['owner', 'newcomer'];
  const sideLabel = (side: Side) => t(`terms.sideName_${side}`, { name: names[side] });
  const readNumber = (v: number | string): number | '' => (typeof v === 'number' && Number.isFinite(v) ? v : '');
  const dealLabel = (dealId: string) => {
    const deal = deals?.find((d) => d.dealId === dealId);
    return deal ? disputedDealLabel(i18n, deal) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (check.ok) onSubmit(check.terms);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="terms-form" aria-label={t('terms.formLabel')}>
      <Stack gap="md">
        <Radio.Group
          label={t('terms.keeper')}
          value={draft.keeper}
          onChange={(v) => set({ keeper: v as Side })}
          error={errorOf('keeper')}
          data-testid="terms-keeper"
        >
          <Stack gap={6} mt={6}>
            {sides.map((side) => (
              <Radio key={side} value={side} label={sideLabel(side)} data-testid={`terms-keeper-${side}`} />
            ))}
          </Stack>
        </Radio.Group>

        <SplitInput
          legend={t('terms.firstSplit')}
          shareLabel={(name) => t('terms.firstShare', { name })}
          names={names}
          ownerPct={draft.firstOwnerPct}
          onChange={(firstOwnerPct) => set({ firstOwnerPct })}
          error={errorOf('firstSplit')}
          testId="terms-first"
        />

        <Stack gap="sm">
          <Checkbox
            label={t('terms.laterToggle')}
            checked={draft.later}
            onChange={(e) => set({ later: e.currentTarget.checked })}
            data-testid="terms-later-toggle"
          />
          {draft.later && (
            <Paper withBorder p="sm" radius="sm">
              <Stack gap="sm">
                <SplitInput
                  legend={t('terms.laterSplit')}
                  shareLabel={(name) => t('terms.laterShare', { name })}
                  names={names}
                  ownerPct={draft.laterOwnerPct}
                  onChange={(laterOwnerPct) => set({ laterOwnerPct })}
                  error={errorOf('laterSplit')}
                  testId="terms-later"
                />
                <Group grow align="flex-start">
                  <NumberInput
                    label={t('terms.laterOrders')}
                    description={t('terms.laterOrdersHelp')}
                    value={draft.laterOrders}
                    onChange={(v) => set({ laterOrders: readNumber(v) })}
                    min={1}
                    max={MAX_LATER_ORDERS}
                    allowDecimal={false}
                    allowNegative={false}
                    error={errorOf('laterOrders')}
                    data-testid="terms-later-orders"
                  />
                  <TextInput
                    type="date"
                    label={t('terms.laterUntil')}
                    description={t('terms.laterUntilHelp')}
                    value={draft.laterUntil}
                    onChange={(e) => set({ laterUntil: e.currentTarget.value })}
                    error={errorOf('laterUntil')}
                    data-testid="terms-later-until"
                  />
                </Group>
                {errorOf('laterBound') && (
                  <Text size="sm" c="red" role="alert">
                    {errorOf('laterBound')}
                  </Text>
                )}
              </Stack>
            </Paper>
          )}
        </Stack>

        {deals !== undefined && (
          <DisputedDealsInput
            deals={deals}
            selected={draft.disputedDeals}
            onChange={(disputedDeals) => set({ disputedDeals })}
            label={dealLabel}
          />
        )}

        <Stack gap="sm">
          <Checkbox
            label={t('terms.leadsToggle')}
            checked={draft.leads}
            onChange={(e) => set({ leads: e.currentTarget.checked })}
            data-testid="terms-leads-toggle"
          />
          {draft.leads && (
            <Paper withBorder p="sm" radius="sm">
              <Group grow align="flex-start">
                <Radio.Group
                  label={t('terms.leadsFrom')}
                  value={draft.leadsFrom}
                  onChange={(v) => set({ leadsFrom: v as Side })}
                  error={errorOf('leadsFrom')}
                  data-testid="terms-leads-from"
                >
                  <Stack gap={6} mt={6}>
                    {sides.map((side) => (
                      <Radio
                        key={side}
                        value={side}
                        label={t('terms.leadsFromSide', {
                          from: names[side],
                          to: names[side === 'owner' ? 'newcomer' : 'owner'],
                        })}
                        data-testid={`terms-leads-from-${side}`}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
                <NumberInput
                  label={t('terms.leadsCount')}
                  value={draft.leadsCount}
                  onChange={(v) => set({ leadsCount: readNumber(v) })}
                  min={0}
                  max={MAX_LEADS}
                  allowDecimal={false}
                  allowNegative={false}
                  error={errorOf('leadsCount')}
                  data-testid="terms-leads-count"
                />
              </Group>
            </Paper>
          )}
        </Stack>

        <Textarea
          label={t('terms.note')}
          placeholder={t('terms.notePlaceholder')}
          value={draft.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
          maxLength={NOTE_MAX + 1}
          autosize
          minRows={2}
          maxRows={6}
          error={errorOf('note')}
          data-testid="terms-note"
        />

        <Paper withBorder p="sm" radius="sm" bg="gray.0" data-testid="terms-preview" aria-live="polite">
          <Text size="xs" c="dimmed" fw={700} tt="uppercase">
            {t('terms.previewTitle')}
          </Text>
          <Text size="sm" mt={4} data-testid="terms-preview-text">
            {preview.ok ? termsSentence(i18n, preview.terms, names, dealLabel) : t('terms.previewIncomplete')}
            {noteTooLong && ` ${t('terms.errors.note', { maxNote: NOTE_MAX })}`}
          </Text>
        </Paper>

        {errorOf('form') && (
          <Text size="sm" c="red" role="alert">
            {errorOf('form')}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('terms.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="terms-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
