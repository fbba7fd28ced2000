import { Alert, Button, Grid, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLIENT_LIMITS,
  entryProblems,
  identitySettingsFor,
  type ClientDraft,
  type FieldError,
} from '../../../shared/office';
import { useCore } from '../../core/CoreContext';
import { errorText } from '../../i18n/errorText';
import { useUi } from '../../state/uiStore';
import { DuplicatePanel } from '../../widgets/DuplicatePanel/DuplicatePanel';
import { spreadLines } from './pastedLines';
import { EntryList, keepFocus, type Entry } from './EntryList';
import { useDuplicateCheck } from './useDuplicateCheck';
import { casesOpenedText } from './casesOpenedText';

type ListField = 'phones' | 'emails';

let entrySeq = 0;
function toEntries(values: string[]): Entry[] {
  return values.map((value) => ({ id: ++entrySeq, value }));
}
type PlainField = 'fullName' | 'company' | 'notes';

interface Props {
  /** Set when editing; absent for a new client. */
  clientId?: string;
  initial: ClientDraft;
}

/**
 * New and edit client. The duplicate check runs while typing; entry messages appear once an
 * entry has been left (not while the number is half-typed) or after Save. Saving a duplicate
 * is allowed: the warning informs, the core decides nothing for the manager.
 */
