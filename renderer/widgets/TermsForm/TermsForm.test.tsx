import { MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { termsFromDoc } from '../../../shared/workflow';
import { sixtyForty } from '../../../test/support/caseForTests';
import { i18nForTests } from '../../../test/support/i18nForTests';
import type { DisputableDeal } from './disputableDeals';
import { draftFromTerms, EMPTY_DRAFT, type TermsDraft } from './termsDraft';
import { TermsForm } from './TermsForm';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

function render(initial: TermsDraft, i18n = en, deals?: DisputableDeal[] | null): string {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <TermsForm
          names={{ owner: 'Petya', newcomer: 'Masha' }}
          initial={initial}
          submitLabel="Send proposal"
          busy={false}
          onSubmit={() => {}}
          onCancel={() => {}}
          deals={deals}
        />
      </MantineProvider>
    </I18nextProvider>,
  );
  return html.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
}

describe('terms form', () => {
  it('names the managers, not "owner" and "newcomer", and reads the terms back in words', () => {
    const text = render(draftFromTerms(termsFromDoc(sixtyForty)));
    expect(text).toContain('Petya (had the client first)');
    expect(text).toContain('Masha (added the client later)');
    expect(text).toContain('Petya, % of the first order');
    expect(text).toContain('Petya hands leads to Masha');
    expect(text).toContain(
      'Petya gets 60% of the first order and keeps the client; Masha gets 40% and 3 leads from Petya.',
    );
  });

  it('asks for the missing parts instead of a sentence', () => {
    expect(render({ ...EMPTY_DRAFT, leads: true })).toContain('Complete the terms to read them in words.');
    expect(render(EMPTY_DRAFT, ru)).toContain(
      'Petya получает 50% первого заказа и ведёт клиента дальше; Masha получает 50%.',
    );
  });

  it('reads terms with a note too long out in words, and says what is wrong with the note', () => {
    const text = render({ ...draftFromTerms(termsFromDoc(sixtyForty)), note: 'я'.repeat(2_001) });
    expect(text).toContain('Petya gets 60% of the first order and keeps the client');
    expect(text).toContain('The note can be at most 2000 characters.');
    expect(text).not.toContain('Complete the terms');
  });

  it('offers the deals on the two clients, and names the ticked ones in the sentence', () => {
    const deals: DisputableDeal[] = [
      { dealId: 'd-1', side: 'owner', title: 'Antalya, 7 nights', status: 'paid', at: 0, authorName: 'Petya' },
      { dealId: 'd-2', side: 'newcomer', title: null, status: 'booked', at: Date.UTC(2026, 2, 5), authorName: 'Masha' },
    ];
    const text = render({ ...EMPTY_DRAFT, disputedDeals: ['d-1'] }, en, deals);
    expect(text).toContain('Deals already made');
    expect(text).toContain('«Antalya, 7 nights» (paid, Petya)');
    expect(text).toContain('a deal of Masha (booked, Mar 5, 2026)');
    expect(text).toContain(
      'The first-order split also covers the deal already made: «Antalya, 7 nights» (paid, Petya).',
    );
    expect(render(EMPTY_DRAFT, ru, null)).toContain('Загружаем сделки по этим клиентам…');
    expect(render(EMPTY_DRAFT, en)).not.toContain('Deals already made');
  });
});
