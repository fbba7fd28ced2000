import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompanyLine } from '../../../shared/office';

/**
 * The companies of the emails typed that colleagues already work with, one line each ("alfa-corp.ru —
 * Petya Ivanov, Office 1: 220 clients"). Someone else at a company is not the same person, so
 * this is information in blue, never a red card per colleague of the contact.
 */
export function CompanyAlert({ companies }: { companies: readonly CompanyLine[] }) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (
    <Alert
      color="blue"
      variant="light"
      title={t('duplicates.companyTitle', { count: companies.length })}
      data-testid="duplicate-companies"
      styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Stack gap={6}>
        {companies.map((company) => (
          <Text size="sm" key={company.domain} data-testid="duplicate-company" data-domain={company.domain}>
            {t('duplicates.companyLine', {
              domain: company.domain,
              managers: list.format(
                company.managers.map((m) =>
                  m.isMe
                    ? t('duplicates.companyYou', { count: m.clients })
                    : t('duplicates.companyManager', { count: m.clients, name: m.managerName, office: m.officeName }),
                ),
              ),
            })}
          </Text>
        ))}
        <Text size="sm" c="dimmed">
          {t('duplicates.companyNote')}
        </Text>
      </Stack>
    </Alert>
  );
}
