// Duplicate detection over a whole client base (the `dedupe` command, imports).
export { findDuplicates } from './findDuplicates';
export { KeyConflicts, type RowKey } from './keyConflicts';
export { nameHints, nameBlockKeys, MAX_NAME_BLOCK, type NameHintDeps } from './nameHints';
export { duplicateGroups, type DuplicateGroup } from './groups';
export type { DedupeConflict, DedupeError, DedupeHint, DedupeInputRow, DedupeReport } from './types';
