import { Loader } from '@mantine/core';
import { type ComponentProps, Suspense } from 'react';
import { preloadable } from '../lib/preloadable';
import type { ConditionEditor as Editor } from './condition-editor';

// The query builder (react-querybuilder, its Mantine controls, date pickers) is a tenth of the
// editor's code and is needed only once a step with conditions is opened: it loads after the
// canvas is up (`preloadConditionEditor`), so the first step shows sooner (issue 20).
const Loaded = preloadable(() => import('./condition-editor'), 'ConditionEditor');

/** Starts loading the condition editor's code; called once the canvas is showing. */
export const preloadConditionEditor = Loaded.preload;

/** The condition editor, with a small spinner on the rare open before its code arrived. */
export function ConditionEditor(props: ComponentProps<typeof Editor>) {
  return (
    <Suspense fallback={<Loader size="sm" aria-label="Loading the condition editor" />}>
      <Loaded {...props} />
    </Suspense>
  );
}
