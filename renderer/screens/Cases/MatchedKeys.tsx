import { Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDoc } from '../../../shared/db';
import { GlobeIcon, MailIcon, PhoneIcon } from '../../widgets/Icons/Icons';

const ICONS = { phone: PhoneIcon, email: MailIcon, domain: GlobeIcon } as const;

/** The keys two clients share, masked as the claims carry them, each with its kind's icon. */
export function MatchedKeys({ matched, size = 'sm' }: { matched: CaseDoc['matched']; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" data-testid="case-matched">
      {matched.map((m) => {
        const Icon = ICONS[m.kind];
        return (
          <Tooltip key={`${m.kind}:${m.display}`} label={t(`cases.kind_${m.kind}`)} withArrow openDelay={300}>
            <Group
              gap={6}
              wrap="nowrap"
              c="gray.7"
              aria-label={`${t(`cases.kind_${m.kind}`)}: ${m.display}`}
              data-testid="case-key"
              data-kind={m.kind}
            >
              <Icon />
              <Text size={size} ff="monospace" c="dark.6">
                {m.display}
              </Text>
            </Group>
          </Tooltip>
        );
      })}
    </Group>
  );
}
