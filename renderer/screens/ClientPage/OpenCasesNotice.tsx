import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { routePath } from '../../state/routes';

/** The unsettled cases this client is in, each with the other side and a link: a manager sees the dispute before calling. */
export function OpenCasesNotice({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const core = useCore();
  const byClient = useObservable(() => core.openCasesByClient$(), [core]);
  const cases = byClient.loading ? [] : (byClient.value.get(clientId) ?? []);
  if (cases.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t('client.openCasesTitle')} data-testid="client-open-cases">
      <Stack gap={6}>
        {cases.map((c) => (
          <Stack gap={0} key={c.caseId}>
            <Text size="sm">
              {t('client.openCaseWith', {
                manager: c.other.managerName,
                office: c.other.officeName,
                client: c.other.clientLabel,
              })}
            </Text>
            <Anchor
              href={`#${routePath({ name: 'case', id: c.caseId })}`}
              size="sm"
              w="fit-content"
              data-testid="client-open-case"
              data-case-id={c.caseId}
            >
              {t('client.openCaseLink')}
            </Anchor>
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
