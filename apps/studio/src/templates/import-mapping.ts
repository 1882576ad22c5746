import { type Flow, parseFlow } from '@switchyard/flow';
import { err, type Failure, ok, type Result } from '@switchyard/logic';
import { summariseTemplate, type TemplateSummary } from './template-summary';

/** A template ready to map: the document as its file has it, and what the dialog asks about. */
export type ImportSource = {
  document: Record<string, unknown>;
  summary: Pick<TemplateSummary, 'name' | 'teams' | 'repPlaceholders'>;
};

type Named = { id: string; name: string };
/** Placeholder → chosen id; null while nothing is chosen. */
export type Choices = Record<string, string | null>;

const folded = (text: string) => text.trim().toLowerCase();

/**
 * A first guess at the team map: a placeholder whose label or key names one of the
 * organisation's teams (ignoring case) maps to it; the others wait for a choice.
 */
export function suggestTeamMap(
  placeholders: ReadonlyArray<{ key: string; label: string }>,
  orgTeams: readonly Named[],
): Choices {
  return Object.fromEntries(
    placeholders.map((placeholder) => {
      const names = new Set([folded(placeholder.label), folded(placeholder.key)]);
      const team = orgTeams.find((candidate) => names.has(folded(candidate.name)));
      return [placeholder.key, team?.id ?? null];
    }),
  );
}

/** Rep placeholders that already are reps of this organisation keep them (the demo's do). */
export function suggestRepMap(repIds: readonly string[], orgReps: readonly Named[]): Choices {
  const known = new Set(orgReps.map((rep) => rep.id));
  return Object.fromEntries(repIds.map((id) => [id, known.has(id) ? id : null]));
}

/** What `template.import` takes. */
export type ImportRequest = {
  document: Record<string, unknown>;
  name: string;
  teamMap: Record<string, string>;
  repMap?: Record<string, string>;
};

/**
 * The import request, or why it cannot go yet in the words the server would use: every team
 * placeholder needs a team; rep placeholders are optional (the editor then points at them).
 */
export function importRequest(
  source: ImportSource,
  choices: { name: string; teams: Choices; reps: Choices },
): Result<ImportRequest, Failure<'invalid_input'>> {
  const name = choices.name.trim();
  if (name === '') return err({ code: 'invalid_input', message: 'Give the new flow a name.' });
  const unmapped = source.summary.teams.find((team) => !choices.teams[team.key]);
  if (unmapped) {
    const message = `Choose one of your teams for "${unmapped.label}".`;
    return err({ code: 'invalid_input', message });
  }
  const pick = (keys: string[], chosen: Choices) =>
    Object.fromEntries(keys.flatMap((key) => (chosen[key] ? [[key, chosen[key]]] : [])));
  const teamMap = pick(
    source.summary.teams.map((team) => team.key),
    choices.teams,
  );
  const repMap = pick(source.summary.repPlaceholders, choices.reps);
  return ok({
    document: source.document,
    name,
    teamMap,
    ...(Object.keys(repMap).length > 0 ? { repMap } : {}),
  });
}

/** An uploaded `.flow.json` as a template to map, or the flow language's sentence for why not. */
export function readTemplateFile(text: string): Result<ImportSource, Failure<'invalid_flow'>> {
  const parsed = parseFlow(text);
  if (!parsed.ok) return err({ code: 'invalid_flow', message: parsed.error.message });
  return ok(importSourceOf(JSON.parse(text), parsed.value));
}

/** A parsed flow and its raw document as a template to map. */
export function importSourceOf(document: Record<string, unknown>, flow: Flow): ImportSource {
  return { document, summary: summariseTemplate(flow) };
}
