import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DEADLINE_HOURS, RULE_NAME_MAX, type Rule } from '../../../shared/regulations';
import type { IdentityKind } from '../../../shared/identity';
import { ruleWords } from './describeRule';
import { ruleProblems, type RuleField, type RuleProblem } from './ruleErrors';
import { formToRule, MATCH_KINDS, OUTCOME_TYPES, type NumberValue, type RuleForm, type Tri } from './ruleForm';

/**
 * One rule in a form: name, conditions, outcome. Problems appear at their controls once the
 * lead tries to use the rule, then follow every keystroke; a refused rule never leaves the form.
 */
export function RuleEditor({
  initial,
  number,
  onApply,
  onClose,
}: {
  initial: RuleForm;
  number: number | null;
  onApply(rule: Rule): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const rule = formToRule(form);
  const problems = ruleProblems(rule);
  const shown = tried ? problems : [];
  const set = <K extends keyof RuleForm>(key: K, value: RuleForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errorAt = (field: RuleField) =>
    words(
      shown.find((p) => p.field === field),
      t,
    );

  const apply = () => {
    setTried(true);
    if (problems.length === 0) onApply(rule);
  };
  const any = { value: 'any', label: t('regulations.editor.any') } as const;
  const triChoices: Choice<Tri>[] = [
    any,
    { value: 'yes', label: t('regulations.editor.yes') },
    { value: 'no', label: t('regulations.editor.no') },
  ];
  const officeChoices: Choice<RuleForm['offices']>[] = [
    any,
    { value: 'same', label: t('regulations.editor.sameOffice') },
    { value: 'different', label: t('regulations.editor.differentOffices') },
  ];
  const firstContactChoices: Choice<RuleForm['firstContact']>[] = [
    any,
    { value: 'owner', label: t('regulations.editor.firstContactOwner') },
    { value: 'newcomer', label: t('regulations.editor.firstContactNewcomer') },
  ];
  const unplaced = shown.filter((p) => p.field === 'conditions');

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={number === null ? t('regulations.editor.titleNew') : t('regulations.editor.titleEdit', { n: number })}
      data-testid="rule-editor"
    >
      <Stack gap="md">
        <TextInput
          label={t('regulations.editor.name')}
          description={t('regulations.editor.nameHelp')}
          value={form.name}
          maxLength={RULE_NAME_MAX}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errorAt('name')}
          data-autofocus
        />
        <Fieldset legend={t('regulations.editor.conditions')}>
          <Stack gap="sm">
            <Text size="xs" c="dimmed">
              {t('regulations.editor.conditionsHelp')}
            </Text>
            <Checkbox
              label={t('regulations.editor.matchKindOn')}
              checked={form.matchKindOn}
              onChange={(e) => set('matchKindOn', e.currentTarget.checked)}
            />
            {form.matchKindOn && (
              <Checkbox.Group
                label={t('regulations.editor.matchKinds')}
                value={form.matchKinds}
                onChange={(v) => set('matchKinds', v.filter(isKind))}
                error={errorAt('matchKinds')}
              >
                <Group gap="md" mt={4}>
                  {MATCH_KINDS.map((k) => (
                    <Checkbox key={k} value={k} label={t(`regulations.editor.kind_${k}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
            <ChoiceSelect
              label={t('regulations.editor.offices')}
              value={form.offices}
              choices={officeChoices}
              onChange={(v) => set('offices', v)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DaysInput
                label={t('regulations.editor.claimAgeMin')}
                value={form.claimAgeMin}
                onChange={(v) => set('claimAgeMin', v)}
                error={errorAt('claimAge') ? true : undefined}
              />
              <DaysInput
                label={t('regulations.editor.claimAgeMax')}
                value={form.claimAgeMax}
                onChange={(v) => set('claimAgeMax', v)}
                error={errorAt('claimAge')}
              />
            </SimpleGrid>
            <DaysInput
              label={t('regulations.editor.ownerInactive')}
              value={form.ownerInactiveMin}
              onChange={(v) => set('ownerInactiveMin', v)}
              error={errorAt('ownerInactive')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <ChoiceSelect
                label={t('regulations.editor.openDeal')}
                value={form.ownerHasOpenDeal}
                choices={triChoices}
                onChange={(v) => set('ownerHasOpenDeal', v)}
              />
              <ChoiceSelect
                label={t('regulations.editor.paidDeal')}
                value={form.ownerHasPaidDeal}
                choices={triChoices}
                onChange={(v) => set('ownerHasPaidDeal', v)}
              />
              <ChoiceSelect
                label={t('regulations.editor.firstContact')}
                value={form.firstContact}
                choices={firstContactChoices}
                onChange={(v) => set('firstContact', v)}
              />
              <ChoiceSelect
                label={t('regulations.editor.household')}
                value={form.newcomerViaHousehold}
                choices={triChoices}
                onChange={(v) => set('newcomerViaHousehold', v)}
              />
            </SimpleGrid>
            {unplaced.length > 0 && (
              <Alert color="red" variant="light" p="xs">
                {unplaced.map((p) => words(p, t)).join(' ')}
              </Alert>
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('regulations.then')}>
          <Stack gap="sm">
            <NativeSelect
              label={t('regulations.editor.outcome')}
              value={form.outcome}
              onChange={(e) => set('outcome', pick(e.currentTarget.value, OUTCOME_TYPES, 'leadDecides'))}
              data={OUTCOME_TYPES.map((type) => ({ value: type, label: t(`regulations.editor.outcome_${type}`) }))}
              error={errorAt('outcome')}
            />
            {form.outcome === 'splitFirstOrder' && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <PercentInput
                  label={t('regulations.editor.splitOwner')}
                  value={form.splitOwner}
                  onChange={(v) =>
                    setForm((f) => ({
                      ...f,
                      splitOwner: v,
                      splitNewcomer: typeof v === 'number' && v >= 0 && v <= 100 ? 100 - v : f.splitNewcomer,
                    }))
                  }
                  error={errorAt('split') ? true : undefined}
                />
                <PercentInput
                  label={t('regulations.editor.splitNewcomer')}
                  value={form.splitNewcomer}
                  onChange={(v) => set('splitNewcomer', v)}
                  error={errorAt('split')}
                />
              </SimpleGrid>
            )}
            {form.outcome === 'negotiate' && (
              <NumberInput
                label={t('regulations.editor.deadline')}
                value={form.deadlineHours}
                onChange={(v) => set('deadlineHours', v)}
                allowDecimal={false}
                allowNegative={false}
                min={1}
                max={MAX_DEADLINE_HOURS}
                clampBehavior="none"
                error={errorAt('deadline')}
                w={240}
              />
            )}
          </Stack>
        </Fieldset>
        {problems.length === 0 && (
          <Stack gap={2} data-testid="rule-editor-preview">
            <Text size="xs" c="dimmed" fw={600}>
              {t('regulations.editor.preview')}
            </Text>
            <Text size="sm">{ruleWords(rule, t, i18n.language).sentence}</Text>
          </Stack>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="subtle" color="gray" onClick={onClose}>
            {t('regulations.editor.cancel')}
          </Button>
          <Button onClick={apply} data-testid="rule-editor-apply">
            {t('regulations.editor.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface NumberFieldProps {
  label: string;
  value: NumberValue;
  onChange(value: NumberValue): void;
  error?: string | boolean;
}

function DaysInput({ label, value, onChange, error }: NumberFieldProps) {
  return (
    <NumberInput
      label={label}
      value={value}
      onChange={onChange}
      allowDecimal={false}
      allowNegative={false}
      min={0}
      clampBehavior="none"
      error={error}
    />
  );
}

function PercentInput({ label, value, onChange, error }: NumberFieldProps) {
  return (
    <NumberInput
      label={label}
      value={value}
      onChange={onChange}
      allowDecimal={false}
      allowNegative={false}
      min={0}
      max={100}
      clampBehavior="none"
      suffix="%"
      error={error}
    />
  );
}

type Choice<T extends string> = { value: T; label: string };

/** A select of a few fixed choices; what it reports is always one of them (the first otherwise). */
function ChoiceSelect<T extends string>({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange(value: T): void;
}) {
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) =>
        onChange(
          pick(
            e.currentTarget.value,
            choices.map((c) => c.value),
            choices[0]!.value,
          ),
        )
      }
      data={choices}
    />
  );
}

/** The problem in the reader's language; validateRule's English words when no key is known. */
function words(
  problem: RuleProblem | undefined,
  t: (key: string, params?: Record<string, unknown>) => string,
): string | undefined {
  if (!problem) return undefined;
  return problem.key ? t(`regulations.errors.${problem.key}`, problem.params) : problem.message;
}

function pick<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

function isKind(value: string): value is IdentityKind {
  return (MATCH_KINDS as readonly string[]).includes(value);
}
