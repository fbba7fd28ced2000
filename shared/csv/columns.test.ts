import { describe, expect, it } from 'vitest';
import { hasIdentityColumns, mapColumns, roleOfHeader } from './columns';

describe('roleOfHeader', () => {
  it.each([
    ['Name', 'name'],
    ['FULL NAME', 'name'],
    ['Client', 'name'],
    ['ФИО', 'name'],
    ['Ф.И.О.', 'name'],
    ['имя', 'name'],
    ['Клиент', 'name'],
    ['Фамилия', 'name'],
    ['Контактное лицо', 'name'],
    ['Phone', 'phone'],
    ['phones', 'phone'],
    ['Телефон', 'phone'],
    ['ТЕЛ.', 'phone'],
    ['Мобильный', 'phone'],
    ['Телефон 2', 'phone'],
    ['Номер телефона', 'phone'],
    ['Mobile phone', 'phone'],
    ['Моб. тел.', 'phone'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['e-mail 2', 'email'],
    ['Почта', 'email'],
    ['Эл. почта', 'email'],
    ['Электронная почта', 'email'],
    ['Client e-mail', 'email'],
    ['Company', 'company'],
    ['Компания', 'company'],
    ['Организация', 'company'],
    ['Company name', 'company'],
    ['Название организации', 'company'],
  ] as const)('%s → %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it.each(['ID клиента', 'Менеджер', 'Телефон менеджера', 'Manager email', 'Notes', 'Дата создания', '', '  '])(
    'ignores %j',
    (header) => {
      expect(roleOfHeader(header)).toBeNull();
    },
  );

  it('treats ё as е', () => {
    expect(roleOfHeader('Эл. почтё')).toBe('email');
  });
});

describe('mapColumns', () => {
  it('collects several phone columns and name parts in file order', () => {
    const map = mapColumns(['Фамилия', 'Имя', 'Телефон', 'Заметки', 'Телефон 2', 'E-mail', 'Компания']);
    expect(map).toEqual({ name: [0, 1], phone: [2, 4], email: [5], company: [6] });
    expect(hasIdentityColumns(map)).toBe(true);
  });

  it('is not usable without a phone or an email column', () => {
    expect(hasIdentityColumns(mapColumns(['Name', 'Company']))).toBe(false);
  });
});
