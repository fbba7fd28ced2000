import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';

// Suffixes i18next adds to a key: plural forms (Russian has few and many) and gendered verbs.
const PLURAL = /_(zero|one|two|few|many|other)$/u;
const GENDER = /_(male|female)$/u;

function leaves(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? leaves(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

const base = (key: string) => key.replace(GENDER, '').replace(PLURAL, '');
const bases = (obj: object) => [...new Set(leaves(obj).map(base))].sort();

/** The forms each plural key has, by its base key. */
function pluralForms(obj: object): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of leaves(obj)) {
    const match = PLURAL.exec(key);
    if (!match) continue;
    const b = key.slice(0, match.index);
    forms.set(b, (forms.get(b) ?? new Set()).add(match[1]!));
  }
  return forms;
}

/**
 * Every key passed to t() as a literal in the renderer's code. A key built at run time
 * (`resolution.phase.${phase}`) needs at least one key of that shape; its `${…}` parts are wildcards.
 */
function usedKeys(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return usedKeys(path);
    if (!/\.tsx?$/u.test(name) || /\.test\.tsx?$/u.test(name)) return [];
    const source = readFileSync(path, 'utf8');
    return [...source.matchAll(/\bt\(\s*(['`])([a-zA-Z][\w.${}'?:() -]*?)\1/gu)].map((m) => m[2]!);
  });
}

function resolves(pattern: string, keys: readonly string[]): boolean {
  if (!pattern.includes('${')) return keys.includes(pattern);
  const source = pattern
    .split(/\$\{[^}]*\}/u)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/gu, '\\$&'))
    .join('[\\w.]+');
  const regex = new RegExp(`^${source}$`, 'u');
  return keys.some((k) => regex.test(k));
}

describe('UI strings', () => {
  it('has the same keys in Russian and English', () => {
    expect(bases(ru)).toEqual(bases(en));
  });

  it('has every plural form: one, few, many and other in Russian; one and other in English', () => {
    const missing = (obj: object, needed: readonly string[]) =>
      [...pluralForms(obj)].flatMap(([key, forms]) => needed.filter((f) => !forms.has(f)).map((f) => `${key}_${f}`));
    expect(missing(ru, ['one', 'few', 'many', 'other'])).toEqual([]);
    expect(missing(en, ['one', 'other'])).toEqual([]);
  });

  it('has every key the renderer asks for, in both languages', () => {
    const used = [...new Set(usedKeys(join(__dirname, '..')))];
    expect(used.length).toBeGreaterThan(300);
    for (const [name, strings] of [
      ['en', en],
      ['ru', ru],
    ] as const) {
      const keys = [...new Set([...leaves(strings), ...leaves(strings).map(base)])];
      expect(
        used.filter((k) => !resolves(k, keys)),
        name,
      ).toEqual([]);
    }
  });

  it('has no empty strings', () => {
    const empty = (obj: object): string[] =>
      Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? empty(v as object) : v === '' ? [k] : []));
    expect(empty(en)).toEqual([]);
    expect(empty(ru)).toEqual([]);
  });
});
