import { describe, expect, it } from 'vitest';
import { findDuplicates } from './findDuplicates';
import type { DedupeInputRow } from './types';

const row = (name: string, phones: string[] = [], emails: string[] = [], company = ''): DedupeInputRow => ({
  name,
  phones,
  emails,
  company,
});

describe('findDuplicates', () => {
  it('groups rows by normalised phone whatever format it was typed in', () => {
    const report = findDuplicates([
      row('Иванов Пётр', ['8 (916) 123-45-67']),
      row('Анна Смирнова', ['+7 903 111 22 33']),
      row('Жена Иванова', ['+7 916 123 45 67']),
      row('Кто-то', ['89161234567']),
    ]);
    expect(report.rows).toBe(4);
    expect(report.conflicts).toEqual([{ kind: 'phone', key: 'phone:+79161234567', rows: [1, 3, 4] }]);
    expect(report.errors).toEqual([]);
  });

  it('matches emails through provider aliases and companies through their domain, never free mail', () => {
    const report = findDuplicates([
      row('A', [], ['Petr.Ivanov@gmail.com', 'p.ivanov@romashka-tour.ru']),
      row('B', [], ['petrivanov+travel@googlemail.com']),
      row('C', [], ['a.smirnova@romashka-tour.ru']),
      row('D', [], ['someone@gmail.com']),
    ]);
    expect(report.conflicts).toEqual([
      { kind: 'email', key: 'email:petrivanov@gmail.com', rows: [1, 2] },
      { kind: 'domain', key: 'domain:romashka-tour.ru', rows: [1, 3] },
    ]);
  });

  it('reads several phones and emails typed in one cell', () => {
    const report = findDuplicates([
      row(
        'A',
        ['+7 916 123-45-67, 8 (495) 111-22-33 доб. 12; +375 29 123 45 67'],
        ['a@firm.ru; Пётр <petr@gmail.com>'],
      ),
      row('B', ['84951112233']),
      row('C', ['+375291234567'], ['petr@gmail.com']),
    ]);
    expect(report.conflicts).toEqual([
      { kind: 'phone', key: 'phone:+375291234567', rows: [1, 3] }, // same first row: by key
      { kind: 'phone', key: 'phone:+74951112233', rows: [1, 2] },
      { kind: 'email', key: 'email:petr@gmail.com', rows: [1, 3] },
    ]);
    expect(report.errors).toEqual([]);
  });

  it('reports invalid values with their row and keeps checking the rest', () => {
    const report = findDuplicates([
      row('A', ['12345', '+7 916 123-45-67'], ['broken@', 'a@firm.ru']),
      row('B', ['89161234567']),
    ]);
    expect(report.conflicts).toEqual([{ kind: 'phone', key: 'phone:+79161234567', rows: [1, 2] }]);
    expect(report.errors).toEqual([
      { row: 1, field: 'phone', value: '12345', message: expect.stringMatching(/\S/) },
      { row: 1, field: 'email', value: 'broken@', message: expect.stringMatching(/\S/) },
    ]);
  });

  it('gives a name hint across scripts only to pairs that share no key', () => {
    const report = findDuplicates([
      row('Пётр Иванов', ['+7 916 123-45-67']),
      row('Petr Ivanov', ['+7 903 000-00-01']),
      row('Ivanov Petr', ['+7 916 123-45-67']),
      row('Анна Смирнова', ['+7 903 000-00-02']),
    ]);
    expect(report.conflicts).toEqual([{ kind: 'phone', key: 'phone:+79161234567', rows: [1, 3] }]);
    expect(report.hints).toEqual([
      { reason: 'name', rows: [1, 2] },
      { reason: 'name', rows: [2, 3] },
    ]);
  });

  it('never groups by name or company alone', () => {
    const report = findDuplicates([
      row('Иван Петров', [], [], 'ООО Ромашка'),
      row('Иван Петров', [], [], 'ООО Ромашка'),
    ]);
    expect(report.conflicts).toEqual([]);
    expect(report.hints).toEqual([{ reason: 'name', rows: [1, 2] }]);
  });

  it('reads numbers without a country code in the configured country', () => {
    const rows = [row('A', ['8 029 123-45-67']), row('B', ['+375 29 123 45 67'])];
    const by = findDuplicates(rows, { defaultCountry: 'BY', neighbourCountries: [] });
    expect(by.conflicts).toEqual([{ kind: 'phone', key: 'phone:+375291234567', rows: [1, 2] }]);
  });

  it('handles an empty base', () => {
    expect(findDuplicates([])).toEqual({ rows: 0, conflicts: [], hints: [], errors: [] });
  });

  it('stays fast on a large base (blocking, not all pairs)', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      row(`Клиент${i % 5000} Фамилия${i}`, [`+7 916 ${String(1_000_000 + (i % 19_000)).slice(-7)}`]),
    );
    const started = performance.now();
    const report = findDuplicates(rows);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(report.conflicts).toHaveLength(1000);
  });
});
