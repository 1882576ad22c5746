import { Progress } from '@mantine/core';
import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** How long a request may run before the bar appears: quick answers should not flicker. */
const patience = 1_000;

/**
 * A thin moving bar under the header while any request to the server has taken more than a
 * second: one progress indicator for every slow load and save, so no page has to remember its
 * own. Pages still show their own loaders where content is missing.
 */
export function BusyBar() {
  const busy = useIsFetching() + useIsMutating() > 0;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!busy) {
      setShown(false);
      return;
    }
    const timer = window.setTimeout(() => setShown(true), patience);
    return () => window.clearTimeout(timer);
  }, [busy]);
  if (!shown) return null;
  return (
    <Progress
      value={100}
      striped
      animated
      size={3}
      radius={0}
      aria-label="Waiting for Switchyard"
      style={{ position: 'fixed', top: 52, left: 0, right: 0, zIndex: 300 }}
    />
  );
}
