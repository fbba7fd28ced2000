import { describe, expect, it } from 'vitest';
import type { ClientRow } from '../clientBase';
import { DEFAULT_IDENTITY_SETTINGS } from '../identity';
import { importClientId, planImport, type ImportNoteLabels } from './importPlan';

const labels: ImportNoteLabels = {
  unreadPhone: 'Phone from the file',
  unreadEmail: 'Email from the file',
  longName: 'Full name from the file',
  longCompany: 'Company from the file',
};
const context = {
  source: { fileName: 'base.csv', fileHash: 'ab'.repeat(32) },
  owner: { officeId: 'o1', ownerId: 'u1', ownerName: 'Petya' },
  settings: DEFAULT_IDENTITY_SETTINGS,
  labels,
  now: 1_700_000_000_000,
};
const row = (over: Partial<ClientRow>): ClientRow => ({
  name: '',
  phones: [],
  emails: [],
  company: '',
  notes: [],
  ...over,
});

describe('planImport', () => {
  it('merges rows that share a phone or an email, keeping every value, and names the rows it came from', () => {
    const groups = planImport(
      [
        row({ name: 'Иванов Пётр', phones: ['+7 916 000-11-22'], notes: [{ column: 'Источник', value: 'сайт' }] }),
        row({ name: 'Смирнова Анна', emails: ['anna@example.ru'] }),
        row({ name: 'Пётр Иванов', phones: ['8 916 000 11 22', '+7 495 111-22-33'], emails: ['petr@example.ru'] }),
        row({ name: 'П. Иванов', emails: ['PETR@example.ru'], company: 'Альфа' }),
      ],
      context,
    );
    expect(groups.map((g) => g.rows)).toEqual([[1, 3, 4], [2]]);
    const petr = groups[0]!.doc!;
    expect(petr).toMatchObject({
      id: importClientId(context.source, 1),
      fullName: 'Иванов Пётр',
      sortName: 'иванов пётр',
      company: 'Альфа',
      ownerId: 'u1',
      officeId: 'o1',
      importedFrom: 'base.csv#1,3,4',
    });
    expect(petr.phones.map((p) => p.e164)).toEqual(['+79160001122', '+74951112233']);
    expect(petr.emails).toEqual(['petr@example.ru']);
    expect(petr.notes.split('\n')).toEqual(['Источник: сайт', 'Пётр Иванов', 'П. Иванов']);
    expect(groups[0]!.keys).toEqual(['phone:+79160001122', 'phone:+74951112233', 'email:petr@example.ru']);
  });

  it('keeps a value it cannot read in the notes and reports it, and names a nameless client by a contact', () => {
    const [group] = planImport([row({ phones: ['12345', '+7 916 000-11-22'] })], context);
    expect(group!.doc!.fullName).toBe('+79160001122');
    expect(group!.doc!.notes).toBe('Phone from the file: 12345');
    expect(group!.problems).toEqual([expect.objectContaining({ row: 1, field: 'phone', value: '12345' })]);
  });

  it('writes no client for a row with neither a name nor a phone or email', () => {
    const [group] = planImport([row({ phones: ['12'], notes: [{ column: 'X', value: 'y' }] })], context);
    expect(group!.doc).toBeNull();
    expect(group!.problems).toHaveLength(1);
  });

  it('gives the same ids for the same file, and other ids for another file', () => {
    const rows = [row({ name: 'A', phones: ['+7 916 000-11-22'] })];
    expect(planImport(rows, context)[0]!.doc!.id).toBe(planImport(rows, context)[0]!.doc!.id);
    const other = { ...context, source: { fileName: 'base.csv', fileHash: 'cd'.repeat(32) } };
    expect(planImport(rows, other)[0]!.doc!.id).not.toBe(planImport(rows, context)[0]!.doc!.id);
    expect(importClientId(context.source, 100_000).length).toBeLessThanOrEqual(64);
  });

  it('keeps what does not fit a client in its notes: a long name, entries past twenty', () => {
    const longName = 'Я'.repeat(250);
    const phones = Array.from({ length: 22 }, (_, i) => `+7 916 000-00-${String(i).padStart(2, '0')}`);
    const [group] = planImport([row({ name: longName, phones })], context);
    expect(group!.doc!.fullName).toHaveLength(200);
    expect(group!.doc!.phones).toHaveLength(20);
    expect(group!.doc!.notes).toContain(`Full name from the file: ${longName}`);
    expect(group!.doc!.notes).toContain('Phone from the file: +79160000021');
  });

  it('does not merge people of one company: a corporate domain is not a person', () => {
    const groups = planImport(
      [row({ name: 'A', emails: ['a@alfa-corp.ru'] }), row({ name: 'B', emails: ['b@alfa-corp.ru'] })],
      context,
    );
    expect(groups.map((g) => g.rows)).toEqual([[1], [2]]);
  });
});
