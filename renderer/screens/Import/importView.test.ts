import { describe, expect, it } from 'vitest';
import type { ImportDecision } from '../../../shared/clientImport';
import type { ClientDoc } from '../../../shared/db';
import { decisionsToReview, reportRecords, standingCounts, timeLeftMs } from './importView';

const decision = (over: Partial<ImportDecision> & { rows?: number[] }): ImportDecision => ({
  group: { rows: over.rows ?? [1], keys: [], problems: [], doc: { fullName: 'Иванов Пётр' } as ClientDoc },
  standing: 'new',
  holders: [],
  write: true,
  ...over,
});

describe('import view', () => {
  it('counts people by what happens to them and lists those worth a look', () => {
    const decisions = [
      decision({}),
      decision({ standing: 'otherOffice' }),
      decision({ rows: [3, 9] }),
      decision({ standing: 'colleague', write: false }),
    ];
    expect(standingCounts(decisions)).toMatchObject({ new: 2, otherOffice: 1, colleague: 1, invalid: 0 });
    expect(decisionsToReview(decisions)).toEqual(decisions.slice(1));
  });

  it('tells the time left by the pace so far', () => {
    expect(timeLeftMs(1_000, 1_000, 0, 100)).toBeNull();
    expect(timeLeftMs(0, 10_000, 25, 100)).toBe(30_000);
  });

  it('writes one record per person with the words given', () => {
    const records = reportRecords(
      [
        decision({
          standing: 'otherOffice',
          holders: [{ clientLabel: 'Иванов П.', ownerName: 'Маша', officeName: 'Офис 2' } as never],
        }),
      ],
      {
        header: ['Строки', 'Имя', 'Действие', 'Почему', 'Уже у', 'Не прочитано'],
        action: () => 'импортирован',
        standing: () => 'у другого офиса',
        holder: (h) => `${h.ownerName}, ${h.officeName}`,
        problem: () => '',
      },
    );
    expect(records).toEqual([
      ['Строки', 'Имя', 'Действие', 'Почему', 'Уже у', 'Не прочитано'],
      ['1', 'Иванов Пётр', 'импортирован', 'у другого офиса', 'Маша, Офис 2', ''],
    ]);
  });
});
