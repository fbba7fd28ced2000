import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addNameFormatters, genderContext } from './nameFormatters';

async function instance(lng: 'en' | 'ru') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    interpolation: { escapeValue: false },
    resources: {
      ru: {
        translation: {
          from: 'Условия от {{name, genitive}}',
          did: '{{name}} сделал(а)',
          did_female: '{{name}} сделала',
        },
      },
      en: { translation: { from: 'Terms from {{name, genitive}}', did: '{{name}} did' } },
    },
  });
  addNameFormatters(i18n);
  return i18n;
}

describe('name formatters', () => {
  it('declines names in Russian and leaves them in English', async () => {
    expect((await instance('ru')).t('from', { name: 'Маша Смирнова' })).toBe('Условия от Маши Смирновой');
    expect((await instance('ru')).t('from', { name: 'Ivanov Petr' })).toBe('Условия от Ivanov Petr');
    expect((await instance('en')).t('from', { name: 'Маша Смирнова' })).toBe('Terms from Маша Смирнова');
  });

  it('picks the gendered verb when the gender is known, the neutral key otherwise', async () => {
    const ru = await instance('ru');
    expect(ru.t('did', { name: 'Маша', context: genderContext('Маша') })).toBe('Маша сделала');
    expect(ru.t('did', { name: 'Саша Ким', context: genderContext('Саша Ким') })).toBe('Саша Ким сделал(а)');
    expect((await instance('en')).t('did', { name: 'Маша', context: genderContext('Маша') })).toBe('Маша did');
  });
});
