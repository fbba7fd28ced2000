import { describe, expect, it } from 'vitest';
import { checkRenameOffice, checkUserPlacement } from './validateAccounts';

const fields = (checked: { ok: boolean; fields?: { field: string }[] }) =>
  checked.ok ? [] : (checked.fields ?? []).map((f) => f.field);

describe('renaming an office', () => {
  it('takes a trimmed name and refuses an empty, long or misspelt one', () => {
    expect(checkRenameOffice({ name: '  Юг  ' })).toEqual({ ok: true, value: { name: 'Юг' } });
    expect(fields(checkRenameOffice({ name: ' ' }))).toEqual(['name']);
    expect(fields(checkRenameOffice({ name: 'x'.repeat(201) }))).toEqual(['name']);
    expect(fields(checkRenameOffice({ nmae: 'Юг' }))).toEqual(['nmae', 'name']);
    expect(fields(checkRenameOffice('Юг'))).toEqual(['name']);
  });
});

describe("a person's role and office", () => {
  it('needs an office for managers and leads, none for an admin', () => {
    expect(checkUserPlacement({ role: 'lead', officeId: ' o1 ' })).toEqual({
      ok: true,
      value: { role: 'lead', officeId: 'o1' },
    });
    expect(checkUserPlacement({ role: 'admin', officeId: null })).toEqual({
      ok: true,
      value: { role: 'admin', officeId: null },
    });
    expect(fields(checkUserPlacement({ role: 'manager', officeId: null }))).toEqual(['officeId']);
    expect(fields(checkUserPlacement({ role: 'manager', officeId: '' }))).toEqual(['officeId']);
    expect(fields(checkUserPlacement({ role: 'manager' }))).toEqual(['officeId']);
  });

  it('refuses an unknown role, an office that is not an id and fields it does not declare', () => {
    expect(fields(checkUserPlacement({ role: 'owner', officeId: 'o1' }))).toEqual(['role']);
    expect(fields(checkUserPlacement({ role: 'lead', officeId: 42 }))).toEqual(['officeId']);
    expect(fields(checkUserPlacement({ role: 'lead', officeId: 'o1', disabled: false }))).toEqual(['disabled']);
  });
});
