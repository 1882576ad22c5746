import { repReferences } from '@switchyard/flow';

type Json = Record<string, unknown>;

/** A copy of the document with rep ids replaced by `map` (template rep placeholders → reps). */
export function replaceReps(document: unknown, map: Record<string, string>): unknown {
  const copy = structuredClone(document);
  for (const ref of repReferences(copy)) {
    if (!Object.hasOwn(map, ref.repId)) continue;
    let parent: unknown = copy;
    for (const key of ref.path.slice(0, -1)) parent = (parent as Json)[key as string];
    (parent as Json)[ref.path.at(-1) as string] = map[ref.repId];
  }
  return copy;
}
