import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGGABLE_ACTIVITY_TYPES, type ActivityInput, type FieldError } from '../../../shared/office';
import { useCore } from '../../core/CoreContext';
import { fromLocalInputValue, toLocalInputValue } from '../../format/dates';
import { errorText } from '../../i18n/errorText';

/** Logging what happened: the time defaults to now, since most activities are logged right after. */
export function ActivityForm({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const [type, setType] = useState<ActivityInput['type']>('call');
  const [at, setAt] = useState(() => toLocalInputValue(Date.now()));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const errorFor = (field: FieldError['field']) => {
    const list = errors.filter((e) => e.field === field);
    return list.length ? list.map((e) => errorText(i18n, e)).join(' ') : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await core.logActivity({ clientId, type, at: fromLocalInputValue(at), note });
      if (result.ok) {
        setErrors([]);
        setNote('');
        setAt(toLocalInputValue(Date.now()));
        notifications.show({ color: 'teal', message: t('activity.logged') });
      } else {
        setErrors(result.errors);
      }
    } finally {
      setSaving(false);
    }
  };

  const other = errors.filter((e) => !['type', 'at', 'note'].includes(e.field));
  return (
    <form onSubmit={submit} noValidate data-testid="activity-form">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select
            label={t('activity.type')}
            data={LOGGABLE_ACTIVITY_TYPES.map((value) => ({ value, label: t(`activity.type_${value}`) }))}
            value={type}
            onChange={(value) => value && setType(value as ActivityInput['type'])}
            allowDeselect={false}
            error={errorFor('type')}
            data-testid="activity-type"
          />
          <TextInput
            type="datetime-local"
            label={t('activity.at')}
            value={at}
            onChange={(e) => setAt(e.currentTarget.value)}
            error={errorFor('at')}
            data-testid="activity-at"
          />
        </Group>
        <Textarea
          label={t('activity.note')}
          placeholder={t('activity.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errorFor('note')}
          autosize
          minRows={2}
          maxRows={6}
          data-testid="activity-note"
        />
        {other.length > 0 && (
          <Text c="red" size="sm">
            {other.map((e) => errorText(i18n, e)).join(' ')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={saving} data-testid="activity-add">
            {t('activity.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
