import { useEffect, useRef, useState } from 'react';
import { notifyError } from '../lib/notify';
import { appCodeOf, messageOf, useTRPCClient } from '../lib/trpc';
import type { FlowDocument } from './flow-graph';

export type SaveState =
  | { status: 'saved' | 'unsaved' | 'saving' }
  | { status: 'conflict' | 'failed'; message: string };

const delayMs = 800;

type Pending = {
  flowId: string;
  snapshot: string;
  document: FlowDocument;
  teamMap: Record<string, string>;
};

/**
 * Saves the draft shortly after each change, sending the revision it started from. When another
 * editor saved in between, the server refuses (`version_conflict`): autosave stops and says so,
 * and nothing of either person's work is overwritten. Saves run one after another; an edit still
 * waiting when the editor closes (the manager clicked "Leads" within the delay) is saved at once,
 * and closing the tab with unsaved edits asks first (issue 20).
 */
export function useAutosave(options: {
  flowId: string;
  document: FlowDocument;
  teamMap: Record<string, string>;
  initialRevision: number;
  onSaved?: () => void;
}) {
  const client = useTRPCClient();
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const revision = useRef(options.initialRevision);
  const lastSaved = useRef(JSON.stringify([options.document, options.teamMap]));
  const pending = useRef<Pending | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const { flowId, document, teamMap, onSaved } = options;
  const blocked = state.status === 'conflict';
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const saveNow = useRef((mounted: { current: boolean }) => {
    const work = pending.current;
    pending.current = null;
    if (!work) return;
    queue.current = queue.current.then(async () => {
      if (work.snapshot === lastSaved.current) return;
      if (mounted.current) setState({ status: 'saving' });
      try {
        const saved = await client.flow.saveDraft.mutate({
          id: work.flowId,
          draft: work.document,
          teamMap: work.teamMap,
          baseRevision: revision.current,
        });
        revision.current = saved.draftRevision;
        lastSaved.current = work.snapshot;
        if (!mounted.current) return;
        setState(pending.current ? { status: 'unsaved' } : { status: 'saved' });
        onSavedRef.current?.();
      } catch (error) {
        if (!mounted.current) return notifyError(error, 'Your last change was not saved');
        if (appCodeOf(error) === 'version_conflict') {
          setState({ status: 'conflict', message: messageOf(error) });
        } else {
          setState({ status: 'failed', message: messageOf(error) });
          notifyError(error, 'Your changes are not saved yet');
        }
      }
    });
  }).current;

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      // Leaving the editor: what is still waiting is saved now, not dropped with the timer.
      mounted.current = false;
      saveNow(mounted);
    };
  }, [saveNow]);

  useEffect(() => {
    const snapshot = JSON.stringify([document, teamMap]);
    if (snapshot === lastSaved.current || blocked) return;
    pending.current = { flowId, snapshot, document, teamMap };
    setState({ status: 'unsaved' });
    const timer = setTimeout(() => saveNow(mounted), delayMs);
    return () => clearTimeout(timer);
  }, [flowId, document, teamMap, blocked, saveNow]);

  const unsaved = state.status !== 'saved';
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);

  return state;
}
