import { describe, expect, it } from 'vitest';
import { canonicalNameToken, skeletonOf, toLatin } from './transliterate';

describe('toLatin: Cyrillic by ICAO 9303 (Russian passport), diacritics dropped', () => {
  it.each([
    ['Юлия', 'iuliia'],
    ['Пётр', 'petr'],
    ['Щукин', 'shchukin'],
    ['Хабибуллин', 'khabibullin'],
    ['Цой', 'tsoi'],
    ['Подъячев', 'podiachev'],
    ['Ильич', 'ilich'],
    ['Ґалина', 'galina'],
    ['Євген', 'ievgen'],
    ['Нұрлан', 'nurlan'],
    ['Łukasz', 'lukasz'],
    ['Šimon', 'shimon'],
    ['José', 'jose'],
    ['O’Brien', 'obrien'],
    ['Anna-Maria', 'annamaria'],
  ])('%s → %s', (token, latin) => {
    expect(toLatin(token)).toBe(latin);
  });

  it('reads decomposed input (е + combining diaeresis) like composed ё', () => {
    expect(toLatin('Пе\u0308тр')).toBe('petr');
  });
});

describe('canonicalNameToken: every scheme of one name folds to one form', () => {
  it.each([
    [['Юлия', 'Iuliia', 'Yuliya', 'Yulia', 'Julia', 'Julija', 'Ioulia']],
    [['Пётр', 'Petr', 'Pyotr', 'Piotr', 'Pjotr']],
    [['Фёдор', 'Fedor', 'Fyodor', 'Fiodor', 'Fjodor']],
    [['Артём', 'Artem', 'Artyom', 'Artiom']],
    [['Юрий', 'Iurii', 'Yuri', 'Yuriy', 'Yury', 'Jurij', 'Juri']],
    [['Дмитрий', 'Dmitrii', 'Dmitry', 'Dmitriy', 'Dmitrij']],
    [['Сергей', 'Sergei', 'Sergey', 'Sergej']],
    [['Алексей', 'Aleksei', 'Aleksey', 'Alexey', 'Alexei', 'Aleksej']],
    [['Ксения', 'Kseniia', 'Kseniya', 'Ksenia', 'Xenia']],
    [['Наталья', 'Natalia', 'Natalya', 'Natalja', "Natal'ya"]],
    [['Мария', 'Mariia', 'Maria', 'Mariya', 'Marija']],
    [['Екатерина', 'Ekaterina', 'Yekaterina', 'Jekaterina']],
    [['Елена', 'Elena', 'Yelena', 'Jelena']],
    [['Евгений', 'Evgenii', 'Evgeny', 'Yevgeniy', 'Jewgeni']],
    [['Людмила', 'Liudmila', 'Lyudmila', 'Ludmila', 'Ljudmila']],
    [['Михаил', 'Mikhail', 'Mihail']],
    [['Вячеслав', 'Viacheslav', 'Vyacheslav']],
    [['Иванов', 'Ivanov', 'Iwanow', 'Ivanoff']],
    [['Щербаков', 'Shcherbakov', 'Scherbakov', 'Shherbakov']],
    [['Хохлов', 'Khokhlov', 'Hohlov']],
    [['Цветков', 'Tsvetkov', 'Tzvetkov']],
    [['Жуков', 'Zhukov', 'Žukov']],
    [['Чехов', 'Chekhov', 'Chehov']],
    [['Ульянов', 'Ulyanov', 'Oulianov']],
    [['Соловьёв', 'Solovev', 'Solovyov', 'Soloviov']],
    [['Андреев', 'Andreev', 'Andreyev']],
    [['Анна', 'Anna', 'Ana']],
    [['Кирилл', 'Kirill', 'Kiril']],
  ])('%j', (spellings) => {
    const forms = new Set(spellings.map(canonicalNameToken));
    expect([...forms]).toHaveLength(1);
  });

  it.each([
    ['Мария', 'Марина'],
    ['Иван', 'Иванов'],
    ['Пётр', 'Павел'],
    ['Елена', 'Алёна'],
  ])('different names stay different: %s / %s', (a, b) => {
    expect(canonicalNameToken(a)).not.toBe(canonicalNameToken(b));
  });
});

describe('skeletonOf: first letter and consonants', () => {
  it('drops later vowels and doubled letters', () => {
    expect(skeletonOf('aleksandr')).toBe('alksndr');
    expect(skeletonOf('aleksander')).toBe('alksndr');
    expect(skeletonOf('ivanov')).toBe('ivnv');
    expect(skeletonOf('a')).toBe('a');
    expect(skeletonOf('')).toBe('');
  });
});
