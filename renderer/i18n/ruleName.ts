// The rules Claimdesk ships are stored with English names; an agency reads them in its own
// language until it renames them. A renamed rule keeps the agency's words.
import { DEFAULT_REGULATIONS } from '../../shared/regulations';
import type { Translator } from './translator';

const DEFAULT_RULE_KEYS: Readonly<Record<string, string>> = {
  'first-contact': 'regulations.defaultRuleName.firstContact',
  'claim-lapses': 'regulations.defaultRuleName.claimLapses',
  'across-offices-negotiate': 'regulations.defaultRuleName.acrossOfficesNegotiate',
  'same-office-lead': 'regulations.defaultRuleName.sameOfficeLead',
};

export function ruleDisplayName(i18n: Pick<Translator, 't'>, rule: { id: string; name: string }): string {
  const shipped = DEFAULT_REGULATIONS.find((r) => r.id === rule.id);
  const key = DEFAULT_RULE_KEYS[rule.id];
  return shipped && key && shipped.name === rule.name ? i18n.t(key) : rule.name;
}
