// Server-owned marks of times the endpoint did not take as stated, and the import marker that lets
// an admin's import keep its source's dates (see docs/sync-api.md, "Who may write what, and when").

/** Clamped times as the workstation stated them, by field name (epoch ms). */
export interface StatedTimes {
  createdAt?: number;
  updatedAt?: number;
  lastActivityAt?: number;
  at?: number;
}

const epochMs = { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 } as const;

export const statedTimesSchema = {
  type: 'object',
  properties: { createdAt: epochMs, updatedAt: epochMs, lastActivityAt: epochMs, at: epochMs },
  additionalProperties: false,
} as const;

export const importedFromSchema = { type: 'string', minLength: 1, maxLength: 200 } as const;
