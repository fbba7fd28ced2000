import { Badge, Button, Group, Paper, Radio, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_IMPORT_CHOICES,
  decideImport,
  type ImportChoices,
  type ImportDecision,
} from '../../../shared/clientImport';
import type { ImportPhase } from './useImport';
import { saveImportReport } from './importReportFile';
import { decisionsToReview, STANDINGS, standingCounts } from './importView';
import { counted } from './counted';

/** People listed on screen; the saved report has them all. */
const LISTED = 100;

/** The agency's answer for the file: what happens to each person, the two choices, then the import. */
export function ImportReport({
  phase,
  onImport,
}: {
  phase: Extract<ImportPhase, { kind: 'checked' }>;
  onImport(choices: ImportChoices): void;
}) {
  const { t, i18n } = useTranslation();
  const [choices, setChoices] = useState<ImportChoices>(DEFAULT_IMPORT_CHOICES);
  const decisions = decideImport(phase.groups, phase.results, phase.owner, choices);
  const counts = standingCounts(decisions);
  const toWrite = decisions.filter((d) => d.write).length;
  const review = decisionsToReview(decisions);
  return (
    <Paper withBorder p="md" radius="md" data-testid="import-report">
      <Stack gap="sm">
        <Text fw={600}>
          {t('import.reportTitle', {
            people: decisions.length.toLocaleString(i18n.language),
            owner: phase.owner.ownerName,
          })}
        </Text>
        <Group gap="xs">
          {STANDINGS.filter((s) => counts[s] > 0).map((s) => (
            <Badge
              key={s}
              variant="light"
              color={s === 'new' ? 'green' : s === 'otherOffice' ? 'orange' : 'gray'}
              data-testid={`import-count-${s}`}
            >
              {t(`import.standingCount.${s}`, counted(counts[s], i18n.language))}
            </Badge>
          ))}
        </Group>
        {counts.colleague > 0 && (
          <Radio.Group
            label={t('import.colleagueChoice', counted(counts.colleague, i18n.language))}
            value={choices.colleague}
            onChange={(v) => setChoices({ ...choices, colleague: v as ImportChoices['colleague'] })}
          >
            <Group mt={4}>
              <Radio value="skip" label={t('import.colleague.skip')} data-testid="import-colleague-skip" />
              <Radio value="import" label={t('import.colleague.import')} data-testid="import-colleague-import" />
            </Group>
          </Radio.Group>
        )}
        {counts.otherOffice > 0 && (
          <Radio.Group
            label={t('import.otherOfficeChoice', counted(counts.otherOffice, i18n.language))}
            value={choices.otherOffice}
            onChange={(v) => setChoices({ ...choices, otherOffice: v as ImportChoices['otherOffice'] })}
          >
            <Group mt={4}>
              <Radio value="case" label={t('import.otherOffice.case')} data-testid="import-other-case" />
              <Radio value="skip" label={t('import.otherOffice.skip')} data-testid="import-other-skip" />
            </Group>
          </Radio.Group>
        )}
        {review.length > 0 && <ReviewTable decisions={review.slice(0, LISTED)} more={review.length - LISTED} />}
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={() => saveImportReport(t, decisions, false)}
            data-testid="import-save-report"
          >
            {t('import.saveReport')}
          </Button>
          <Button disabled={toWrite === 0} onClick={() => onImport(choices)} data-testid="import-start">
            {t('import.start', counted(toWrite, i18n.language))}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ReviewTable({ decisions, more }: { decisions: ImportDecision[]; more: number }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Table fz="sm" striped data-testid="import-review">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.report.rows')}</Table.Th>
            <Table.Th>{t('import.report.name')}</Table.Th>
            <Table.Th>{t('import.report.why')}</Table.Th>
            <Table.Th>{t('import.report.holders')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {decisions.map((d) => (
            <Table.Tr key={d.group.rows[0]} data-testid="import-review-row" data-standing={d.standing}>
              <Table.Td>{d.group.rows.join(', ')}</Table.Td>
              <Table.Td>{d.group.doc?.fullName ?? '—'}</Table.Td>
              <Table.Td>
                {t(`import.standing.${d.standing}`)}
                {d.group.rows.length > 1 && ` · ${t('import.merged', counted(d.group.rows.length, i18n.language))}`}
                {d.group.problems.length > 0 &&
                  ` · ${t('import.unread', counted(d.group.problems.length, i18n.language))}`}
              </Table.Td>
              <Table.Td>
                {d.holders
                  .map((h) =>
                    t('import.report.holder', { client: h.clientLabel, manager: h.ownerName, office: h.officeName }),
                  )
                  .join('; ')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {more > 0 && (
        <Text size="xs" c="dimmed">
          {t('import.moreInReport', counted(more, i18n.language))}
        </Text>
      )}
    </>
  );
}
