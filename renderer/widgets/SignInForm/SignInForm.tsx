import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../core/CoreContext';
import { formatWait } from '../../format/dates';
import { useUi } from '../../state/uiStore';
import { pageEndpoint, parseEndpoint } from '../../sync/endpointUrl';
import type { SignInResult } from '../../sync/sessionController';

type Failure = Extract<SignInResult, { ok: false }>['failure'];
type FieldErrors = Partial<Record<'endpoint' | 'username' | 'password', string>>;

interface Props {
  initialEndpoint?: string;
  initialUsername?: string;
  onSignedIn(result: Extract<SignInResult, { ok: true }>): void;
  onCancel?: () => void;
  cancelLabel?: string;
}

/**
 * Server address, username, password. Checks the address is a Claimdesk endpoint before the
 * password goes anywhere, and asks first before sending it unencrypted to another computer.
 */
export function SignInForm({ initialEndpoint, initialUsername, onSignedIn, onCancel, cancelLabel }: Props) {
  const { t, i18n } = useTranslation();
  const { session } = useServices();
  const setProfile = useUi((s) => s.setProfile);
  const [endpoint, setEndpoint] = useState(initialEndpoint ?? pageEndpoint(window.location) ?? '');
  const [username, setUsername] = useState(initialUsername ?? '');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ failure: Failure; host: string; at: number } | null>(null);
  /** The exact address the person agreed to send their password to over plain http. */
  const insecureAllowed = useRef<string | null>(null);
  const [insecureAsked, setInsecureAsked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setFailure(null);
    const parsed = parseEndpoint(endpoint);
    const errors: FieldErrors = {};
    if (!parsed.ok)
      errors.endpoint = t(`signIn.fieldErrors.endpoint${parsed.code[0]!.toUpperCase()}${parsed.code.slice(1)}`);
    if (!username.trim()) errors.username = t('signIn.fieldErrors.usernameRequired');
    if (!password) errors.password = t('signIn.fieldErrors.passwordRequired');
    setFieldErrors(errors);
    if (!parsed.ok || Object.keys(errors).length) return;
    if (parsed.plainHttpRemote && insecureAllowed.current !== parsed.url) {
      setInsecureAsked(parsed.url);
      return;
    }
    setInsecureAsked(null);
    setBusy(true);
    try {
      const result = await session.signIn({ endpoint: parsed.url, username, password });
      if (result.ok) {
        setProfile(result.profile);
        onSignedIn(result);
      } else {
        setFailure({ failure: result.failure, host: parsed.host, at: Date.now() });
        if (result.failure.code === 'wrong_credentials') setPassword('');
      }
    } finally {
      setBusy(false);
    }
  };

  const failureText = (f: { failure: Failure; host: string; at: number }): string => {
    const { failure: x, host } = f;
    switch (x.code) {
      case 'wrong_credentials':
        return x.serverMessage
          ? `${t('signIn.errors.wrong_credentials')} ${x.serverMessage}`
          : t('signIn.errors.wrong_credentials');
      case 'disabled':
        return t(x.scope === 'office' ? 'signIn.errors.officeDisabled' : 'signIn.errors.accountDisabled');
      case 'throttled':
        return x.retryAfterSeconds !== null
          ? t('signIn.errors.throttledIn', {
              wait: formatWait(x.retryAfterSeconds, i18n.language),
              time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(
                f.at + x.retryAfterSeconds * 1000,
              ),
            })
          : t('signIn.errors.throttled');
      case 'unreachable':
      case 'not_claimdesk':
        return t(`signIn.errors.${x.code}`, { host });
      case 'no_office':
        return t('signIn.errors.no_office');
      case 'server':
        return t('signIn.errors.server', { message: x.serverMessage });
      case 'other_account':
        return t('signIn.errors.other_account', {
          owner: x.owner.userName,
          office: x.owner.officeName,
          user: x.userName,
        });
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="sign-in-form">
      <Stack gap="md">
        <TextInput
          label={t('signIn.endpoint')}
          placeholder={t('signIn.endpointPlaceholder')}
          description={t('signIn.endpointHelp')}
          value={endpoint}
          onChange={(e) => {
            setEndpoint(e.currentTarget.value);
            setFieldErrors((x) => ({ ...x, endpoint: undefined }));
            setInsecureAsked(null);
          }}
          error={fieldErrors.endpoint}
          type="url"
          autoComplete="url"
          spellCheck={false}
          withAsterisk
          data-testid="sign-in-endpoint"
        />
        <TextInput
          label={t('signIn.username')}
          value={username}
          onChange={(e) => {
            setUsername(e.currentTarget.value);
            setFieldErrors((x) => ({ ...x, username: undefined }));
          }}
          error={fieldErrors.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          withAsterisk
          data-testid="sign-in-username"
        />
        <PasswordInput
          label={t('signIn.password')}
          value={password}
          onChange={(e) => {
            setPassword(e.currentTarget.value);
            setFieldErrors((x) => ({ ...x, password: undefined }));
          }}
          error={fieldErrors.password}
          autoComplete="current-password"
          withAsterisk
          data-testid="sign-in-password"
        />
        {insecureAsked && (
          <Alert color="red" variant="light" title={t('signIn.insecureTitle')} data-testid="plain-http-warning">
            <Stack gap="sm">
              <Text size="sm">{t('signIn.insecureBody')}</Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  color="red"
                  variant="outline"
                  onClick={() => {
                    insecureAllowed.current = insecureAsked;
                    void submit();
                  }}
                  data-testid="plain-http-confirm"
                >
                  {t('signIn.insecureConfirm')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="gray"
                  onClick={() => setInsecureAsked(null)}
                  data-testid="plain-http-cancel"
                >
                  {t('signIn.insecureChange')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {failure && (
          <Alert
            color="red"
            variant="light"
            data-testid="sign-in-error"
            data-error-code={failure.failure.code}
            role="alert"
          >
            {failureText(failure)}
          </Alert>
        )}
        <Group gap="sm" mt="xs">
          <Button type="submit" loading={busy} disabled={!!insecureAsked} data-testid="sign-in-submit">
            {t('signIn.submit')}
          </Button>
          {onCancel && (
            <Button variant="subtle" color="gray" onClick={onCancel} data-testid="sign-in-cancel">
              {cancelLabel ?? t('signIn.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
