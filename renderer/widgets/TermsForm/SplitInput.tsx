import { Group, NumberInput, Slider, Stack, Text } from '@mantine/core';
import type { SideNames } from './termsSentence';

interface SplitInputProps {
  legend: string;
  /** Accessible name of each side's input, e.g. "Petya Ivanov, % of the first order". */
  shareLabel: (name: string) => string;
  names: SideNames;
  ownerPct: number | '';
  onChange: (ownerPct: number | '') => void;
  error?: string;
  testId: string;
}

/**
 * A split between the two managers that always adds up to 100: either side's number, or the
 * slider, sets both, so nobody has to do the subtraction.
 */
export function SplitInput({ legend, shareLabel, names, ownerPct, onChange, error, testId }: SplitInputProps) {
  const newcomerPct = rest(ownerPct);
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="sm" fw={500}>
        {legend}
      </Text>
      <Group grow align="flex-start">
        <ShareInput label={shareLabel(names.owner)} value={ownerPct} onChange={onChange} testId={`${testId}-owner`} />
        <ShareInput
          label={shareLabel(names.newcomer)}
          value={newcomerPct}
          onChange={(n) => onChange(rest(n))}
          testId={`${testId}-newcomer`}
        />
      </Group>
      <Slider
        value={ownerPct === '' ? 50 : ownerPct}
        onChange={onChange}
        min={0}
        max={100}
        step={5}
        label={(v) => `${v} / ${100 - v}`}
        thumbLabel={legend}
        mb="xs"
      />
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** The other side's share. */
const rest = (pct: number | ''): number | '' => (pct === '' ? '' : 100 - pct);

/** One side's share: a whole percentage from 0 to 100, '' while the field is empty. */
function ShareInput({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: number | '';
  onChange(value: number | ''): void;
  testId: string;
}) {
  return (
    <NumberInput
      label={label}
      value={value}
      onChange={(v) => onChange(typeof v === 'number' && Number.isFinite(v) ? v : '')}
      min={0}
      max={100}
      clampBehavior="strict"
      allowDecimal={false}
      allowNegative={false}
      suffix="%"
      data-testid={testId}
    />
  );
}
