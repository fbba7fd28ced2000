import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { map } from 'rxjs';
import { useTranslation } from 'react-i18next';
import { caseEventsFromDocs, foldCaseEvents } from '../../../shared/workflow';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { routePath } from '../../state/routes';
import { useUi } from '../../state/uiStore';
import { PHASE_COLORS } from '../../widgets/CaseNegotiation/CaseStatusCard';
import { sides } from './caseView';

/**
 * The other cases about the same client, with where each stands: settling this one settles or
 * informs them (shared/workflow/siblingSettlement.ts), so whoever acts here sees them first.
 */
export function SiblingCases({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const core = useCore();
  const profile = useUi((s) => s.profile);
  const viewer = { userId: profile?.userId ?? '', officeId: profile?.officeId ?? '' };
  const siblings = useObservable(
    () =>
      core.openCases$().pipe(
        map((open) => {
          const ids = new Set(open.find((c) => c.caseDoc.id === caseId)?.siblingIds ?? []);
          return open
            .filter((c) => ids.has(c.caseDoc.id))
            .map((c) => ({ doc: c.caseDoc, phase: foldCaseEvents(c.caseDoc, caseEventsFromDocs(c.events)).phase }));
        }),
      ),
    [core, caseId],
  );
  if (siblings.loading || siblings.value.length === 0) return null;
  return (
    <Paper withBorder p="lg" data-testid="case-siblings">
      <Stack gap="xs">
        <Text fw={600}>{t('cases.siblingsTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('cases.siblingsExplained')}
        </Text>
        {siblings.value.map(({ doc, phase }) => {
          const pair = sides(doc, viewer) ?? { mine: doc.owner, other: doc.newcomer };
          return (
            <Group key={doc.id} gap="xs" wrap="nowrap">
              <Anchor href={`#${routePath({ name: 'case', id: doc.id })}`} size="sm" data-testid="case-sibling">
                {pair.mine.clientLabel} ↔ {pair.other.clientLabel}
              </Anchor>
              <Badge color={PHASE_COLORS[phase]} variant="outline" size="sm" data-phase={phase}>
                {t(`resolution.phase.${phase}`)}
              </Badge>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
