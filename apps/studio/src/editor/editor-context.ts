import type { FlowIssue } from '@switchyard/flow';
import { createContext, useContext } from 'react';
import type { Namer } from '../nodes/node-essence';
import type { Impact } from '../simulator/impact';

/** What node cards read besides their own data: problems, names, the simulated path. */
export type EditorView = {
  issuesByNode: ReadonlyMap<string, FlowIssue[]>;
  namer: Namer;
  /** The simulated lead's path: node → output taken (null at the terminal); null when off. */
  path: ReadonlyMap<string, string | null> | null;
  /** Recent leads counted on each edge and terminal under the draft; absent when off. */
  impact?: Pick<Impact, 'edges' | 'terminals'> | null;
  /** The counts are a template's sample leads, not the organisation's last 30 days. */
  impactFromSamples?: boolean;
};

const fallbackName = (id: string) => id;
export const EditorViewContext = createContext<EditorView>({
  issuesByNode: new Map(),
  namer: { field: fallbackName, team: fallbackName, rep: fallbackName, node: fallbackName },
  path: null,
});

export const useEditorView = () => useContext(EditorViewContext);
