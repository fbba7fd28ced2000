import { useEffect, useState } from 'react';
import type { IntakePreview } from '../../../shared/sync';
import { intakeRequestOf, type RequestDraft } from './requestDraft';
import type { ScreenRequestsClient } from './useRequestsClient';

/** Asked once typing pauses: a preview spends the look-up budget, so not on every keystroke. */
const PAUSE_MS = 700;

/**
 * Where the request would go, asked of the endpoint while the person is still on the phone; null
 * until there is a contact to route by, or when the endpoint cannot say (offline: routed at sync).
 */
export function useRoutePreview(client: ScreenRequestsClient, draft: RequestDraft): IntakePreview | null {
  const [preview, setPreview] = useState<{ key: string; value: IntakePreview } | null>(null);
  const key = JSON.stringify([draft.phones.trim(), draft.emails.trim()]);
  const hasContact = Boolean(draft.phones.trim() || draft.emails.trim());
  useEffect(() => {
    if (!hasContact) return;
    let live = true;
    const timer = setTimeout(() => {
      const { externalId: _unused, ...request } = intakeRequestOf(draft, '');
      void client.preview(request).then((r) => live && r.ok && setPreview({ key, value: r.value }));
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the contacts decide the route
  }, [client, key, hasContact]);
  return hasContact && preview?.key === key ? preview.value : null;
}
