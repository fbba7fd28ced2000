/** The slice of i18next that text builders need, so they run in tests without React. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type Translator = { t: Translate; exists(key: string): boolean; language: string };
