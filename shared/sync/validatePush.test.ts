import { describe, expect, it } from 'vitest';
import { checkPush } from './validatePush';

const client = {
  id: 'c1',
  officeId: 'o1',
  ownerId: 'u1',
  ownerName: 'P',
  fullName: 'Ivan',
  sortName: 'ivan',
  phones: [{ e164: '+79161234567', extension: '' }],
  emails: [],
  company: '',
  notes: '',
  identityKeys: [],
  householdId: '',
  createdAt: 1,
  updatedAt: 1,
  lastActivityAt: 1,
  mergeHistory: [],
  _deleted: false,
};

describe('checkPush', () => {
  it('accepts RxDB push rows', () => {
    expect(checkPush('clients', [{ assumedMasterState: null, newDocumentState: client }])).toMatchObject({ ok: true });
    expect(checkPush('clients', [])).toEqual({ ok: true, rows: [] });
  });

  it('refuses the whole push on one bad row, naming it', () => {
    const result = checkPush('clients', [
      { assumedMasterState: null, newDocumentState: client },
      { assumedMasterState: null, newDocumentState: { ...client, id: 'c2', phones: 'x' } },
    ]);
    expect(result).toMatchObject({ ok: false, status: 400, fields: [{ field: '[1].newDocumentState.phones' }] });
  });

  it('refuses undeclared fields nested in a document, naming them', () => {
    const nested = [[[['deep']]]];
    const phones = [{ e164: '+79161234567', extension: '', blob: 'x'.repeat(1000), nested }];
    expect(checkPush('clients', [{ assumedMasterState: null, newDocumentState: { ...client, phones } }])).toMatchObject(
      {
        ok: false,
        status: 400,
        fields: [
          { field: '[0].newDocumentState.phones[0].blob', message: 'is not a field of this document' },
          { field: '[0].newDocumentState.phones[0].nested', message: 'is not a field of this document' },
        ],
      },
    );
  });

  it('refuses an assumed state of another document', () => {
    expect(
      checkPush('clients', [{ assumedMasterState: { ...client, id: 'c9' }, newDocumentState: client }]),
    ).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses server-owned fields with 409 and too many rows with 413', () => {
    expect(
      checkPush('clients', [{ assumedMasterState: null, newDocumentState: { ...client, _rev: '1-a' } }]),
    ).toMatchObject({ ok: false, status: 409, code: 'server_owned_field' });
    expect(
      checkPush(
        'clients',
        Array.from({ length: 1001 }, () => ({})),
      ),
    ).toMatchObject({ ok: false, status: 413 });
  });

  it('refuses a deal activity without its figures, and figures on any other activity', () => {
    const activity = {
      id: 'a1',
      clientId: 'c1',
      officeId: 'o1',
      type: 'call',
      at: 1,
      authorId: 'u1',
      authorName: 'P',
      note: '',
      createdAt: 1,
      _deleted: false,
    };
    const deal = {
      dealId: 'd1',
      title: 'Antalya',
      travelStart: '',
      travelEnd: '',
      currency: 'RUB',
      amountMinor: 100,
      marginMinor: 10,
      status: 'paid',
      managerId: 'u1',
      managerName: 'P',
    };
    expect(
      checkPush('activities', [{ assumedMasterState: null, newDocumentState: { ...activity, type: 'deal', deal } }]),
    ).toMatchObject({ ok: true });
    expect(
      checkPush('activities', [{ assumedMasterState: null, newDocumentState: { ...activity, type: 'deal' } }]),
    ).toMatchObject({ ok: false, status: 400, fields: [{ field: '[0].newDocumentState.deal' }] });
    expect(
      checkPush('activities', [{ assumedMasterState: null, newDocumentState: { ...activity, deal } }]),
    ).toMatchObject({ ok: false, status: 400, fields: [{ field: '[0].newDocumentState.deal' }] });
  });
});
