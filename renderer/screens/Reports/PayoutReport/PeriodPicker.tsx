import { Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodOf, previousMonth, thisMonth, type PeriodChoice, type PeriodProblem } from './period';

/**
 * A month (this month by default, the previous one a click away) or a range of days. What is
 * typed stays here until it makes a period; only valid periods reach the report.
 */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange(choice: PeriodChoice): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PeriodChoice>(value);
  const [problem, setProblem] = useState<PeriodProblem | null>(null);
  const [shown, setShown] = useState<PeriodChoice>(value);
  if (shown !== value) {
    // The report chose a period itself (e.g. "show the previous month"): show it here too.
    setShown(value);
    setDraft(value);
    setProblem(null);
  }

  const propose = (choice: PeriodChoice) => {
    setDraft(choice);
    const checked = periodOf(choice);
    setProblem(checked.ok ? null : checked.problem);
    if (checked.ok) onChange(choice);
  };
  // The month the screen was opened in: stable while it is shown.
  const [now] = useState(() => Date.now());
  const current = thisMonth(now);
  const previous = previousMonth(now);
  const isChoice = (c: PeriodChoice) => value.kind === 'month' && c.kind === 'month' && value.month === c.month;
  const monthValue = draft.kind === 'month' ? draft.month : '';
  const range = draft.kind === 'range' ? draft : { from: '', to: '' };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="payout-period">
      <SegmentedControl
        aria-label={t('reports.period.mode')}
        value={draft.kind}
        onChange={(kind) => {
          if (kind === 'month') propose(value.kind === 'month' ? value : current);
          else setDraft({ kind: 'range', from: '', to: '' });
        }}
        data={[
          { value: 'month', label: t('reports.period.byMonth') },
          { value: 'range', label: t('reports.period.byDates') },
        ]}
      />
      {draft.kind === 'month' ? (
        <>
          <TextInput
            type="month"
            label={t('reports.period.month')}
            value={monthValue}
            onChange={(e) => propose({ kind: 'month', month: e.currentTarget.value })}
            error={problem === 'month' ? t('reports.period.badMonth') : undefined}
            w={180}
            data-testid="payout-month"
          />
          <Button
            variant={isChoice(current) ? 'light' : 'default'}
            onClick={() => propose(current)}
            data-testid="payout-this-month"
          >
            {t('reports.period.thisMonth')}
          </Button>
          <Button
            variant={isChoice(previous) ? 'light' : 'default'}
            onClick={() => propose(previous)}
            data-testid="payout-previous-month"
          >
            {t('reports.period.previousMonth')}
          </Button>
        </>
      ) : (
        <>
          <TextInput
            type="date"
            label={t('reports.period.from')}
            value={range.from}
            onChange={(e) => propose({ kind: 'range', from: e.currentTarget.value, to: range.to })}
            error={problem === 'from' && range.from ? t('reports.period.badDay') : undefined}
            w={170}
          />
          <TextInput
            type="date"
            label={t('reports.period.to')}
            value={range.to}
            onChange={(e) => propose({ kind: 'range', from: range.from, to: e.currentTarget.value })}
            error={
              problem === 'to' && range.to
                ? t('reports.period.badDay')
                : problem === 'order'
                  ? t('reports.period.badOrder')
                  : undefined
            }
            w={170}
          />
        </>
      )}
    </Group>
  );
}
