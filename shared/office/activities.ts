import { ACTIVITY_TYPES, type ActivityDoc, type ActivityType } from '../db';
import type { OfficeContext } from './context';
import { fail, ok, type FieldError, type Result } from './result';

/** What a manager logs by hand; deal editions are written by saveDeal, with their figures. */
export const LOGGABLE_ACTIVITY_TYPES = ACTIVITY_TYPES.filter(
  (type): type is Exclude<ActivityType, 'deal'> => type !== 'deal',
);

export interface ActivityInput {
  clientId: string;
  type: Exclude<ActivityType, 'deal'>;
  at: number;
  note: string;
}

const MAX_NOTE = 10_000;
/** Logging tomorrow's meeting as done is a typo, not a plan; clocks drift a little, so allow a day. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

export async function logActivity(ctx: OfficeContext, input: ActivityInput): Promise<Result<ActivityDoc>> {
  const now = ctx.clock.now();
  const errors: FieldError[] = [];
  const note = typeof input.note === 'string' ? input.note.trim() : '';
  if (!(LOGGABLE_ACTIVITY_TYPES as readonly string[]).includes(input.type)) {
    const message =
      (input.type as string) === 'deal'
        ? 'Record a deal with the deal form: it needs its amount and status.'
        : `Choose what happened: ${LOGGABLE_ACTIVITY_TYPES.join(', ')}.`;
    errors.push({ field: 'type', code: 'invalid', message, value: String(input.type) });
  }
  if (typeof input.at !== 'number' || !Number.isFinite(input.at) || input.at < 0) {
    errors.push({ field: 'at', code: 'invalid', message: 'Enter when it happened.' });
  } else if (input.at > now + MAX_FUTURE_MS) {
    errors.push({ field: 'at', code: 'future', message: 'An activity cannot be logged in the future.' });
  }
  if (note.length > MAX_NOTE)
    errors.push({ field: 'note', code: 'tooLong', message: `A note can be at most ${MAX_NOTE} characters.` });
  const client = await ctx.db.clients.findOne(input.clientId ?? '').exec();
  if (!client) errors.push({ field: 'clientId', code: 'notFound', message: 'This client no longer exists.' });
  if (errors.length || !client) return fail(...errors);

  const profile = ctx.profile();
  const activity: ActivityDoc = {
    id: ctx.crypto.newId(),
    clientId: client.id,
    officeId: client.officeId,
    type: input.type,
    at: Math.round(input.at),
    authorId: profile.userId,
    authorName: profile.userName,
    note,
    createdAt: now,
  };
  await ctx.db.activities.insert(activity);
  await ctx.changed('activities', activity.id, activity.createdAt);
  if (activity.at > client.lastActivityAt) {
    await client.incrementalPatch({ lastActivityAt: activity.at, updatedAt: now });
    await ctx.changed('clients', client.id, now);
    await ctx.indexSettled();
  }
  return ok(activity);
}
