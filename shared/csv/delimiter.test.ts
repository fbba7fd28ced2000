import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter';

describe('detectDelimiter', () => {
  it('finds the comma of an English export', () => {
    expect(detectDelimiter('Name,Phone,Email\nPetr,+79161234567,p@x.ru\n')).toBe(',');
  });

  it('finds the semicolon of a Russian Excel export', () => {
    expect(detectDelimiter('ФИО;Телефон;Почта\r\nИванов Пётр;8 916 123-45-67;p@x.ru\r\n')).toBe(';');
  });

  it('is not fooled by commas inside values of a semicolon file', () => {
    const text =
      'ФИО;Телефон;Компания\nИванов, Пётр;8 916 123-45-67, 8 495 111-22-33;ООО "Ромашка"\nСидорова Анна;89031112233;\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('ignores delimiters inside quotes', () => {
    const text = 'name,phone\n"Ivanov; Petr","8 916 123; 45 67"\n"Smith; John","+1 555; 0100"\n';
    expect(detectDelimiter(text)).toBe(',');
  });

  it('finds a tab of a "Unicode text" export', () => {
    expect(detectDelimiter('name\tphone\nA\t1\n')).toBe('\t');
  });

  it('tolerates a title line above the header', () => {
    expect(detectDelimiter('Клиенты на 01.10.2026\nФИО;Телефон\nА;1\nБ;2\n')).toBe(';');
  });

  it('falls back to a comma for a single column', () => {
    expect(detectDelimiter('phone\n89161234567\n')).toBe(',');
  });
});
