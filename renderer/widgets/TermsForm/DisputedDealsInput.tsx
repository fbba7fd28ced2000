import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DisputableDeal } from './disputableDeals';

/**
 * The deals already open or paid on the case's two clients, to tick the ones the first-order
 * split covers too. A deal named earlier but no longer offered (it was cancelled) stays ticked,
 * so editing someone's terms never drops part of them unseen.
 */
export function DisputedDealsInput({
  deals,
  selected,
  onChange,
  label,
}: {
  deals: DisputableDeal[] | null;
  selected: string[];
  onChange: (dealIds: string[]) => void;
  label: (dealId: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const offered = deals ?? [];
  const kept = selected.filter((id) => !offered.some((d) => d.dealId === id));
  return (
    <Checkbox.Group
      label={t('terms.disputedTitle')}
      description={t('terms.disputedHelp')}
      value={selected}
      onChange={onChange}
      data-testid="terms-disputed"
    >
      <Stack gap={6} mt={6}>
        {deals === null && (
          <Text size="sm" c="dimmed">
            {t('terms.disputedLoading')}
          </Text>
        )}
        {deals !== null && offered.length === 0 && kept.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('terms.disputedNone')}
          </Text>
        )}
        {[...offered.map((d) => d.dealId), ...kept].map((dealId) => (
          <Checkbox
            key={dealId}
            value={dealId}
            label={label(dealId) ?? dealId}
            data-testid="terms-disputed-deal"
            data-deal-id={dealId}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
