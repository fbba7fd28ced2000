import { useEffect, useState } from 'react';

/** The current time, refreshed every minute, so "today" and "3 days ago" stay true on a screen left open overnight. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
