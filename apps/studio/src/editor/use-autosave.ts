import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { notifyError } from '../lib/notify';
import { appCodeOf, messageOf, useTRPC } from '../lib/trpc';
import type { FlowDocument } from './flow-graph';

export type SaveState =
  | { status: 'saved' | 'unsaved' | 'saving' }
  | { status: 'conflict' | 'failed'; message: string };

const delayMs = 800;

/**
 * Saves the draft shortly after each change, sending the revision it started from. When another
 * editor saved in between, the server refuses (`version_conflict`): autosave stops and says so,
 * and nothing of either person's work is overwritten.
 */
export function useAutosave(options: {
  flowId: string;
  document: FlowDocument;
  teamMap: Record<string, string>;
  initialRevision: number;
  onSaved?: () => void;
}) {
  const trpc = useTRPC();
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const revision = useRef(options.initialRevision);
  const lastSaved = useRef(JSON.stringify([options.document, options.teamMap]));
  const save = useMutation(trpc.flow.saveDraft.mutationOptions());
  const { flowId, document, teamMap, onSaved } = options;
  const blocked = state.status === 'conflict';

  useEffect(() => {
    const snapshot = JSON.stringify([document, teamMap]);
    if (snapshot === lastSaved.current || blocked) return;
    setState({ status: 'unsaved' });
    const timer = setTimeout(async () => {
      setState({ status: 'saving' });
      try {
        const saved = await save.mutateAsync({
          id: flowId,
          draft: document,
          teamMap,
          baseRevision: revision.current,
        });
        revision.current = saved.draftRevision;
        lastSaved.current = snapshot;
        setState({ status: 'saved' });
        onSaved?.();
      } catch (error) {
        if (appCodeOf(error) === 'version_conflict') {
          setState({ status: 'conflict', message: messageOf(error) });
        } else {
          setState({ status: 'failed', message: messageOf(error) });
          notifyError(error, 'Your changes are not saved yet');
        }
      }
    }, delayMs);
    return () => clearTimeout(timer);
  }, [flowId, document, teamMap, blocked, save.mutateAsync, onSaved]);

  return state;
}
