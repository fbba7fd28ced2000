import { Alert, Button, FileInput, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnOverride } from '../../../shared/clientBase';
import { createImportClient } from '../../../shared/endpoint';
import type { Directory } from '../../../shared/sync';
import { useUi } from '../../state/uiStore';
import { EndpointNotice } from '../../widgets/EndpointData/EndpointNotice';
import { useSessionCalls } from '../../widgets/EndpointData/useSessionCalls';
import { ColumnRoles } from './ColumnRoles';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { ImportSummary } from './ImportSummary';
import { baseProblemText } from './baseProblemText';
import { chooseFile, readChosenFile, type ChosenFile } from './readBaseFile';
import { useImport } from './useImport';
import { counted } from './counted';

/**
 * An admin brings a client base into an office: the file as it will be read (each column's role,
 * changeable), the office and the owner, the agency's check with what happens to each person it
 * already has, then the import with progress, which can be stopped and run again to continue.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const isAdmin = useUi((s) => s.profile?.role === 'admin');
  if (!isAdmin)
    return (
      <Alert color="gray" title={t('import.title')} data-testid="import-admin-only">
        {t('import.adminOnly')}
      </Alert>
    );
  return <AdminImport />;
}

function AdminImport() {
  const { t, i18n } = useTranslation();
  const client = useSessionCalls(createImportClient);
  const labels = useMemo(
    () => ({
      unreadPhone: t('import.notes.unreadPhone'),
      unreadEmail: t('import.notes.unreadEmail'),
      longName: t('import.notes.longName'),
      longCompany: t('import.notes.longCompany'),
    }),
    [t],
  );
  const { phase, check, write, stop, reset } = useImport(client, labels);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [overrides, setOverrides] = useState<ColumnOverride[]>([]);
  const [directory, setDirectory] = useState<Directory | null>(null);
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);

  useEffect(() => {
    void client.directory().then((r) => r.ok && setDirectory(r.value));
  }, [client]);

  const read = useMemo(() => (file ? readChosenFile(file, overrides, undefined) : null), [file, overrides]);
  const owners = (directory?.users ?? []).filter((u) => u.officeId === officeId && u.role !== 'admin' && !u.disabled);
  const owner = owners.find((u) => u.id === ownerId);
  const busy = phase.kind === 'planning' || phase.kind === 'checking' || phase.kind === 'writing';

  const pick = async (chosen: File | null) => {
    reset();
    setOverrides([]);
    setFile(chosen ? await chooseFile(chosen) : null);
  };

  return (
    <Stack gap="md" data-testid="import-screen">
      <Title order={2}>{t('import.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('import.intro')}
      </Text>
      <FileInput
        label={t('import.file')}
        description={t('import.fileHelp')}
        placeholder={t('import.filePlaceholder')}
        accept=".csv,.txt,.xlsx,.xls"
        clearable
        disabled={busy}
        onChange={(chosen) => void pick(chosen)}
        data-testid="import-file"
      />
      {read && !read.ok && (
        <Alert color="red" title={t('import.unreadableTitle')} data-testid="import-unreadable">
          {baseProblemText(t, read.problem, file?.name ?? '')}
        </Alert>
      )}
      {read?.ok && (
        <>
          <ColumnRoles
            base={read.base}
            disabled={busy}
            onRole={(column, role) =>
              setOverrides((previous) => [...previous.filter((o) => o.column !== column), { column, role }])
            }
          />
          <Paper withBorder p="md" radius="md">
            <Group grow align="flex-start">
              <Select
                label={t('import.office')}
                data={(directory?.offices ?? [])
                  .filter((o) => !o.disabled)
                  .map((o) => ({ value: o.id, label: o.name }))}
                value={officeId}
                onChange={(value) => {
                  setOfficeId(value);
                  setOwnerId(null);
                  reset();
                }}
                disabled={busy}
                searchable
                data-testid="import-office"
              />
              <Select
                label={t('import.owner')}
                description={t('import.ownerHelp')}
                data={owners.map((u) => ({ value: u.id, label: u.name }))}
                value={ownerId}
                onChange={(value) => {
                  setOwnerId(value);
                  reset();
                }}
                disabled={busy || !officeId}
                searchable
                data-testid="import-owner"
              />
            </Group>
            <Group justify="flex-end" mt="md">
              <Button
                disabled={!owner || busy}
                loading={phase.kind === 'planning' || phase.kind === 'checking'}
                onClick={() =>
                  owner &&
                  file &&
                  void check(file, read.base, { officeId: owner.officeId!, ownerId: owner.id, ownerName: owner.name })
                }
                data-testid="import-check"
              >
                {t('import.check', counted(read.base.rows.length, i18n.language))}
              </Button>
            </Group>
          </Paper>
        </>
      )}
      {phase.kind === 'planning' && (
        <ImportProgress label={t('import.planning', counted(phase.rows, i18n.language))} done={0} total={phase.rows} />
      )}
      {phase.kind === 'checking' && (
        <ImportProgress label={t('import.checking')} done={phase.done} total={phase.total} unit="keys" />
      )}
      {phase.kind === 'checked' && <ImportReport phase={phase} onImport={(choices) => void write(phase, choices)} />}
      {phase.kind === 'writing' && (
        <ImportProgress
          label={t('import.writing')}
          done={phase.done}
          total={phase.total}
          unit="clients"
          pace={{ startedAt: phase.startedAt, at: phase.at }}
          onStop={stop}
        />
      )}
      {phase.kind === 'done' && <ImportSummary decisions={phase.decisions} outcome={phase.outcome} />}
      {phase.kind === 'failed' && (
        <EndpointNotice
          failure={phase.failure}
          onRetry={reset}
          testId="import-failed"
          title={phase.decisions ? t('import.failedWriting') : t('import.failedChecking')}
        />
      )}
    </Stack>
  );
}
