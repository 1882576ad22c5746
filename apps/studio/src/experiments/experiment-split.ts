import { checkArmWeights } from '@switchyard/engine';

/** The "Start experiment" form: two published versions and version A's share of the leads. */
export type SplitForm = {
  name: string;
  versionA: string | null;
  versionB: string | null;
  /** Whole percent of leads for version A; version B gets the rest. */
  shareA: number;
};

/** The arms `experiment.start` takes: A gets `shareA` percent, B the rest, so they sum to 100. */
export function armsOfSplit(form: SplitForm): Array<{ versionId: string; weight: number }> {
  return [
    { versionId: form.versionA ?? '', weight: form.shareA },
    { versionId: form.versionB ?? '', weight: 100 - form.shareA },
  ];
}

/**
 * Why the form cannot start an experiment yet, in the server's words where it has them (the
 * engine's `checkArmWeights` is the rule the API applies); null when it can.
 */
export function splitProblem(form: SplitForm): string | null {
  if (!form.versionA || !form.versionB) return 'Choose two published versions to compare.';
  if (form.versionA === form.versionB) return 'Choose a different version for every arm.';
  return checkArmWeights(armsOfSplit(form))?.message ?? null;
}

/** The form as it opens: the live version as A, the newest other one as B, 50/50. */
export function initialSplit(versions: ReadonlyArray<{ id: string; live: boolean }>): SplitForm {
  const live = versions.find((version) => version.live) ?? versions[0];
  const other = versions.find((version) => version.id !== live?.id);
  return { name: '', versionA: live?.id ?? null, versionB: other?.id ?? null, shareA: 50 };
}
