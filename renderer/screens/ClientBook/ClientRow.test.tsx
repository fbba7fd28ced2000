// The row styles itself with a CSS module: Vite's client types declare those for the test type check.
/// <reference types="vite/client" />
import { MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientDoc } from '../../../shared/db';
import type { ClientOpenCase } from '../../../shared/office';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { ClientRow } from './ClientRow';

let ru: i18n;
beforeAll(async () => {
  ru = await i18nForTests('ru');
});

const client: ClientDoc = {
  id: 'c1',
  officeId: 'o1',
  ownerId: 'petya',
  ownerName: 'Петя Иванов',
  fullName: 'Сидоров Пётр',
  sortName: 'сидоров пётр',
  phones: [{ e164: '+79169740969', extension: '' }],
  emails: [],
  company: 'ООО Вектор-Плюс',
  notes: '',
  identityKeys: [],
  householdId: '',
  createdAt: 1,
  updatedAt: 1,
  lastActivityAt: 1,
  mergeHistory: [],
};

const withMasha: ClientOpenCase = {
  caseId: 'case:c1:c2',
  detectedAt: 2,
  other: { clientLabel: 'Сидоров П.', managerName: 'Маша Петрова', officeName: 'Офис 2' },
};

function render(row: ClientDoc, isOwn: boolean, openCases: ClientOpenCase[] = []): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={ru}>
      <MantineProvider>
        <ClientRow client={row} isOwn={isOwn} openCases={openCases} top={0} height={56} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

const owner = (html: string) => /data-testid="client-row-owner"[^>]*>([^<]*)</u.exec(html)?.[1];

describe('a row of the client book', () => {
  it('says "Вы" for my client and the name for a colleague\'s', () => {
    expect(owner(render(client, true))).toBe('Вы');
    expect(owner(render(client, false))).toBe('Петя Иванов');
  });

  it('says to whom a handed-over client went, even though the record is still mine', () => {
    const handedOver: ClientDoc = {
      ...client,
      handedOver: {
        caseId: 'case:c1:c2',
        toManagerId: 'masha',
        toManagerName: 'Маша Петрова',
        toOfficeName: 'Офис 2',
        at: 3,
      },
    };
    const html = render(handedOver, true);
    expect(owner(html)).toBe('Передан: Маша Петрова');
    expect(html).toContain('data-handed-over="true"');
  });

  it('links an open case from the row, apart from the link to the client', () => {
    const html = render(client, true, [withMasha]);
    expect(html).toContain('href="#/cases/case%3Ac1%3Ac2"');
    expect(html).toContain('title="Открытый случай: Маша Петрова, Офис 2"');
    expect(html).toContain('href="#/clients/c1"');
    expect(render(client, true)).not.toContain('client-row-case');
  });
});
