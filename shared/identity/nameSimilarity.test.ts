import { describe, expect, it } from 'vitest';
import {
  NAME_HINT_THRESHOLD,
  isNameHint,
  isPreparedNameHint,
  nameSimilarity,
  nameSkeletons,
  prepareName,
  preparedSkeletons,
} from './nameSimilarity';

describe('nameSkeletons: one script-independent skeleton per token', () => {
  it('Пётр Иванов / Petr Ivanov / Pyotr Ivanov share skeletons', () => {
    const expected = nameSkeletons('Пётр Иванов');
    expect(expected).toHaveLength(2);
    expect(nameSkeletons('Petr Ivanov')).toEqual(expected);
    expect(nameSkeletons('Pyotr Ivanov')).toEqual(expected);
    expect(nameSkeletons('  PIOTR   IVANOFF ')).toEqual(expected);
  });

  it('Юлия / Iuliia / Yuliya / Julia share one skeleton', () => {
    const forms = ['Юлия', 'Iuliia', 'Yuliya', 'Julia', 'Yulia'].map(nameSkeletons);
    for (const f of forms) expect(f).toEqual(forms[0]);
    expect(forms[0]).toHaveLength(1);
  });

  it('Alexander and Aleksandr share a skeleton (consonants only)', () => {
    expect(nameSkeletons('Alexander')).toEqual(nameSkeletons('Александр'));
  });

  it('keeps token order and splits hyphens, punctuation and digits', () => {
    expect(nameSkeletons('Иванов Пётр')).toEqual([...nameSkeletons('Пётр Иванов')].reverse());
    expect(nameSkeletons('Петрова-Водкина А.')).toHaveLength(3);
    expect(nameSkeletons('Ivanov, Petr (VIP) 2')).toHaveLength(3);
    expect(nameSkeletons('')).toEqual([]);
    expect(nameSkeletons(' - , ')).toEqual([]);
  });
});

const MUST_HINT: readonly [string, string][] = [
  ['Пётр Иванов', 'Petr Ivanov'],
  ['Пётр Иванов', 'Pyotr Ivanov'],
  ['Иванов Пётр', 'Petr Ivanov'],
  ['Иванов Пётр Сергеевич', 'Petr Ivanov'],
  ['Иванов Пётр Сергеевич', 'Ivanov Pyotr Sergeyevich'],
  ['Petr Sergeevich Ivanov', 'Иванов Пётр'],
  ['Юлия Смирнова', 'Iuliia Smirnova'],
  ['Юлия Смирнова', 'Smirnova Yuliya'],
  ['Юлия Смирнова', 'Julia Smirnova'],
  ['Смирнова Юлия Андреевна', 'Yulia Smirnova'],
  ['Александр Кузнецов', 'Alexander Kuznetsov'],
  ['Алексей Соловьёв', 'Aleksey Solovyov'],
  ['Наталья Ильина', 'Natalya Ilyina'],
  ['Екатерина Андреева', 'Yekaterina Andreyeva'],
  ['Ксения Фёдорова', 'Xenia Fedorova'],
  ['Дмитрий Щербаков', 'Dmitriy Scherbakov'],
  ['Людмила Хохлова', 'Ludmila Hohlova'],
  ['Евгений Жуков', 'Yevgeniy Zhukov'],
  ['Михаил Хабибуллин', 'Mihail Habibulin'],
  ['Вячеслав Цветков', 'Vyacheslav Tsvetkov'],
  ['Артём Семёнов', 'Artyom Semyonov'],
  ['Дарья Васильева', 'Daria Vasileva'],
  ['Юрий Гагарин', 'Jurij Gagarin'],
  ['Шушкевич Станислав', 'Stanislav Shushkevich'],
  ['Шушкевич Станислав Станиславович', 'Stanislav Shushkevich'],
  ['Иванов Пётр', 'Иванов Петр'],
  ['Smirnov Sergei', 'Smrinov Sergei'],
  ['Kuznetsov Ivan', 'Kusnetsov Ivan'],
  ['IVANOV PETR', 'ivanov petr'],
];

const MUST_NOT_HINT: readonly [string, string][] = [
  ['Ivanov Petr', 'Ivanova Maria'], // a spouse: the household link connects them, not a name hint
  ['Иванов Пётр', 'Иванова Мария'],
  ['Ivanov Petr', 'Ivanov Pavel'], // brothers
  ['Ivanov Petr', 'Petrov Ivan'],
  ['Сергей Смирнов', 'Сергей Соколов'],
  ['Анна Попова', 'Анна Петрова'],
  ['Елена Иванова', 'Алёна Иванова'],
  ['Ирина Иванова', 'Марина Иванова'],
  ['Алексей Смирнов', 'Александр Смирнов'],
  ['Иванов Иван Иванович', 'Иванов Иван Петрович'], // father and son
  ['Ivan Ivanov', 'Ivan Ivanovich'],
  ['Sergeev Petr', 'Ivanov Petr Sergeevich'],
  ['Ivanov Petr', 'Ivanov Petr Mikhail'],
  ['Пётр', 'Petr'], // one token says nothing
  ['Иванов', 'Ivanov'],
  ['П. Иванов', 'Petr Ivanov'],
  ['', 'Petr Ivanov'],
  ['', ''],
  ['Client 1', 'Client 2'],
];

