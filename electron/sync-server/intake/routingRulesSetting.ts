// The agency's routing rules (shared/routing RoutingRules), kept in server_settings; the defaults
// apply until a lead or an admin saves their own.
import { DEFAULT_ROUTING_RULES, type RoutingRules } from '../../../shared/routing';
import type { Checked, FieldProblem } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';

const SETTING = 'routing_rules';
const OWNER_AWAY = ['lead', 'colleague', 'owner'] as const;
const COMPANY_CONTACTS = ['companyManager', 'freeDesk'] as const;

export function checkRoutingRules(body: unknown): Checked<RoutingRules> {
  const input =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const problems: FieldProblem[] = [];
  for (const field of Object.keys(input))
    if (field !== 'ownerAway' && field !== 'companyContacts')
      problems.push({ field, message: `Unknown field "${field}".` });
  if (!(OWNER_AWAY as readonly unknown[]).includes(input.ownerAway))
    problems.push({ field: 'ownerAway', message: `ownerAway must be one of ${OWNER_AWAY.join(', ')}.` });
  if (!(COMPANY_CONTACTS as readonly unknown[]).includes(input.companyContacts))
    problems.push({
      field: 'companyContacts',
      message: `companyContacts must be one of ${COMPANY_CONTACTS.join(', ')}.`,
    });
  return problems.length ? { ok: false, fields: problems } : { ok: true, value: input as unknown as RoutingRules };
}

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
