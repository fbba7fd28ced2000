import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_CHANNELS, type RequestChannel } from '../../../shared/routing';
import type { IntakeAnswer } from '../../../shared/sync';
import type { PendingIntake } from '../../../shared/office';
import { useCore } from '../../core/CoreContext';
import type { EndpointFailure } from '../../sync/resolutionClient';
import { KeptOfflineNotice } from './KeptOfflineNotice';
import { useRoutePreview } from './useRoutePreview';
import { EndpointNotice } from '../../widgets/EndpointData/EndpointNotice';
import { draftProblems, EMPTY_DRAFT, intakeRequestOf, type DraftField, type RequestDraft } from './requestDraft';
import type { ScreenRequestsClient } from './useRequestsClient';

/**
 * Taking a request during a call: channel, who, how to reach them, what they want. A phone alone
 * is enough. The endpoint routes it at once and the answer says where it went and why.
 */
export function TakeRequestForm({ client, onClose }: { client: ScreenRequestsClient; onClose(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RequestDraft>(EMPTY_DRAFT);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<DraftField, string>>>({});
  const [answer, setAnswer] = useState<IntakeAnswer | null>(null);
  const [failure, setFailure] = useState<EndpointFailure | null>(null);
  const [keptOffline, setKeptOffline] = useState<PendingIntake | null>(null);
  const core = useCore();
  // One id per filled form: pressing "take" twice (or a retry after a dropped answer) takes it once.
  const [externalId, setExternalId] = useState(() => crypto.randomUUID());
  const preview = useRoutePreview(client, draft);
  const set = (field: keyof RequestDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const problem = (field: DraftField) => (problems[field] ? t(`requests.form.problem.${problems[field]}`) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.phones.trim() && !draft.emails.trim()) {
      setProblems({ phones: 'contactRequired' });
      return;
    }
    setSaving(true);
    setFailure(null);
    setAnswer(null);
    setKeptOffline(null);
    const request = intakeRequestOf(draft, externalId);
    const result = await client.take(request);
    const done = () => {
      setProblems({});
      setDraft(EMPTY_DRAFT);
      setExternalId(crypto.randomUUID());
    };
    if (result.ok) {
      setAnswer(result.value);
      done();
    } else if (result.failure.code === 'unreachable') {
      // No connection: the request is kept here and routed by the endpoint at the next sync.
      setKeptOffline(await core.takeRequestOffline(request));
      done();
    } else if (result.failure.code === 'invalid') setProblems(draftProblems(result.failure.errors));
    else setFailure(result.failure);
    setSaving(false);
  };

  return (
    <Paper withBorder p="md" data-testid="take-request">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={t('requests.form.channel')}
              data={REQUEST_CHANNELS.map((c) => ({ value: c, label: t(`requests.channel.${c}`) }))}
              value={draft.channel}
              onChange={(v) => v && setDraft((d) => ({ ...d, channel: v as RequestChannel }))}
              allowDeselect={false}
              data-testid="request-channel"
            />
            <TextInput
              label={t('requests.form.name')}
              value={draft.name}
              onChange={(e) => set('name')(e.currentTarget.value)}
              error={problem('name')}
              data-testid="request-name"
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('requests.form.phones')}
              description={t('requests.form.phonesHint')}
              value={draft.phones}
              onChange={(e) => set('phones')(e.currentTarget.value)}
              error={problem('phones')}
              data-testid="request-phones"
            />
            <TextInput
              label={t('requests.form.emails')}
              value={draft.emails}
              onChange={(e) => set('emails')(e.currentTarget.value)}
              error={problem('emails')}
              data-testid="request-emails"
            />
          </Group>
          {preview && (
            <Text size="sm" c="dimmed" data-testid="request-preview" data-route={preview.route}>
              {t('requests.form.preview', { name: preview.assignee.name })} {preview.explanation}
            </Text>
          )}
          <Group grow align="flex-start">
            <TextInput
              label={t('requests.form.destination')}
              value={draft.destination}
              onChange={(e) => set('destination')(e.currentTarget.value)}
            />
            <TextInput
              label={t('requests.form.dates')}
              value={draft.dates}
              onChange={(e) => set('dates')(e.currentTarget.value)}
            />
            <TextInput
              label={t('requests.form.travellers')}
              value={draft.travellers}
              onChange={(e) => set('travellers')(e.currentTarget.value)}
            />
            <TextInput
              label={t('requests.form.budget')}
              value={draft.budget}
              onChange={(e) => set('budget')(e.currentTarget.value)}
            />
          </Group>
          <Textarea
            label={t('requests.form.note')}
            placeholder={t('requests.form.notePlaceholder')}
            autosize
            minRows={2}
            maxRows={5}
            value={draft.note}
            onChange={(e) => set('note')(e.currentTarget.value)}
            error={problem('note')}
            data-testid="request-note"
          />
          {failure && <EndpointNotice failure={failure} onRetry={() => setFailure(null)} />}
          {keptOffline && <KeptOfflineNotice pending={keptOffline} />}
          {answer && (
            <Alert
              color="green"
              variant="light"
              title={t('requests.form.routedTo', { name: answer.assignee.name })}
              data-testid="request-routed"
              data-route={answer.route}
            >
              <Text size="sm">{answer.explanation}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('requests.form.close')}
            </Button>
            <Button type="submit" loading={saving} data-testid="request-submit">
              {t('requests.form.take')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
