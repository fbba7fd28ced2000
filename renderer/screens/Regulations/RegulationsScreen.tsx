import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviseRegulations, type RegulationsVersion, type Rule } from '../../../shared/regulations';
import type { FieldError } from '../../../shared/workflow';
import { useCore } from '../../core/CoreContext';
import { formatDateTime } from '../../format/dates';
import { genderContext } from '../../i18n/nameFormatters';
import { useUi } from '../../state/uiStore';
import type { EndpointFailure } from '../../sync/resolutionClient';
import { EndpointNotice } from '../../widgets/EndpointData/EndpointNotice';
import { useEndpointResult } from '../../widgets/EndpointData/useEndpointResult';
import { useResolutionClient } from '../../widgets/EndpointData/useResolutionClient';
import { moveRule, newRuleId, putRule, removeRule, sameRules } from './regulationsDraft';
import { RoutingRulesCard } from './RoutingRulesCard';
import { RuleCard } from './RuleCard';
import { RuleEditor } from './RuleEditor';
import { endpointProblems, type RuleProblem } from './ruleErrors';
import { emptyRuleForm, ruleToForm, type RuleForm } from './ruleForm';
import { SaveBar } from './SaveBar';
import { VersionHistory } from './VersionHistory';

/**
 * The agency's regulations: the ordered rules in words, their history, and for leads and admins
 * an editor whose changes become a new numbered version only when saved. Offline, the rules this
 * workstation last loaded are shown read-only.
 */
