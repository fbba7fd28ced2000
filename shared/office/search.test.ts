import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, openMemoryOffice } from '../../test/support/memoryOffice';
import { databaseOf } from '../../test/support/officeDatabase';
import { emptyDraft, type ClientDraft } from './clientDraft';
import type { OfficeCore } from './officeCore';
import { searchRank } from './searchRank';
import { emailQueryToken, phoneQueryTokens, searchTokensOf } from './searchTokens';

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

async function office() {
  const core = await openMemoryOffice({ clock: manualClock() });
  cores.push(core);
  const save = async (fields: Partial<ClientDraft>) => {
    const result = await core.saveClient({ ...emptyDraft(), ...fields });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value.client.id;
  };
  const names = async (query: string) => (await core.searchClients(query)).map((c) => c.fullName);
  return { core, save, names };
}

describe('search tokens', () => {
  it("holds company words, a phone's ending and beginnings, and email pieces", () => {
    const tokens = searchTokensOf({
      company: 'ООО «Вектор-Плюс»',
      phones: [{ e164: '+79169740969', extension: '' }],
      emails: ['Ivanov@Alfa-Corp.ru'],
    });
    expect(tokens).toEqual(
      expect.arrayContaining([
        '#co:ооо',
        '#co:вектор',
        '#co:плюс',
        '#tel:0969',
        '#tel:9169740969',
        '#tel:79169740969',
        '#em:ivanov@alfa-corp.ru',
        '#em:alfa-corp.ru',
      ]),
    );
  });

  it('reads a typed phone fragment with any separators, and a trunk 8 as +7', () => {
    expect(phoneQueryTokens('974-09-69')).toEqual({ endings: ['#tel:0969'], beginnings: ['#tel:9740969'] });
    expect(phoneQueryTokens('+7 916 974')).toEqual({ endings: ['#tel:6974'], beginnings: ['#tel:7916974'] });
    expect(phoneQueryTokens('8 (916) 974').beginnings).toEqual(['#tel:8916974', '#tel:7916974']);
    expect(phoneQueryTokens('096')).toEqual({ endings: [], beginnings: [] });
    expect(phoneQueryTokens('Иванов 0969')).toEqual({ endings: [], beginnings: [] });
    expect(emailQueryToken('Ivanov@')).toBe('#em:ivanov@');
    expect(emailQueryToken('alfa-corp')).toBe('#em:alfa-corp');
    expect(emailQueryToken('Иванов')).toBeNull();
  });
});

describe('search ranking', () => {
  it('puts a surname spelled as typed first, a company next, a patronymic last', () => {
    const rank = (fullName: string, company = '') => searchRank('Вектор', { fullName, company });
    expect(rank('Векторов Иван')).toBe(1);
    expect(rank('Петров Иван', 'ООО Вектор-Плюс')).toBe(2);
    expect(rank('Vektorov Ivan')).toBe(3);
    expect(rank('Петров Иван Викторович')).toBe(5);
  });
});

describe('searching the book', () => {
  it('finds a client by a word of the company, in any case', async () => {
    const { save, names } = await office();
    await save({ fullName: 'Петров Иван Викторович', company: 'Ромашка' });
    await save({ fullName: 'Сидоров Пётр', company: 'ООО Вектор-Плюс' });
    await save({ fullName: 'Орлова Анна', company: 'Альфа Трэвел' });
    expect(await names('альфа')).toEqual(['Орлова Анна']);
    expect(await names('вектор')).toEqual(['Сидоров Пётр', 'Петров Иван Викторович']);
    expect(await names('ВЕКТОР-ПЛЮС')).toEqual(['Сидоров Пётр']);
    expect(await names('плюс')).toEqual(['Сидоров Пётр']);
  });

  it('finds a client by part of a phone typed with any separators', async () => {
    const { save, names } = await office();
    await save({ fullName: 'Иванов Пётр', phones: ['+7 916 974-09-69'] });
    await save({ fullName: 'Смирнова Анна', phones: ['+7 903 111-22-33'] });
    for (const query of ['974-09-69', '0969', '+7 916 974', '8 916 974', '916-974-09']) {
      expect(await names(query), query).toEqual(['Иванов Пётр']);
    }
    expect(await names('22-33')).toEqual(['Смирнова Анна']);
  });

  it('does not take digits from the middle of a number for its end', async () => {
    const { save, names } = await office();
    await save({ fullName: 'Иванов Пётр', phones: ['+7 916 974-09-69'] });
    await save({ fullName: 'Морозов Олег', phones: ['+7 925 209-69-55'] });
    expect(await names('0969')).toEqual(['Иванов Пётр']);
    expect(await names('209-69')).toEqual([]);
  });

  it('finds a client by a piece of an email', async () => {
    const { save, names } = await office();
    await save({ fullName: 'Иванов Пётр', emails: ['ivanov@alfa-corp.ru'] });
    await save({ fullName: 'Смирнова Анна', emails: ['anna@romashka.ru'] });
    expect(await names('ivanov@')).toEqual(['Иванов Пётр']);
    expect(await names('alfa-corp')).toEqual(['Иванов Пётр']);
    expect(await names('IVANOV@ALFA')).toEqual(['Иванов Пётр']);
    expect(await names('romashka.ru')).toEqual(['Смирнова Анна']);
  });

  it('ranks a surname above the same letters inside a patronymic', async () => {
    const { save, names } = await office();
    for (let i = 0; i < 5; i++) await save({ fullName: `Петров${i} Иван Викторович` });
    await save({ fullName: 'Викторов Олег' });
    const found = await names('Виктор');
    expect(found[0]).toBe('Викторов Олег');
    expect(found).toHaveLength(6);
  });

  it('forgets the tokens of a company or phone a client no longer has', async () => {
    const { core, save, names } = await office();
    const id = await save({ fullName: 'Иванов Пётр', phones: ['+7 916 974-09-69'], company: 'Альфа' });
    const saved = await core.saveClient({ ...emptyDraft(), fullName: 'Иванов Пётр', company: 'Бета' }, id);
    expect(saved.ok).toBe(true);
    expect(await names('альфа')).toEqual([]);
    expect(await names('0969')).toEqual([]);
    expect(await names('бета')).toEqual(['Иванов Пётр']);
  });

  it('gives a book saved before company and phone search its tokens once it opens', async () => {
    const name = `upgrade${Date.now()}`;
    const before = await openMemoryOffice({ name, clock: manualClock() });
    const saved = await before.saveClient({ ...emptyDraft(), fullName: 'Иванов Пётр', company: 'Альфа' });
    expect(saved.ok).toBe(true);
    const db = databaseOf(before);
    await db.nametokens.find({ selector: { skeleton: { $gte: '#', $lt: '#\uffff' } } }).remove();
    await db.upsertLocal('searchTokens', { version: 0 });
    expect(await before.searchClients('альфа')).toEqual([]);
    await before.close();

    const after = await openMemoryOffice({ name, clock: manualClock(), profile: null });
    cores.push(after);
    await expect.poll(async () => (await after.searchClients('альфа')).map((c) => c.fullName)).toEqual(['Иванов Пётр']);
  });
});
