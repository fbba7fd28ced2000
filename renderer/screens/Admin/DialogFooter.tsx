import { Alert, Button, Group, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The end of every admin dialog: why the endpoint refused, if it did, then Cancel and the one
 * action. The action submits the dialog's form unless it has its own `onClick`.
 */
export function DialogFooter({
  failure,
  onCancel,
  label,
  testId,
  busy,
  disabled,
  color,
  onClick,
}: {
  failure: string | null;
  onCancel(): void;
  label: string;
  testId: string;
  busy: boolean;
  disabled?: boolean;
  color?: ButtonProps['color'];
  onClick?(): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {failure && (
        <Alert color="red" data-testid="admin-dialog-failure">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('admin.cancel')}
        </Button>
        <Button
          type={onClick ? 'button' : 'submit'}
          color={color}
          loading={busy}
          disabled={disabled}
          onClick={onClick}
          data-testid={testId}
        >
          {label}
        </Button>
      </Group>
    </>
  );
}
