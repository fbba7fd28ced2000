import { describe, expect, it } from 'vitest';
import { hasIdentityColumns, mapColumns, roleOfHeader, unmatchedOverrides } from './columns';

describe('roleOfHeader', () => {
  it.each([
    ['Name', 'name'],
    ['FULL NAME', 'name'],
    ['Client', 'name'],
    ['ФИО', 'name'],
    ['Ф.И.О.', 'name'],
    ['имя', 'firstName'],
    ['Клиент', 'name'],
    ['Фамилия', 'lastName'],
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
    // amoCRM, Bitrix24, Google Contacts and Outlook as they write them
    ['Полное имя контакта', 'name'],
    ['Основной контакт', 'name'],
    ['Контакт', 'name'],
    ['Отчество', 'middleName'],
    ['First Name', 'firstName'],
    ['Middle Name', 'middleName'],
    ['Last Name', 'lastName'],
    ['Given Name', 'firstName'],
    ['Additional Name', 'middleName'],
    ['Family Name', 'lastName'],
    ['Рабочий телефон', 'phone'],
    ['Мобильный телефон', 'phone'],
    ['Рабочий прямой телефон', 'phone'],
    ['Домашний телефон', 'phone'],
    ['Другой телефон', 'phone'],
    ['Phone 1 - Value', 'phone'],
    ['Mobile Phone', 'phone'],
    ['Business Phone', 'phone'],
    ['Business Phone 2', 'phone'],
    ['Home Phone', 'phone'],
    ['Company Main Phone', 'phone'],
    ['Primary Phone', 'phone'],
    ['Other Phone', 'phone'],
    ['Рабочий e-mail', 'email'],
    ['Рабочий email', 'email'],
    ['Частный e-mail', 'email'],
    ['Личный email', 'email'],
    ['Другой email', 'email'],
    ['E-mail 1 - Value', 'email'],
    ['E-mail Address', 'email'],
    ['E-mail 2 Address', 'email'],
    ['Название компании', 'company'],
    ['Компания контакта', 'company'],
    ['Organization 1 - Name', 'company'],
    ['Phone 1 - Label', 'label'],
    ['Phone 1 - Type', 'label'],
    ['E-mail 1 - Label', 'label'],
    ['E-mail Type', 'label'],
    ['E-mail 2 Type', 'label'],
    ['E-mail Display Name', 'label'],
    ['Тип телефона', 'label'],
  ] as const)('%s → %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it.each([
    'ID клиента',
    'Менеджер',
    'Телефон менеджера',
    'Manager email',
    "Assistant's Phone",
    'Ответственный',
    'Notes',
    'Дата создания',
    'Business Fax',
    'Номер факса',
    'Pager',
    'Phonetic First Name',
    'Nickname',
    'Labels',
    'Organization 1 - Title',
    '',
    '  ',
  ])('keeps %j as a note', (header) => {
    expect(roleOfHeader(header)).toBe('note');
  });

  it('treats ё as е', () => {
    expect(roleOfHeader('Эл. почтё')).toBe('email');
  });
});

describe('mapColumns', () => {
  it('collects several phone columns and name parts in file order', () => {
    const map = mapColumns(['Фамилия', 'Имя', 'Телефон', 'Заметки', 'Телефон 2', 'E-mail', 'Компания']);
    expect(map).toEqual(['lastName', 'firstName', 'phone', 'note', 'phone', 'email', 'company']);
    expect(hasIdentityColumns(map)).toBe(true);
  });

  it('is not usable without a phone or an email column', () => {
    expect(hasIdentityColumns(mapColumns(['Name', 'Company']))).toBe(false);
  });

  it('lets a person override a role by the column header, case and edge spaces aside', () => {
    const header = ['Клиент', 'Доп. поле', 'Telephone'];
    const overrides = [
      { column: ' доп. ПОЛЕ', role: 'phone' as const },
      { column: 'Telephone', role: 'ignore' as const },
      { column: 'Nope', role: 'email' as const },
    ];
    expect(mapColumns(header, overrides)).toEqual(['name', 'phone', 'ignore']);
    expect(unmatchedOverrides(header, overrides)).toEqual([{ column: 'Nope', role: 'email' }]);
  });
});
