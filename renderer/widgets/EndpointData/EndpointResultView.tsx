import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EndpointNotice } from './EndpointNotice';
import type { EndpointLoad } from './useEndpointResult';

interface EndpointResultViewProps<T> {
  state: EndpointLoad<T>;
  onRetry(): void;
  isEmpty(value: T): boolean;
  /** Shown instead of the data when there is nothing in it. */
  empty: ReactNode;
  children(value: T): ReactNode;
}

/** An endpoint report's body: a loader, then why the read failed, the report's "nothing here", or its data. */
export function EndpointResultView<T>({ state, onRetry, isEmpty, empty, children }: EndpointResultViewProps<T>) {
  const { t } = useTranslation();
  if (state.loading) {
    return (
      <Center py="xl">
        <Loader aria-label={t('reports.loading')} />
      </Center>
    );
  }
  if (!state.result.ok) return <EndpointNotice failure={state.result.failure} onRetry={onRetry} />;
  return <>{isEmpty(state.result.value) ? empty : children(state.result.value)}</>;
}
