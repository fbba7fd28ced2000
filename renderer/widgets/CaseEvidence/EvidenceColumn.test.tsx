import { MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceSide } from '../../../shared/sync';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { EvidenceColumn } from './EvidenceColumn';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  [en, ru] = await Promise.all([i18nForTests('en'), i18nForTests('ru')]);
});

const T0 = Date.UTC(2025, 3, 1, 9);

/** The other office's side as the endpoint sends it to a party: kinds, dates, authors. */
const outline: EvidenceSide = {
  clientId: 'c1',
  clientLabel: 'Ivanov P.',
  managerName: 'Petya Ivanov',
  officeName: 'Office North',
  since: T0 - 86_400_000,
  detail: 'outline',
  sharedNotes: false,
  activities: [
    { id: 'd', type: 'deal', at: T0 + 3_600_000, authorName: 'Petya Ivanov', dealStatus: 'paid' },
    { id: 'c', type: 'call', at: T0, authorName: 'Petya Ivanov' },
  ],
  deals: [],
  firstActivityAt: T0,
  lastActivityAt: T0 + 3_600_000,
};

function render(side: EvidenceSide, language: i18n = en): string {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={language}>
      <MantineProvider>
        <EvidenceColumn title="Owner" side={side} firstContact={false} testId="evidence-owner" />
      </MantineProvider>
    </I18nextProvider>,
  );
  return html.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
}

describe('the other side of a case as a party sees it', () => {
  it('lists kinds, dates and authors, says the details are the deciding lead’s, and lists no deals', () => {
    const text = render(outline);
    expect(text).toContain('Deal: Paid');
    expect(text).toContain('Call');
    expect(text).toContain('by Petya Ivanov');
    expect(text.match(/details hidden — visible to the deciding lead/gu)).toHaveLength(2);
    expect(text).not.toContain('No deals');
    expect(render(outline, ru)).toContain('подробности скрыты — видны руководителю');
  });

  it('shows shared notes, marked as shared', () => {
    const shared: EvidenceSide = {
      ...outline,
      sharedNotes: true,
      activities: [
        { ...outline.activities[0]!, note: '' },
        { ...outline.activities[1]!, note: 'Asked about Antalya' },
      ],
    };
    const text = render(shared);
    expect(text).toContain('Notes shared');
    expect(text).toContain('Asked about Antalya');
    // The deal's details are still hidden; the call's note is not.
    expect(text.match(/details hidden/gu)).toHaveLength(1);
  });

  it('says a colleague works with the company when the match is by its domain alone', () => {
    const text = render({
      ...outline,
      detail: 'withheld',
      activities: [],
      firstActivityAt: null,
      lastActivityAt: null,
    });
    expect(text).toContain('A colleague works with this company');
    expect(text).not.toContain('Activities');
  });
});
