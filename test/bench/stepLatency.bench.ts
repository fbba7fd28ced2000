// From a manager's step on a case (a proposal) to the other manager's screen showing it folded,
// through the endpoint, which folds the case's stored steps and checks the new one on every
// push. The case grows to SAMPLES steps, so a fold that got slow with history would show here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstValueFrom, filter, timeout } from 'rxjs';
import { caseIdFor } from '../../shared/cases/caseId';
import type { CaseView, OfficeCore } from '../../shared/office';
import type { Terms } from '../../shared/workflow';
import { createTeam } from '../integration/api';
import { save, workstation, closeWorkstations } from '../integration/officeWorkstation';
import { startServer } from '../integration/testServer';
import { percentile, type BenchFigure } from './figure';

const SAMPLES = 100;

const terms = (ownerPct: number): Terms => ({
  keeper: 'owner',
  firstOrderSplit: { owner: ownerPct, newcomer: 100 - ownerPct },
  laterOrdersSplit: null,
  leadsCompensation: null,
  disputedDeals: [],
  note: '',
});

function seen(core: OfficeCore, caseId: string, stepId: string): Promise<CaseView> {
  return firstValueFrom(
    core.caseView$(caseId).pipe(
      filter((v): v is CaseView => v?.state.currentProposal?.id === stepId),
      timeout(10_000),
    ),
  );
}

export async function run(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
  const { server, admin } = await startServer({ dataDir: dir });
  try {
    const north = await workstation(server, await createTeam(admin, 'North'));
    const south = await workstation(server, await createTeam(admin, 'South'));
    const petr = await save(north.core, { fullName: 'Иванов Пётр', phones: ['+7 916 777 66 55'] });
    await north.sync.awaitInSync();
    const same = await save(south.core, { fullName: 'Пётр Иванов', phones: ['8 916 777-66-55'] });
    const caseId = caseIdFor(petr.id, same.id);
    await firstValueFrom(
      north.core.caseView$(caseId).pipe(
        filter((v) => v?.recommendation?.provisional === false),
        timeout(15_000),
      ),
    );

    const latencies: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const [from, to] = i % 2 === 0 ? [south, north] : [north, south];
      const started = performance.now();
      const step = await from.core.propose(caseId, terms(50 + (i % 50)));
      if (!step.ok) throw new Error(`step ${i} refused: ${JSON.stringify(step.errors)}`);
      await seen(to.core, caseId, step.value.id);
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    return [
      {
        name: `case step in one office → folded in the other, ${SAMPLES} steps, p50`,
        value: percentile(latencies, 50),
        unit: 'ms',
      },
      {
        name: `case step in one office → folded in the other, ${SAMPLES} steps, p95`,
        value: percentile(latencies, 95),
        unit: 'ms',
      },
    ];
  } finally {
    await closeWorkstations();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
