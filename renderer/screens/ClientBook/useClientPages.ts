import { useEffect, useRef, useState } from 'react';
import type { ClientDoc } from '../../../shared/db';
import type { ClientBookState } from '../../../shared/office';
import { useCore } from '../../core/CoreContext';
import { pagesAround, PAGE_SIZE } from './pageWindow';

interface LoadedPage {
  version: number;
  /** When its read started, in this list's order of reads: a later read saw newer data. */
  readNo: number;
  clients: ClientDoc[];
}

/**
 * The whole book, read a page at a time as the list scrolls. A page stays on screen until its
 * fresh copy arrives after a change, so a sync never blanks the list; pages far from the
 * rows in view are dropped, so scrolling through 100,000 clients does not keep them all.
 * Before the book is counted (seconds on a big book) its first page is read all the same, so the
 * first rows never wait for the count; `rowsBeforeCount` says how many that page holds. While
 * the book is not shown (a search lists its own answers), nothing is read.
 */
export function useClientPages(
  book: ClientBookState | null,
  firstRow: number,
  lastRow: number,
  shown: boolean,
): { clientAt: (index: number) => ClientDoc | undefined; rowsBeforeCount: number } {
  const core = useCore();
  const [pages, setPages] = useState<ReadonlyMap<number, LoadedPage>>(new Map());
  const pagesRef = useRef(pages);
  const reads = useRef(0);
  useEffect(() => {
    pagesRef.current = pages;
  }, [pages]);
  const firstPage = Math.floor(firstRow / PAGE_SIZE);
  const lastPage = Math.floor(lastRow / PAGE_SIZE);
  // Version 0 is the book before its first count: only its first page is read.
  const version = book?.version ?? 0;
  const total = book?.total ?? PAGE_SIZE;

  useEffect(() => {
    if (!shown || total === 0) return;
    let current = true;
    const wanted = pagesAround(firstPage, lastPage, total);
    void (async () => {
      // In order, so each page can start where the one before it ended (an index seek, not a skip).
      const fresh = new Map<number, LoadedPage>();
      for (const page of wanted.load) {
        const known = fresh.get(page) ?? pagesRef.current.get(page);
        if (known?.version === version) continue;
        const before = fresh.get(page - 1) ?? pagesRef.current.get(page - 1);
        const anchor = before?.version === version ? before.clients.at(-1) : undefined;
        const readNo = ++reads.current;
        const clients = await core.clientListPage(page * PAGE_SIZE, PAGE_SIZE, anchor);
        const loaded = { version, readNo, clients };
        fresh.set(page, loaded);
        // A page read is kept even when the view moved on meanwhile: it is still this version's.
        // But a sync batch may have landed during the read, and a read started after it may already
        // have put a newer copy on screen: the older read never replaces it, or the list would show
        // stale rows. Reads are ordered by when they started, not by the book's version, which
        // starts again from 0 whenever the book is watched anew.
        setPages((previous) => {
          const held = previous.get(page);
          if (held !== undefined && held.readNo > readNo) return previous;
          const next = new Map([...previous].filter(([p]) => wanted.keep(p)));
          next.set(page, loaded);
          return next;
        });
        if (!current) return;
      }
    })().catch((error: unknown) => console.error('Reading the client book failed', error));
    return () => {
      current = false;
    };
  }, [core, shown, version, total, firstPage, lastPage]);

  return {
    clientAt: (index) => pages.get(Math.floor(index / PAGE_SIZE))?.clients[index % PAGE_SIZE],
    rowsBeforeCount: pages.get(0)?.clients.length ?? 0,
  };
}
