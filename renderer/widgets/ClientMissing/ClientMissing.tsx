import { Button, EmptyState, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/uiStore';

export function ClientMissing() {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  return (
    <Paper withBorder py={48} px="md" data-testid="client-missing">
      <EmptyState title={t('client.notFoundTitle')} description={t('client.notFoundBody')}>
        <EmptyState.Actions>
          <Button onClick={() => navigate({ name: 'book' })}>{t('client.back')}</Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
