import { describe, expect, it } from 'vitest';
import { declinePersonName, genderOf } from './personName';

describe('declinePersonName', () => {
  it('declines a woman’s name, hissing consonants spelled right', () => {
    expect(declinePersonName('Маша Смирнова', 'genitive')).toBe('Маши Смирновой');
    expect(declinePersonName('Маша Смирнова', 'dative')).toBe('Маше Смирновой');
    expect(declinePersonName('Маша Смирнова', 'instrumental')).toBe('Машей Смирновой');
    expect(declinePersonName('Любовь Орлова', 'genitive')).toBe('Любови Орловой');
    expect(declinePersonName('Любовь Орлова', 'instrumental')).toBe('Любовью Орловой');
  });

  it('declines a man’s name', () => {
    expect(declinePersonName('Пётр Иванов', 'genitive')).toBe('Петра Иванова');
    expect(declinePersonName('Пётр Иванов', 'dative')).toBe('Петру Иванову');
    expect(declinePersonName('Петя Иванов', 'genitive')).toBe('Пети Иванова');
    expect(declinePersonName('Лев Толстой', 'instrumental')).toBe('Львом Толстым');
  });

  it('keeps the order the name was written in, with a patronymic', () => {
    expect(declinePersonName('Иванов Пётр', 'dative')).toBe('Иванову Петру');
    expect(declinePersonName('Сидоров Иван Петрович', 'genitive')).toBe('Сидорова Ивана Петровича');
    expect(declinePersonName('Ирина Петровна Смирнова', 'dative')).toBe('Ирине Петровне Смирновой');
  });

  it('declines compound surnames', () => {
    expect(declinePersonName('Анна Римская-Корсакова', 'genitive')).toBe('Анны Римской-Корсаковой');
    expect(declinePersonName('Николай Римский-Корсаков', 'instrumental')).toBe('Николаем Римским-Корсаковым');
  });

  it('declines the first name and leaves an ungendered surname when the gender is unknown', () => {
    expect(declinePersonName('Саша Петренко', 'genitive')).toBe('Саши Петренко');
    expect(declinePersonName('Женя Ким', 'dative')).toBe('Жене Ким');
  });

  it('leaves Latin names and anything that is not a plain name as written', () => {
    expect(declinePersonName('Ivanov Petr', 'genitive')).toBe('Ivanov Petr');
    expect(declinePersonName('Anna Lead', 'dative')).toBe('Anna Lead');
    expect(declinePersonName('Анна (руководитель)', 'genitive')).toBe('Анна (руководитель)');
    expect(declinePersonName('', 'genitive')).toBe('');
  });
});

describe('genderOf', () => {
  it('reads the gender from the surname, the first name or the patronymic', () => {
    expect(genderOf('Маша Смирнова')).toBe('female');
    expect(genderOf('Пётр Иванов')).toBe('male');
    expect(genderOf('Маша')).toBe('female');
    expect(genderOf('Ирина Шевчук')).toBe('female');
    expect(genderOf('Никита Белых')).toBe('male');
    expect(genderOf('Сидоров Иван Петрович')).toBe('male');
  });

  it('says unknown when it cannot be known', () => {
    expect(genderOf('Саша Петренко')).toBe('unknown');
    expect(genderOf('Женя Ким')).toBe('unknown');
    expect(genderOf('Ivanov Petr')).toBe('unknown');
    expect(genderOf('')).toBe('unknown');
  });
});
