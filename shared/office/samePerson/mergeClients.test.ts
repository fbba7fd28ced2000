import { describe, expect, it } from 'vitest';
import type { ClientDoc } from '../../db';
import { HIDDEN_FROM_BOOK } from '../bookName';
import { mergeClients, undoMerge } from './mergeClients';

function client(id: string, fields: Partial<ClientDoc> = {}): ClientDoc {
  return {
    id,
    officeId: 'o1',
    ownerId: 'petya',
    ownerName: 'Petya',
    fullName: 'Иванов Пётр',
    sortName: 'иванов пётр',
    phones: [],
    emails: [],
    company: '',
    notes: '',
    identityKeys: [],
    householdId: '',
    createdAt: 1,
    updatedAt: 2,
    lastActivityAt: 3,
    mergeHistory: [],
    ...fields,
  };
}

const phone = (n: number) => ({ e164: `+7916${String(n).padStart(7, '0')}`, extension: '' });

describe('merging two records of one person', () => {
  const survivor = client('a', {
    phones: [phone(1)],
    emails: ['petr@mail.ru'],
    notes: 'Любит Турцию',
    company: 'Вектор',
    identityKeys: ['phone:+79160000001', 'email:petr@mail.ru'],
  });
  const absorbed = client('b', {
    phones: [phone(1), { e164: '+79160000002', extension: '12' }],
    emails: ['petr@mail.ru', 'p.ivanov@vector.ru'],
    notes: 'Звонить после 18:00',
    company: 'Альфа',
    lastActivityAt: 50,
  });

  it('keeps every phone, e-mail and note of both, the other company among the notes', () => {
    const merged = mergeClients(survivor, absorbed, 100);
    if (!merged.ok) throw new Error(merged.refusal);
    expect(merged.survivor.phones).toEqual([phone(1), { e164: '+79160000002', extension: '12' }]);
    expect(merged.survivor.emails).toEqual(['petr@mail.ru', 'p.ivanov@vector.ru']);
    expect(merged.survivor.notes).toBe('Любит Турцию\n\nЗвонить после 18:00\nАльфа');
    expect(merged.survivor.company).toBe('Вектор');
    expect(merged.survivor.identityKeys).toEqual(
      expect.arrayContaining(['phone:+79160000002', 'email:p.ivanov@vector.ru', 'domain:vector.ru']),
    );
    expect(merged.survivor.lastActivityAt).toBe(50);
    expect(merged.absorbed.mergedInto).toEqual({ clientId: 'a', at: 100 });
    expect(merged.absorbed.sortName.startsWith(HIDDEN_FROM_BOOK)).toBe(true);
    expect(merged.absorbed.phones).toEqual(absorbed.phones);
  });

  it('puts phones and e-mails beyond the 20-entry lists into the notes', () => {
    const full = client('a', {
      phones: Array.from({ length: 20 }, (_, i) => phone(i)),
      emails: Array.from({ length: 20 }, (_, i) => `p${i}@mail.ru`),
    });
    const other = client('b', { phones: [phone(99)], emails: ['extra@mail.ru'] });
    const merged = mergeClients(full, other, 100);
    if (!merged.ok) throw new Error(merged.refusal);
    expect(merged.survivor.phones).toHaveLength(20);
    expect(merged.survivor.emails).toHaveLength(20);
    expect(merged.survivor.notes).toBe('+79160000099\nextra@mail.ru');
  });

  it('refuses records of two managers, a record already merged, and notes past the limit', () => {
    expect(mergeClients(survivor, { ...absorbed, ownerId: 'vasya' }, 100)).toEqual({
      ok: false,
      refusal: 'otherOwner',
    });
    expect(mergeClients(survivor, { ...absorbed, officeId: 'o2' }, 100)).toEqual({ ok: false, refusal: 'otherOwner' });
    expect(mergeClients(survivor, survivor, 100)).toEqual({ ok: false, refusal: 'sameClient' });
    expect(mergeClients(survivor, { ...absorbed, mergedInto: { clientId: 'c', at: 1 } }, 100)).toEqual({
      ok: false,
      refusal: 'alreadyMerged',
    });
    expect(
      mergeClients({ ...survivor, notes: 'x'.repeat(9_000) }, { ...absorbed, notes: 'y'.repeat(2_000) }, 100),
    ).toEqual({ ok: false, refusal: 'notesTooLong' });
  });

  it('is undone exactly: both records as before, but for the time of the change', () => {
    const merged = mergeClients(survivor, absorbed, 100);
    if (!merged.ok) throw new Error(merged.refusal);
    const undone = undoMerge(merged.survivor, merged.absorbed, 200);
    if (!undone.ok) throw new Error(undone.refusal);
    expect(undone.survivor).toStrictEqual({ ...survivor, updatedAt: 200 });
    expect(undone.absorbed).toStrictEqual({ ...absorbed, updatedAt: 200 });
  });

  it('undoes only the latest merge into a client, and only a merge that happened', () => {
    const first = mergeClients(survivor, absorbed, 100);
    if (!first.ok) throw new Error(first.refusal);
    const third = client('c', { phones: [phone(3)] });
    const second = mergeClients(first.survivor, third, 150);
    if (!second.ok) throw new Error(second.refusal);
    expect(undoMerge(second.survivor, first.absorbed, 200)).toEqual({ ok: false, refusal: 'notLastMerge' });
    expect(undoMerge(survivor, absorbed, 200)).toEqual({ ok: false, refusal: 'notMerged' });
    const undone = undoMerge(second.survivor, second.absorbed, 200);
    if (!undone.ok) throw new Error(undone.refusal);
    expect(undone.survivor).toStrictEqual({ ...first.survivor, updatedAt: 200 });
    expect(undone.absorbed).toStrictEqual({ ...third, updatedAt: 200 });
  });
});
