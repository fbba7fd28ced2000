import type { ClientDoc } from '../../../shared/db';
import { benchPhone } from '../claimsFixture';

const SURNAMES = ['Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Соколов', 'Михайлов', 'Новиков'];
const FIRST_NAMES = ['Иван', 'Пётр', 'Олег', 'Сергей', 'Андрей', 'Дмитрий', 'Алексей'];
const PATRONYMICS = ['Викторович', 'Сергеевич', 'Олегович', 'Иванович', 'Петрович'];
const COMPANIES = ['', '', 'ООО Вектор-Плюс', 'Альфа Трэвел', 'ИП Соколова', 'Ромашка Тур', 'АО Бета'];

/** The surnames the generated book is made of, for searches that must find someone. */
export const BENCH_SURNAMES: readonly string[] = SURNAMES;

/** The i-th client of a generated book, as a pull would store it (the office's own, one owner). */
export function benchClient(i: number, owner: { userId: string; userName: string; officeId: string }): ClientDoc {
  const fullName = `${SURNAMES[i % 9]}${i % 7 === 0 ? 'а' : ''} ${FIRST_NAMES[i % 7]} ${PATRONYMICS[i % 5]} ${i}`;
  const phone = benchPhone(i);
  const email = i % 3 === 0 ? [`client${i}@alfa-corp.ru`] : [];
  return {
    id: `c${String(i).padStart(7, '0')}`,
    officeId: owner.officeId,
    ownerId: owner.userId,
    ownerName: owner.userName,
    fullName,
    sortName: fullName.toLocaleLowerCase(),
    phones: [{ e164: phone, extension: '' }],
    emails: email,
    company: COMPANIES[i % COMPANIES.length]!,
    notes: '',
    identityKeys: [`phone:${phone}`, ...email.map((e) => `email:${e}`)],
    householdId: '',
    createdAt: i,
    updatedAt: i,
    lastActivityAt: i,
    mergeHistory: [],
  };
}