export function ClientForm({ clientId, initial }: Props) {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const navigate = useUi((s) => s.navigate);
  const profile = useUi((s) => s.profile);

  const [fullName, setFullName] = useState(initial.fullName);
  const [company, setCompany] = useState(initial.company);
  const [notes, setNotes] = useState(initial.notes);
  const [lists, setLists] = useState<Record<ListField, Entry[]>>(() => ({
    phones: toEntries(initial.phones),
    emails: toEntries(initial.emails),
  }));
  const [focusId, setFocusId] = useState<number>();
  const [touched, setTouched] = useState<ReadonlySet<number>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  // Errors from the last failed save, each dropped as soon as its field or entry is edited.
  // Kept as codes, not text, so switching the language re-words them.
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldError['field'], FieldError>>>({});
  const [entryErrors, setEntryErrors] = useState<ReadonlyMap<number, FieldError>>(new Map());
  const [formError, setFormError] = useState<{ other: FieldError[] } | { unexpected: true } | null>(null);
  const fieldError = (field: FieldError['field']) => {
    const error = fieldErrors[field];
    return error ? errorText(i18n, error) : undefined;
  };

  const phones = lists.phones.map((e) => e.value);
  const emails = lists.emails.map((e) => e.value);
  const { state: checkState, check } = useDuplicateCheck({ fullName, phones, emails }, clientId);

  const settings = useMemo(() => (profile ? identitySettingsFor(profile) : null), [profile]);
  const phonesKey = phones.join('\n');
  const emailsKey = emails.join('\n');
  // Per-entry identity problems, computed the same way the core validates on save.
  const liveProblems = useMemo(() => {
    const byEntry = new Map<string, FieldError>();
    if (!settings) return byEntry;
    for (const p of entryProblems({ phones: phonesKey.split('\n'), emails: emailsKey.split('\n') }, settings)) {
      const key = `${p.field}:${p.index}`;
      if (!byEntry.has(key)) byEntry.set(key, p);
    }
    return byEntry;
  }, [settings, phonesKey, emailsKey]);

  const errorAt = (field: ListField) => (index: number) => {
    const entry = lists[field][index];
    if (!entry) return undefined;
    const fromSave = entryErrors.get(entry.id);
    if (fromSave) return errorText(i18n, fromSave);
    const live = liveProblems.get(`${field}:${index}`);
    return live && (submitted || touched.has(entry.id)) ? errorText(i18n, live) : undefined;
  };

  const editPlain = (field: PlainField, set: (v: string) => void) => (value: string) => {
    set(value);
    setFieldErrors((errors) => ({ ...errors, [field]: undefined }));
  };

  const editEntry = (field: ListField) => (index: number, value: string) => {
    const entry = lists[field][index];
    setLists((all) => ({ ...all, [field]: all[field].map((e, i) => (i === index ? { ...e, value } : e)) }));
    if (entry) setEntryErrors((errors) => withoutKey(errors, entry.id));
    setFieldErrors((errors) => ({ ...errors, [field]: undefined }));
  };

  const listProps = (field: ListField) => ({
    entries: lists[field],
    errorAt: errorAt(field),
    groupError: fieldError(field),
    onChange: editEntry(field),
    onPasteLines: (index: number, lines: string[]) => {
      setLists((all) => {
        const kept = all[field];
        const values = spreadLines(
          kept.map((e) => e.value),
          index,
          lines,
          CLIENT_LIMITS.entries,
        );
        // Entries that stay where they were keep their ids (and their messages); the new ones get fresh ids.
        return {
          ...all,
          [field]: values.map((value, i) => (kept[i]?.value === value ? kept[i] : toEntries([value])[0]!)),
        };
      });
      setFieldErrors((errors) => ({ ...errors, [field]: undefined }));
    },
    onBlur: (index: number) => {
      const entry = lists[field][index];
      if (entry && entry.value.trim()) setTouched((set) => new Set(set).add(entry.id));
    },
    focusId,
    onAdd: () => {
      const [added] = toEntries(['']);
      setFocusId(added!.id);
      setLists((all) => ({ ...all, [field]: [...all[field], added!] }));
    },
    onRemove: (index: number) => setLists((all) => ({ ...all, [field]: all[field].filter((_, i) => i !== index) })),
  });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setFormError(null);
    try {
      const result = await core.saveClient({ fullName, phones, emails, company, notes }, clientId);
      if (result.ok) {
        notifications.show({
          color: 'teal',
          message: clientId ? t('form.updated') : t('form.created', { name: result.value.client.fullName }),
        });
        // Saved despite another manager's claim: the core opened cases; say how many and with whom, calmly.
        const saved = result.value.client.id;
        const opened = casesOpenedText(i18n, [
          ...(check?.matches ?? [])
            .filter((m) => !m.isOwn && m.clientId !== saved)
            .map((m) => ({ clientId: m.clientId, managerName: m.ownerName, officeName: m.officeName })),
          ...result.value.openedCases
            .filter((c) => c.kind !== 'company')
            .map((c) => (c.owner.clientId === saved ? c.newcomer : c.owner)),
        ]);
        if (opened) notifications.show({ color: 'orange', ...opened, autoClose: 8000, withBorder: true });
        navigate({ name: 'client', id: result.value.client.id });
        return;
      }
      showSaveErrors(result.errors);
    } catch (error) {
      console.error('Saving the client failed', error);
      setFormError({ unexpected: true });
    } finally {
      setSaving(false);
    }
  };

  const showSaveErrors = (errors: FieldError[]) => {
    setSubmitted(true);
    const byField: Partial<Record<FieldError['field'], FieldError>> = {};
    const byEntry = new Map<number, FieldError>();
    const other: FieldError[] = [];
    for (const error of errors) {
      const entry =
        (error.field === 'phones' || error.field === 'emails') && error.index !== undefined
          ? lists[error.field][error.index]
          : undefined;
      if (entry) {
        if (!byEntry.has(entry.id)) byEntry.set(entry.id, error);
      } else if (['fullName', 'company', 'notes', 'phones', 'emails'].includes(error.field)) {
        byField[error.field] ??= error;
      } else {
        other.push(error);
      }
    }
    setFieldErrors(byField);
    setEntryErrors(byEntry);
    setFormError({ other });
  };

  return (
    <Stack gap="lg">
      <Title order={2}>{clientId ? t('form.titleEdit') : t('form.titleNew')}</Title>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="lg">
            <form onSubmit={save} noValidate data-testid="client-form" data-check-state={checkState}>
              <Stack gap="md">
                <TextInput
                  label={t('form.fullName')}
                  placeholder={t('form.fullNamePlaceholder')}
                  value={fullName}
                  onChange={(e) => editPlain('fullName', setFullName)(e.currentTarget.value)}
                  error={fieldError('fullName')}
                  withAsterisk
                  autoFocus
                  data-testid="client-fullName"
                  autoComplete="off"
                />
                <EntryList
                  testId="client-phone"
                  label={t('form.phones')}
                  description={t('form.phonesHelp')}
                  placeholder={t('form.phonePlaceholder')}
                  inputType="tel"
                  inputLabel={(n) => t('form.phoneLabel', { n })}
                  removeLabel={(n) => t('form.removePhone', { n })}
                  addLabel={t('form.addPhone')}
                  {...listProps('phones')}
                />
                <EntryList
                  testId="client-email"
                  label={t('form.emails')}
                  description=""
                  placeholder={t('form.emailPlaceholder')}
                  inputType="email"
                  inputLabel={(n) => t('form.emailLabel', { n })}
                  removeLabel={(n) => t('form.removeEmail', { n })}
                  addLabel={t('form.addEmail')}
                  {...listProps('emails')}
                />
                <TextInput
                  label={t('form.company')}
                  placeholder={t('form.companyPlaceholder')}
                  value={company}
                  onChange={(e) => editPlain('company', setCompany)(e.currentTarget.value)}
                  error={fieldError('company')}
                  data-testid="client-company"
                />
                <Textarea
                  label={t('form.notes')}
                  placeholder={t('form.notesPlaceholder')}
                  value={notes}
                  onChange={(e) => editPlain('notes', setNotes)(e.currentTarget.value)}
                  error={fieldError('notes')}
                  autosize
                  minRows={3}
                  maxRows={10}
                  data-testid="client-notes"
                />
                {formError && (
                  // Beside the Save button, where the manager is looking when saving fails.
                  <Alert color="red" title={t('form.notSaved')} data-testid="form-error">
                    {'unexpected' in formError
                      ? t('errors.generic')
                      : formError.other.length
                        ? formError.other.map((e) => errorText(i18n, e)).join(' ')
                        : t('form.notSavedBody')}
                  </Alert>
                )}
                <Group justify="flex-end" gap="sm" mt="xs">
                  <Button
                    variant="default"
                    onClick={() => (clientId ? navigate({ name: 'client', id: clientId }) : navigate({ name: 'book' }))}
                  >
                    {t('form.cancel')}
                  </Button>
                  <Button type="submit" loading={saving} onMouseDown={keepFocus} data-testid="client-save">
                    {t('form.save')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <div style={{ position: 'sticky', top: 76 }}>
            <DuplicatePanel state={checkState} check={check} onOpen={(id) => navigate({ name: 'client', id })} />
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function withoutKey<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}
