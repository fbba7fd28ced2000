/** Array parameters travel as JSON: the same SQL works on PGlite and node-postgres. */
export const textArray = (param: string): string => `array(select jsonb_array_elements_text(${param}::jsonb))`;
