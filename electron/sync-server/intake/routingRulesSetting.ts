// The agency's routing rules (shared/routing RoutingRules), kept in server_settings; the defaults
// apply until a lead or an admin saves their own.
import { DEFAULT_ROUTING_RULES, type RoutingRules } from '../../../shared/routing';
import { checkRoutingRules } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';

const SETTING = 'routing_rules';
export async function readRoutingRules(db: SqlExecutor): Promise<RoutingRules> {
  const rows = await db.query<{ value: string }>('select value from server_settings where key = $1', [SETTING]);
  if (!rows[0]) return DEFAULT_ROUTING_RULES;
  const checked = checkRoutingRules(JSON.parse(rows[0].value));
  return checked.ok ? checked.value : DEFAULT_ROUTING_RULES;
}

export async function writeRoutingRules(db: SqlExecutor, rules: RoutingRules): Promise<RoutingRules> {
  const value = JSON.stringify({ ownerAway: rules.ownerAway, companyContacts: rules.companyContacts });
  await db.query(
    'insert into server_settings (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value',
    [SETTING, value],
  );
  return rules;
}
