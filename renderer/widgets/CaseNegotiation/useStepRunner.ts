import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CaseEventDoc } from '../../../shared/db';
import type { Result } from '../../../shared/office';
import { errorText } from '../../i18n/errorText';
import type { ActionName } from './visibleActions';
import { workflowReasonText } from './workflowReasonText';

/**
 * Runs one step through the office core and says how it went: success as a notification, a
 * refusal or failure as words the dialog shows (null means it worked).
 */
export function useStepRunner(
  params: Record<string, string>,
): (action: ActionName, call: () => Promise<Result<CaseEventDoc>>) => Promise<string | null> {
  const { t, i18n } = useTranslation();
  return async (action, call) => {
    try {
      const result = await call();
      if (result.ok) {
        notifications.show({ color: 'teal', message: t(`resolution.done.${action}`, params) });
        return null;
      }
      return result.errors
        .map((e) => {
          const text = errorText(i18n, e);
          return text === e.message ? workflowReasonText(i18n, e.message) : text;
        })
        .join(' ');
    } catch (error) {
      console.error(`Could not ${action}`, error);
      return t('resolution.failed', { message: error instanceof Error ? error.message : String(error) });
    }
  };
}
