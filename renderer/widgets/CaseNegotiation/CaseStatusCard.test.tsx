import { MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../shared/office/resolution/types';
import { HOUR, sixtyForty, step, T0, viewOf } from '../../../test/support/caseForTests';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { ServicesContext, type AppServices } from '../../core/CoreContext';
// The window's desktop API type (the services context names the platform), for the test type check.
import type {} from '../../env';
import { caseStatusText } from './caseStatusText';
import { CaseStatusCard } from './CaseStatusCard';

let en: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
});

/** The card as a manager sees it, as text. The core is not called while rendering. */
function render(view: CaseView, role: 'manager' | 'lead' = 'manager'): string {
  const status = caseStatusText(en, {
    state: view.state,
    parties: view.caseDoc,
    mySide: view.mySide,
    canDecide: view.allowed.decide.ok,
    events: view.events,
    now: T0 + 2 * HOUR,
  });
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={en}>
      <MantineProvider>
        <ServicesContext.Provider value={{ core: {} } as AppServices}>
          <CaseStatusCard view={view} status={status} role={role} recommendation={null} />
        </ServicesContext.Provider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return html.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
}

const proposal = step('p1', 'masha', T0 + HOUR, { type: 'propose', terms: sixtyForty });

describe('case status card', () => {
  it('shows the terms on the table in words and what Petya can do', () => {
    const refused = {
      ok: false as const,
      reason: 'You cannot counter your own proposal; make a new proposal instead.',
    };
    const text = render(
      viewOf([proposal], { allowed: { ...viewOf([]).allowed, counter: refused, decide: { ok: false, reason: 'x' } } }),
    );
    expect(text).toContain('On the table: terms from Masha Petrova');
    expect(text).toContain(
      'Petya Ivanov gets 60% of the first order and keeps the client; Masha Petrova gets 40% and 3 leads from Petya Ivanov.',
    );
    expect(text).toContain('Accept the terms from Masha Petrova, or counter them with yours.');
    expect(text).toMatch(
      /Propose terms .*Counter .*You cannot counter your own proposal; make a new proposal instead\. .*Accept .*Escalate/u,
    );
    expect(text).not.toContain('Decide');
  });

  it('shows the final terms and the leads still owed', () => {
    const text = render(viewOf([proposal, step('a1', 'petya', T0 + 2 * HOUR, { type: 'accept', proposalId: 'p1' })]));
    expect(text).toContain('Agreed terms');
    expect(text).toContain('Petya Ivanov owes Masha Petrova leads by these terms: 3 agreed, 0 handed over, 3 left.');
    expect(text).toContain('Record lead handover');
    expect(text).not.toContain('Propose terms');
  });

  it('offers a lead the decision only', () => {
    const text = render(viewOf([proposal], { mySide: null }), 'lead');
    expect(text).toContain('Decide');
    expect(text).not.toContain('Propose terms');
  });
});
