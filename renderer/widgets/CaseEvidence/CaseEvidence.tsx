import { Alert, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDoc } from '../../../shared/db';
import { genderContext } from '../../i18n/nameFormatters';
import { EvidenceColumn } from './EvidenceColumn';
import { ShareNotesButton } from './ShareNotesButton';
import type { CaseEvidenceData } from './useCaseEvidence';

/**
 * "Who did the work", side by side, so it is seen rather than argued: both managers' activities
 * and deals with this client, the first contact highlighted. The other office's side comes from
 * the endpoint (for this case's clients only), as much of it as the reader may see — a party sees
 * the other side's kinds, dates and authors, the deciding lead everything; offline, this office's
 * own side is shown.
 */
export function CaseEvidence({ caseDoc, evidence }: { caseDoc: CaseDoc; evidence: CaseEvidenceData }) {
  const { t } = useTranslation();
  const { state, reload, shareNotes } = evidence;
  const remote = state.status === 'remote' ? state.evidence : null;
  const firstContact = remote?.firstContact ?? null;
  const withheld = remote !== null && (remote.owner.detail === 'withheld' || remote.newcomer.detail === 'withheld');
  const mayShare = remote !== null && remote.readerSides.some((side) => !remote[side].sharedNotes);
  const names = { owner: caseDoc.owner.managerName, newcomer: caseDoc.newcomer.managerName };
  return (
    <Paper withBorder p="lg" data-testid="case-evidence" data-source={state.status}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text fw={600}>{t('evidence.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('evidence.intro')}
            </Text>
          </Stack>
          <Group gap="xs">
            {mayShare && <ShareNotesButton onShare={shareNotes} />}
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={reload}
              loading={state.status === 'loading'}
              data-testid="evidence-refresh"
            >
              {t('evidence.refresh')}
            </Button>
          </Group>
        </Group>
        {state.status === 'loading' ? (
          <Center py="md">
            <Loader size="sm" aria-label={t('evidence.loading')} />
          </Center>
        ) : (
          <>
            {state.status === 'local' && (
              <Alert color="yellow" variant="light" p="sm" data-testid="evidence-local-note">
                {t(`evidence.local_${state.why}`, { message: state.message })}
              </Alert>
            )}
            {remote && !withheld && (
              <Text size="sm" data-testid="evidence-first-contact">
                {firstContact
                  ? t('evidence.firstContactSide', {
                      name: names[firstContact],
                      context: genderContext(names[firstContact]),
                    })
                  : t('evidence.firstContactUnknown')}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <EvidenceColumn
                title={t('cases.owner')}
                side={remote ? remote.owner : state.status === 'local' ? state.owner : null}
                firstContact={firstContact === 'owner'}
                testId="evidence-owner"
              />
              <EvidenceColumn
                title={t('cases.newcomer')}
                side={remote ? remote.newcomer : state.status === 'local' ? state.newcomer : null}
                firstContact={firstContact === 'newcomer'}
                testId="evidence-newcomer"
              />
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Paper>
  );
}
