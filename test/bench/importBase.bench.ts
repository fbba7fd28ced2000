// `claimdesk import` end to end on a generated 100,000-row base (clientBaseFixture.ts): read the
// file, merge its rows, check the agency, write the clients through the endpoint's push — into the
// embedded store and into PostgreSQL, in-process, as an admin would run it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../electron/sync-server/cli/commands/import';
import { createTeam } from '../integration/api';
import { startPostgresCluster } from '../integration/postgresCluster';
import { ADMIN_PASSWORD, startServer } from '../integration/testServer';
import { encodeCp1251, generateClientBase } from './clientBaseFixture';
import type { BenchFigure } from './figure';
import { benchProgress, type BenchProgress } from './progress';
import { benchStages } from './stage';

const ROWS = 100_000;

export async function run(progress: BenchProgress = benchProgress()): Promise<BenchFigure[]> {
  const stages = benchStages('importBase', progress);
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-import-'));
  const figures = progress.figures;
  try {
    const file = join(dir, 'clients-100k.csv');
    await writeFile(file, encodeCp1251(generateClientBase(ROWS).csv));
    const importInto = async (label: string, databaseUrl?: string) => {
      const { server, admin } = await startServer({
        dataDir: await mkdtemp(join(dir, 'store-')),
        ...(databaseUrl ? { databaseUrl } : {}),
      });
      try {
        const team = await createTeam(admin);
        let out = '';
        let err = '';
        const started = performance.now();
        const code = await stages.run(`import 100k rows, ${label}`, () =>
          runImport(
            [file, '--server', server.url, '--office', team.office.name, '--owner', team.managerUser.username],
            { out: (t) => void (out += t), err: (t) => void (err += t), cwd: dir },
            { CLAIMDESK_PASSWORD: ADMIN_PASSWORD },
          ),
        );
        const seconds = (performance.now() - started) / 1000;
        if (code !== 0) throw new Error(`import into ${label} exited with ${code}: ${err.slice(0, 1000)}`);
        const written = Number(/Imported (\d+) clients/u.exec(out)?.[1] ?? NaN);
        figures.push(
          // The target: 100k rows into an office end to end within a minute on this machine.
          {
            name: `import 100k rows end to end, ${label}`,
            value: round(seconds),
            unit: 's',
            target: { op: '<=', value: 60 },
          },
          { name: `import 100k rows, ${label}: clients written`, value: written, unit: 'clients' },
          { name: `import 100k rows, ${label}: throughput`, value: Math.round(written / seconds), unit: 'clients/s' },
        );
      } finally {
        await server.close();
      }
    };
    await importInto('embedded PGlite');
    const cluster = await stages.run('start PostgreSQL', () => startPostgresCluster());
    try {
      await importInto('PostgreSQL', await cluster.createDatabase('importbench'));
    } finally {
      await cluster.stop();
    }
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
