import { useCallback, useRef, useState } from 'react';
import type { ClientBase } from '../../../shared/clientBase';
import {
  checkAgainstAgency,
  decideImport,
  writeImport,
  type ImportChoices,
  type ImportDecision,
  type ImportGroup,
  type ImportNoteLabels,
  type ImportOwner,
  type ImportWriteOutcome,
} from '../../../shared/clientImport';
import type { ImportClient } from '../../../shared/endpoint';
import { DEFAULT_IDENTITY_SETTINGS } from '../../../shared/identity';
import type { ImportCheckResult } from '../../../shared/sync';
import type { EndpointFailure } from '../../sync/resolutionClient';
import type { ScreenCalls } from '../../widgets/EndpointData/useSessionCalls';
import { planOffThePage } from './planOffThePage';
import type { ChosenFile } from './readBaseFile';

export type ImportPhase =
  | { kind: 'idle' }
  /** The file's rows are being grouped into people (off the page: seconds for a big file). */
  | { kind: 'planning'; rows: number }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'checked'; groups: ImportGroup[]; results: ImportCheckResult[]; owner: ImportOwner }
  | {
      kind: 'writing';
      groups: ImportGroup[];
      decisions: ImportDecision[];
      done: number;
      total: number;
      startedAt: number;
      /** When `done` was reached: the pace so far, for the time left. */
      at: number;
    }
  | { kind: 'done'; decisions: ImportDecision[]; outcome: ImportWriteOutcome }
  | { kind: 'failed'; failure: EndpointFailure; decisions: ImportDecision[] | null };

/** An endpoint's refusal, carried out of the shared runner to the screen. */
class Failed extends Error {
  constructor(readonly failure: EndpointFailure) {
    super(failure.code);
  }
}

/**
 * An import from the screen: plan and check (the endpoint answers for the whole file), then write
 * in whole batches until done or stopped. A stop takes effect between batches; what was written
 * stays, and importing the same file again continues.
 */
export function useImport(client: ScreenCalls<ImportClient>, labels: ImportNoteLabels) {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const stopRef = useRef(false);

  const check = useCallback(
    async (file: ChosenFile, base: ClientBase, owner: ImportOwner) => {
      setPhase({ kind: 'planning', rows: base.rows.length });
      const groups = await planOffThePage(base.rows, {
        source: { fileName: file.name, fileHash: file.hash },
        owner,
        settings: DEFAULT_IDENTITY_SETTINGS,
        labels,
        now: Date.now(),
      });
      const keys = [...new Set(groups.flatMap((g) => g.keys))];
      setPhase({ kind: 'checking', done: 0, total: keys.length });
      try {
        const results = await checkAgainstAgency(
          keys,
          async (chunk) => {
            const answer = await client.importCheck(chunk);
            if (!answer.ok) throw new Failed(answer.failure);
            return answer.value.results;
          },
          (done, total) => setPhase({ kind: 'checking', done, total }),
        );
        setPhase({ kind: 'checked', groups, results, owner });
      } catch (error) {
        if (!(error instanceof Failed)) throw error;
        setPhase({ kind: 'failed', failure: error.failure, decisions: null });
      }
    },
    [client, labels],
  );

  const write = useCallback(
    async (checked: Extract<ImportPhase, { kind: 'checked' }>, choices: ImportChoices) => {
      const decisions = decideImport(checked.groups, checked.results, checked.owner, choices);
      const total = decisions.filter((d) => d.write).length;
      const startedAt = Date.now();
      stopRef.current = false;
      setPhase({ kind: 'writing', groups: checked.groups, decisions, done: 0, total, startedAt, at: startedAt });
      try {
        const outcome = await writeImport(
          decisions,
          async (rows) => {
            const pushed = await client.pushClients(rows);
            if (!pushed.ok) throw new Failed(pushed.failure);
            return pushed.value;
          },
          (done) =>
            setPhase({ kind: 'writing', groups: checked.groups, decisions, done, total, startedAt, at: Date.now() }),
          () => stopRef.current,
        );
        setPhase({ kind: 'done', decisions, outcome });
      } catch (error) {
        if (!(error instanceof Failed)) throw error;
        setPhase({ kind: 'failed', failure: error.failure, decisions });
      }
    },
    [client],
  );

  return {
    phase,
    check,
    write,
    stop: () => {
      stopRef.current = true;
    },
    reset: () => setPhase({ kind: 'idle' }),
  };
}