describe('isNameHint', () => {
  it.each(MUST_HINT)('hints: %s ~ %s', (a, b) => {
    expect(isNameHint(a, b)).toBe(true);
    expect(isNameHint(b, a)).toBe(true);
  });

  it.each(MUST_NOT_HINT)('no hint: %s / %s', (a, b) => {
    expect(isNameHint(a, b)).toBe(false);
    expect(isNameHint(b, a)).toBe(false);
  });
});

describe('nameSimilarity', () => {
  it('is 1 for the same name in another script or order', () => {
    expect(nameSimilarity('Пётр Иванов', 'Ivanov Petr')).toBe(1);
  });

  it('is 0 when a side has no letters', () => {
    expect(nameSimilarity('', 'Petr')).toBe(0);
    expect(nameSimilarity('123', 'Petr')).toBe(0);
  });

  it('is symmetric and within 0..1 for every pair of the fixtures', () => {
    const names = [...new Set([...MUST_HINT, ...MUST_NOT_HINT].flat())];
    for (const a of names) {
      for (const b of names) {
        const s = nameSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBeCloseTo(nameSimilarity(b, a), 12);
      }
    }
  });

  it('gives the same skeletons and hints from names read once as from the names themselves', () => {
    const names = [...new Set([...MUST_HINT, ...MUST_NOT_HINT].flat()), 'Пётр', 'П. Иванов', ''];
    for (const a of names) {
      expect(preparedSkeletons(prepareName(a))).toEqual(nameSkeletons(a));
      for (const b of names) expect(isPreparedNameHint(prepareName(a), prepareName(b))).toBe(isNameHint(a, b));
    }
  });

  it('ranks a transliteration above a typo above a different first name', () => {
    const translit = nameSimilarity('Пётр Иванов', 'Pyotr Ivanov');
    const typo = nameSimilarity('Пётр Иванов', 'Pyotr Ivnaov');
    const other = nameSimilarity('Пётр Иванов', 'Pavel Ivanov');
    expect(translit).toBeGreaterThan(typo);
    expect(typo).toBeGreaterThan(other);
  });

  it('an initial counts a little, never fully', () => {
    const s = nameSimilarity('P. Ivanov', 'Petr Ivanov');
    expect(s).toBeGreaterThan(nameSimilarity('K. Ivanov', 'Petr Ivanov'));
    expect(s).toBeLessThan(NAME_HINT_THRESHOLD);
  });

  it('pairs the tokens of names of different lengths by their best assignment', () => {
    // Scores as the assignment search gives them; a change here changes which pairs hint.
    expect(nameSimilarity('Иванов Пётр Сергеевич', 'Petr Ivanov')).toBe(1);
    expect(nameSimilarity('Ivanov Petr', 'Ivanova Maria')).toBe(0.6053571428571428);
    expect(nameSimilarity('Анна Попова', 'Анна Петрова')).toBe(0.8285714285714285);
    expect(nameSimilarity('Maria Ivanova', 'Marina Ivanova')).toBe(0.9750000000000001);
    expect(nameSimilarity('П. Иванов', 'Пётр Иванов')).toBe(0.8500000000000001);
    expect(nameSimilarity('Иванов Пётр Сергеевич Оглы Бей Хан', 'Petr Sergeevich Ivanov')).toBe(0.75);
    expect(nameSimilarity('Ivan Ivan Ivanov', 'Ivan Ivanov')).toBe(0.8333333333333333);
  });

  it('reads a token the same in a short and in a long name, but for a patronymic', () => {
    expect(nameSimilarity('Шушкевич Станислав', 'Stanislav Shushkevich')).toBe(1);
    expect(nameSimilarity('Иванов Пётр Сергеевич', 'Иванов Пётр')).toBe(1);
    expect(nameSimilarity('Сергеевич Пётр', 'Пётр')).toBeLessThan(1);
  });

  it('handles long names without blowing up', () => {
    const long = 'Мария Анна София Елена Ольга Ирина Наталья Татьяна Юлия';
    expect(nameSimilarity(long, long)).toBe(1);
  });

  it('the threshold is a fraction', () => {
    expect(NAME_HINT_THRESHOLD).toBeGreaterThan(0.5);
    expect(NAME_HINT_THRESHOLD).toBeLessThan(1);
  });
});
