import type { RxJsonSchema } from 'rxdb';

/**
 * One name token's script-independent skeleton per client. RxDB has no multi-entry
 * indexes, so name search and the "possible duplicate" hint look tokens up here.
 * Local to the office: names are never shared agency-wide.
 */
export interface NameTokenDoc {
  /** `${skeleton}|${clientId}` */
  id: string;
  skeleton: string;
  clientId: string;
}

export const nameTokenSchema: RxJsonSchema<NameTokenDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 200 },
    skeleton: { type: 'string', maxLength: 120 },
    clientId: { type: 'string', maxLength: 64 },
  },
  required: ['id', 'skeleton', 'clientId'],
  indexes: ['skeleton', 'clientId'],
};
