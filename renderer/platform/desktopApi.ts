// The one place the renderer names the desktop API. It is a type-only import of
// electron/preload/api.ts, which docs/architecture.md allows, but the shared ESLint pattern
// 'electron/*' cannot tell a type import from a runtime one, hence the exception here.
export type { ClaimdeskDesktopApi } from '../../electron/preload/api';
