// Duplicate detection over a whole client base (the `dedupe` command, imports).
export { findDuplicates } from './find-duplicates';
export { keyConflicts } from './key-conflicts';
export { nameHints, nameBlockKeys, MAX_NAME_BLOCK, type NameHintDeps } from './name-hints';
export { duplicateGroups, type DuplicateGroup } from './groups';
export type { DedupeConflict, DedupeError, DedupeHint, DedupeInputRow, DedupeReport } from './types';
