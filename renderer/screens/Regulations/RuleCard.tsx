import { ActionIcon, Alert, Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rule } from '../../../shared/regulations';
import { ruleDisplayName } from '../../i18n/ruleName';
import { ruleWords } from './describeRule';
import type { RuleProblem } from './ruleErrors';

export interface RuleActions {
  edit(): void;
  moveUp(): void;
  moveDown(): void;
  remove(): void;
}

/** One rule as the agency reads it: its number, name, "when … then …", and for editors the controls. */
export function RuleCard({
  rule,
  number,
  count,
  actions,
  problems,
}: {
  rule: Rule;
  number: number;
  count: number;
  actions: RuleActions | null;
  problems: readonly RuleProblem[];
}) {
  const { t, i18n } = useTranslation();
  const words = ruleWords(rule, t, i18n.language);
  const name = ruleDisplayName(i18n, rule);
  const label = { n: number, name };
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="li"
      aria-label={`${t('regulations.ruleNumber', { n: number })}: ${name}`}
      data-testid="regulation-rule"
      data-rule-id={rule.id}
    >
      <Stack gap={8}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Badge variant="light" style={{ flexShrink: 0 }}>
              {t('regulations.ruleNumber', { n: number })}
            </Badge>
            <Text fw={600} data-testid="regulation-rule-name">
              {name}
            </Text>
          </Group>
          {actions && (
            <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={actions.moveUp}
                disabled={number === 1}
                aria-label={t('regulations.moveUpLabel', label)}
              >
                <span aria-hidden>↑</span>
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={actions.moveDown}
                disabled={number === count}
                aria-label={t('regulations.moveDownLabel', label)}
              >
                <span aria-hidden>↓</span>
              </ActionIcon>
              <Button variant="default" size="xs" onClick={actions.edit} aria-label={t('regulations.editLabel', label)}>
                {t('regulations.edit')}
              </Button>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                onClick={actions.remove}
                aria-label={t('regulations.deleteLabel', label)}
              >
                <span aria-hidden>✕</span>
              </ActionIcon>
            </Group>
          )}
        </Group>
        <Box component="dl" m={0} data-testid="regulation-rule-words">
          <Group gap={6} wrap="nowrap" align="baseline">
            <Text component="dt" size="sm" c="dimmed" w={56} style={{ flexShrink: 0 }}>
              {t('regulations.when')}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {words.when ?? t('regulations.everyCase')}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap" align="baseline">
            <Text component="dt" size="sm" c="dimmed" w={56} style={{ flexShrink: 0 }}>
              {t('regulations.then')}
            </Text>
            <Text component="dd" size="sm" fw={500} m={0}>
              {words.then}
            </Text>
          </Group>
        </Box>
        {problems.length > 0 && (
          <Alert color="red" variant="light" p="xs" data-testid="regulation-rule-problems">
            {problems.map((p) => (p.key ? t(`regulations.errors.${p.key}`, p.params) : p.message)).join(' ')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
