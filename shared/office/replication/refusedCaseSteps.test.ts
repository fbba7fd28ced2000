import { describe, expect, it } from 'vitest';
import type { PushRow } from '../../sync';
import { SyncError } from '../../sync/transport';
import { pushCaseSteps, refusedForGood } from './refusedCaseSteps';

const row = (id: string, at: number) =>
  ({ assumedMasterState: null, newDocumentState: { id, at } }) as unknown as PushRow<'caseevents'>;

describe('pushing case steps the endpoint may refuse', () => {
  it('tells a final refusal from a case the endpoint does not know yet or an outage', () => {
    expect(refusedForGood(new SyncError('closed', 409, 'conflict'))).toBe(true);
    expect(refusedForGood(new SyncError('not yours', 403, 'forbidden'))).toBe(true);
    expect(refusedForGood(new SyncError('later', 409, 'case_not_known'))).toBe(false);
    expect(refusedForGood(new SyncError('offline', 0, 'unreachable'))).toBe(false);
    expect(refusedForGood(new SyncError('restarting', 503, 'unavailable'))).toBe(false);
  });

  it('sends the others one by one when one step of a batch is refused, and reports only that one', async () => {
    const sent: string[][] = [];
    const refused: string[] = [];
    const result = await pushCaseSteps(
      async (rows) => {
        sent.push(rows.map((r) => r.newDocumentState.id));
        if (rows.some((r) => r.newDocumentState.id === 'late-counter'))
          throw new SyncError('the case moved on', 409, 'conflict');
        return [];
      },
      [row('escalate', 30), row('late-counter', 20), row('note', 10)],
      async (r) => void refused.push(r.newDocumentState.id),
    );
    expect(result).toEqual([]);
    expect(refused).toEqual(['late-counter']);
    expect(sent).toEqual([['escalate', 'late-counter', 'note'], ['note'], ['late-counter'], ['escalate']]);
  });

  it('lets a step of a case not known yet fail the push, so it is retried', async () => {
    const failure = pushCaseSteps(
      async () => {
        throw new SyncError('not known yet', 409, 'case_not_known');
      },
      [row('a', 1)],
      async () => undefined,
    );
    await expect(failure).rejects.toMatchObject({ code: 'case_not_known' });
  });
});
