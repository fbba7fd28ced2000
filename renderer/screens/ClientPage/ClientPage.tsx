import { Anchor, Center, Grid, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';
import { routePath } from '../../state/routes';
import { ActivityLog } from '../../widgets/ActivityLog/ActivityLog';
import { DealList } from '../../widgets/Deals/DealList';
import { Household } from '../../widgets/Household/Household';
import { ClientDetails } from './ClientDetails';
import { ClientMissing } from '../../widgets/ClientMissing/ClientMissing';
import { HandedOverNotice } from './HandedOverNotice';
import { OpenCasesNotice } from './OpenCasesNotice';
import { AbsorbedRecords } from './AbsorbedRecords';
import { MergedNotice } from './MergedNotice';
import { SamePersonPanel } from './SamePersonPanel';

/** One client: details, deals and household on the left, the activity log on the right. Live: edits elsewhere show at once. */
export function ClientPage({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const core = useCore();
  const doc = useObservable(() => core.client$(clientId), [core, clientId]);
  if (doc.loading) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (!doc.value) return <ClientMissing />;
  const client = doc.value;
  return (
    <Stack gap="sm">
      <Anchor href={`#${routePath({ name: 'book' })}`} size="sm" w="fit-content" data-testid="back-to-clients">
        ← {t('client.back')}
      </Anchor>
      <Grid gap="xl" data-testid="client-page" data-client-id={client.id}>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            {client.handedOver && <HandedOverNotice handedOver={client.handedOver} />}
            {client.mergedInto && <MergedNotice client={client} mergedInto={client.mergedInto} />}
            <OpenCasesNotice clientId={client.id} />
            <ClientDetails client={client} />
            {!client.mergedInto && <SamePersonPanel client={client} />}
            <AbsorbedRecords client={client} />
            <DealList clientId={client.id} acceptsNewDeals={!client.handedOver && !client.mergedInto} />
            {!client.mergedInto && <Household client={client} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ActivityLog clientId={client.id} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
