import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportDecision, ImportWriteOutcome } from '../../../shared/clientImport';
import { saveImportReport } from './importReportFile';
import { counted } from './counted';

/** What the import did, and that running it again continues a stopped one. */
export function ImportSummary({
  decisions,
  outcome,
}: {
  decisions: readonly ImportDecision[];
  outcome: ImportWriteOutcome;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      color={outcome.stopped ? 'orange' : 'green'}
      title={outcome.stopped ? t('import.stoppedTitle') : t('import.doneTitle')}
      data-testid="import-done"
      data-written={outcome.written}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {t('import.written', counted(outcome.written, i18n.language))}
          {outcome.alreadyThere > 0 && ` ${t('import.alreadyThere', counted(outcome.alreadyThere, i18n.language))}`}
        </Text>
        {outcome.stopped && <Text size="sm">{t('import.continueHint')}</Text>}
        <Button size="xs" variant="default" onClick={() => saveImportReport(t, decisions, true)}>
          {t('import.saveReport')}
        </Button>
      </Stack>
    </Alert>
  );
}
