// The duplicate the office-core tests resolve: Petya (Office 1) and Masha (Office 2) hold the
// same client, Иванов Пётр, matched by his phone.
import { onTestFinished } from 'vitest';
import { caseIdFor } from '../../shared/cases/caseId';
import type { CaseDoc, CaseRecommendation } from '../../shared/db';
import { emptyDraft, type ClientDraft, type Profile } from '../../shared/office';
import type { DetectionPoint } from '../../shared/cases/detectedCase';
import { manualClock, openMemoryOffice } from './memoryOffice';

/** Petya's office on a clock the test moves by hand, with his client saved; closed when the test finishes. */
export async function petyasOffice(client: Partial<ClientDraft> = {}) {
  const clock = manualClock();
  const core = await openMemoryOffice({ clock });
  onTestFinished(() => core.close());
  const saved = await core.saveClient({
    ...emptyDraft(),
    fullName: 'Иванов Пётр',
    phones: ['+7 916 123 45 67'],
    ...client,
  });
  if (!saved.ok) throw new Error(saved.errors.map((e) => e.message).join('; '));
  return { core, clock, client: saved.value.client, me: core.profile()! };
}

export interface CaseWithMashaOptions {
  /** When each manager took the client on; 1 and 2 unless said. */
  since?: { petya: number; masha: number };
  /** Defaults to `at`. */
  detectedAt?: number;
  detectedWhere?: DetectionPoint;
  recommendation?: CaseRecommendation;
}

/**
 * The open case between Petya's client (the owner) and Masha's ('masha-client' in Office 2),
 * detected and last updated at `at`, by the endpoint unless said; not stored.
 */
export function caseWithMasha(
  me: Profile,
  petyasClientId: string,
  at: number,
  options: CaseWithMashaOptions = {},
): CaseDoc {
  const since = options.since ?? { petya: 1, masha: 2 };
  return {
    id: caseIdFor(petyasClientId, 'masha-client'),
    officeIds: [me.officeId, 'office-2'].sort(),
    owner: {
      clientId: petyasClientId,
      clientLabel: 'Иванов П.',
      managerId: me.userId,
      managerName: 'Petya Ivanov',
      officeId: me.officeId,
      officeName: 'Office 1',
      since: since.petya,
    },
    newcomer: {
      clientId: 'masha-client',
      clientLabel: 'Иванов П.',
      managerId: 'masha',
      managerName: 'Masha Petrova',
      officeId: 'office-2',
      officeName: 'Office 2',
      since: since.masha,
    },
    matched: [{ kind: 'phone', display: '+7 916 ***-**-67' }],
    detectedAt: options.detectedAt ?? at,
    detectedWhere: options.detectedWhere ?? 'endpoint',
    causedBy: 'masha',
    status: 'open',
    updatedAt: at,
    ...(options.recommendation ? { recommendation: options.recommendation } : {}),
  };
}
