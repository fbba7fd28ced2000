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
  const newcomerPct = ownerPct === '' ? '' : 100 - ownerPct;
  const read = (value: number | string): number | '' => (typeof value === 'number' && Number.isFinite(value) ? value : '');
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="sm" fw={500}>
        {legend}
      </Text>
      <Group grow align="flex-start">
        <NumberInput
          label={shareLabel(names.owner)}
          value={ownerPct}
          onChange={(v) => onChange(read(v))}
          min={0}
          max={100}
          clampBehavior="strict"
          allowDecimal={false}
          allowNegative={false}
          suffix="%"
          data-testid={`${testId}-owner`}
        />
        <NumberInput
          label={shareLabel(names.newcomer)}
          value={newcomerPct}
          onChange={(v) => {
            const n = read(v);
            onChange(n === '' ? '' : 100 - n);
          }}
          min={0}
          max={100}
          clampBehavior="strict"
          allowDecimal={false}
          allowNegative={false}
          suffix="%"
          data-testid={`${testId}-newcomer`}
        />
      </Group>
      <Slider value={ownerPct === '' ? 50 : ownerPct} onChange={onChange} min={0} max={100} step={5} label={(v) => `${v} / ${100 - v}`} thumbLabel={legend} mb="xs" />
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