export function RegulationsScreen() {
  const { t, i18n } = useTranslation();
  const core = useCore();
  const profile = useUi((s) => s.profile);
  const client = useResolutionClient();
  const { state, reload, replace } = useEndpointResult(() => client.regulations(), [client]);
  const loaded = !state.loading && state.result.ok ? state.result.value : null;
  const current: RegulationsVersion = loaded?.current ?? core.regulations();
  const mayEdit = profile?.role === 'lead' || profile?.role === 'admin';
  const editable = mayEdit && loaded !== null;

  const [draft, setDraft] = useState<Rule[] | null>(null);
  const [editing, setEditing] = useState<{ index: number; form: RuleForm } | null>(null);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<EndpointFailure | null>(null);
  const [noteMissing, setNoteMissing] = useState(false);
  const [problems, setProblems] = useState<{ byRule: Map<number, RuleProblem[]>; other: FieldError[] } | null>(null);

  // Keep the office's copy current: provisional recommendations offline use it.
  useEffect(() => {
    if (loaded) core.cacheRegulations(loaded.current).catch(() => undefined);
  }, [core, loaded]);

  const rules = draft ?? current.rules;
  const dirty = draft !== null && !sameRules(draft, current.rules);
  const change = (next: Rule[]) => {
    setDraft(next);
    setProblems(null);
    setFailure((f) => (f?.code === 'conflict' ? f : null));
  };
  const discard = () => {
    setDraft(null);
    setNote('');
    setNoteMissing(false);
    setProblems(null);
    setFailure(null);
  };
  const reloadLatest = () => {
    discard();
    reload();
  };

  const save = async () => {
    if (!draft) return;
    const trimmed = note.trim();
    // The history is how the agency finds out why a rule changed: a version without a reason is not saved.
    setNoteMissing(trimmed === '');
    if (trimmed === '') return;
    // The endpoint checks the same; checking here first names the rule without a round trip.
    const local = reviseRegulations(current, draft, profile?.userName ?? '', Date.now(), trimmed);
    if (!local.ok) {
      setProblems(endpointProblems(local.errors, draft));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const result = await client.saveRegulations({ rules: draft, note: trimmed, basedOnVersion: current.version });
      if (result.ok) {
        replace(result.value);
        discard();
        notifications.show({
          color: 'teal',
          message: t('regulations.saved', { version: result.value.current.version }),
        });
        return;
      }
      setFailure(result.failure);
      if (result.failure.code === 'invalid') setProblems(endpointProblems(result.failure.errors, draft));
    } finally {
      setSaving(false);
    }
  };

  const noteProblem = problems?.other.find((e) => e.field === 'note');
  const otherProblems = problems?.other.filter((e) => e.field !== 'note') ?? [];

  return (
    <Stack
      gap="md"
      maw={960}
      data-testid="regulations-screen"
      data-state={state.loading ? 'loading' : loaded ? 'ready' : 'offline'}
      data-version={current.version}
    >
      <Stack gap={4}>
        <Title order={2}>{t('regulations.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('regulations.intro')}
        </Text>
        <Text c="dimmed" size="sm">
          {t('regulations.terms')}
        </Text>
      </Stack>
      {state.loading ? (
        <Center py="xl">
          <Loader aria-label={t('reports.loading')} />
        </Center>
      ) : (
        <>
          {!state.result.ok && (
            <EndpointNotice
              failure={state.result.failure}
              onRetry={reload}
              title={t('regulations.offlineTitle')}
              notSignedInBody={t('regulations.notSignedInBody')}
            />
          )}
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" fw={500} data-testid="regulations-version-line">
              {current.version === 0
                ? t('regulations.versionDefaults')
                : t('regulations.versionLine', {
                    version: current.version,
                    by: current.changedBy,
                    context: genderContext(current.changedBy),
                    when: formatDateTime(current.changedAt, i18n.language),
                  })}
            </Text>
            {!mayEdit && (
              <Text size="sm" c="dimmed">
                {t('regulations.readOnly')}
              </Text>
            )}
          </Group>
          {rules.length === 0 ? (
            <Paper withBorder p="lg">
              <Text c="dimmed">{t('regulations.noRules')}</Text>
            </Paper>
          ) : (
            <Stack
              gap="xs"
              component="ol"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              data-testid="regulations-rules"
            >
              {rules.map((rule, i) => (
                <RuleCard
                  key={rule.id}
                  rule={rule}
                  number={i + 1}
                  count={rules.length}
                  problems={problems?.byRule.get(i) ?? []}
                  actions={
                    editable
                      ? {
                          edit: () => setEditing({ index: i, form: ruleToForm(rule) }),
                          moveUp: () => change(moveRule(rules, i, -1)),
                          moveDown: () => change(moveRule(rules, i, 1)),
                          remove: () => change(removeRule(rules, i)),
                        }
                      : null
                  }
                />
              ))}
            </Stack>
          )}
          {editable && (
            <Group>
              <Button
                variant="light"
                onClick={() =>
                  setEditing({
                    index: rules.length,
                    form: emptyRuleForm(newRuleId(rules, () => crypto.randomUUID().slice(0, 8))),
                  })
                }
                data-testid="regulations-add"
              >
                {t('regulations.add')}
              </Button>
            </Group>
          )}
          {otherProblems.length > 0 && (
            <Alert color="red" variant="light">
              {otherProblems.map((e) => e.message).join(' ')}
            </Alert>
          )}
          {editable && dirty && (
            <SaveBar
              nextVersion={current.version + 1}
              basedOn={current.version}
              note={note}
              noteError={noteMissing ? t('regulations.noteRequired') : noteProblem?.message}
              saving={saving}
              failure={failure}
              blocked={problems !== null && problems.byRule.size > 0}
              onNote={(value) => {
                setNote(value);
                if (value.trim()) setNoteMissing(false);
              }}
              onSave={() => void save()}
              onDiscard={discard}
              onReload={reloadLatest}
            />
          )}
          {loaded && <VersionHistory history={loaded.history} />}
        </>
      )}
      <RoutingRulesCard mayEdit={mayEdit} />
      {editing && (
        <RuleEditor
          initial={editing.form}
          number={editing.index < rules.length ? editing.index + 1 : null}
          onClose={() => setEditing(null)}
          onApply={(rule) => {
            change(putRule(rules, editing.index, rule));
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
