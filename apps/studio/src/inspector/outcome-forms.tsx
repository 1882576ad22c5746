import {
  Alert,
  Button,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { strategyLabels } from '@switchyard/engine';
import { useState } from 'react';
import { MoveSourceDialog, type SourceMove } from '../sources/move-source-dialog';
import { type KindFormProps, optionalNumber } from './inspector-props';
import { StrategyDetails } from './strategy-forms';

/** A whole-number setting of the step's config that may be left empty (then it is removed). */
function OptionalNumber(props: {
  config: Record<string, unknown>;
  setConfig: KindFormProps['setConfig'];
  field: string;
  label: string;
  description?: string;
}) {
  const value = props.config[props.field];
  return (
    <NumberInput
      label={props.label}
      description={props.description}
      min={1}
      allowDecimal={false}
      value={typeof value === 'number' ? value : ''}
      onChange={(v) => props.setConfig((c) => ({ ...c, [props.field]: optionalNumber(v) }))}
    />
  );
}

/**
 * Capture: which sources feed the flow (none chosen: every source pointing at it). A source that
 * feeds another flow is named with it, and can be moved here, with the consequence spelled out.
 */
export function CaptureForm({ node, setConfig, choices }: KindFormProps) {
  const sources = Array.isArray(node.config.sources) ? (node.config.sources as string[]) : [];
  const [move, setMove] = useState<SourceMove | null>(null);
  const { flow } = choices;
  const elsewhere = choices.sources.filter(
    (s) => sources.includes(s.value) && flow && s.flowId !== flow.id,
  );
  return (
    <Stack gap="xs">
      <MultiSelect
        label="Sources"
        description="Leave empty to take leads from every source connected to this flow."
        data={choices.sources.map(({ value, label }) => ({ value, label }))}
        value={sources}
        onChange={(next) => setConfig((c) => ({ ...c, sources: next.length ? next : undefined }))}
        searchable
      />
      {flow &&
        elsewhere.map((source) => (
          <Alert key={source.value} color="orange" p="xs" data-testid="source-elsewhere">
            <Text size="sm">
              {source.flowName
                ? `“${source.name}” sends its leads to “${source.flowName}”, not to this flow: naming it here only counts its past leads.`
                : `“${source.name}” feeds no flow yet.`}
            </Text>
            <Button
              size="compact-xs"
              variant="light"
              mt={6}
              onClick={() =>
                setMove({
                  source: { id: source.value, name: source.name, flowName: source.flowName },
                  to: flow,
                })
              }
            >
              Send its leads to this flow…
            </Button>
          </Alert>
        ))}
      {move && <MoveSourceDialog move={move} onClose={() => setMove(null)} />}
    </Stack>
  );
}

/** Match: is this person or company already known, and who owns them. */
export function MatchForm({ node, setConfig }: KindFormProps) {
  return (
    <Stack>
      <Select
        label="Match by"
        data={[
          { value: 'email', label: 'Same e-mail' },
          { value: 'domain', label: 'Same company domain' },
          { value: 'phone', label: 'Same phone' },
        ]}
        value={String(node.config.by ?? 'email')}
        onChange={(by) => setConfig((c) => ({ ...c, by }))}
        allowDeselect={false}
      />
      <OptionalNumber
        config={node.config}
        setConfig={setConfig}
        field="withinDays"
        label="Within the last (days)"
        description="Empty: any earlier lead."
      />
    </Stack>
  );
}

/** Assign: a team, how to pick a rep, caps, and where leads go when nobody can take them. */
export function AssignForm({ node, setConfig, choices }: KindFormProps) {
  const strategy = (node.config.strategy ?? { type: 'round_robin' }) as Record<string, unknown>;
  const fallback = (node.config.fallback ?? {}) as { pool?: string; rep?: string };
  const setStrategy = (patch: Record<string, unknown>) =>
    setConfig((c) => ({ ...c, strategy: { ...(c.strategy as object), ...patch } }));
  return (
    <Stack>
      <Select
        label="Team"
        data={choices.teams}
        value={typeof node.config.team === 'string' && node.config.team ? node.config.team : null}
        onChange={(team) => setConfig((c) => ({ ...c, team: team ?? '' }))}
        placeholder="Choose a team"
        searchable
      />
      <Select
        label="Pick a rep by"
        data={Object.entries(strategyLabels).map(([value, label]) => ({ value, label }))}
        value={String(strategy.type ?? 'round_robin')}
        onChange={(type) => setConfig((c) => ({ ...c, strategy: { type } }))}
        allowDeselect={false}
      />
      <StrategyDetails strategy={strategy} setStrategy={setStrategy} choices={choices} />
      <OptionalNumber
        config={node.config}
        setConfig={setConfig}
        field="dailyCap"
        label="Daily cap per rep"
        description="Resets at each rep's local midnight. Empty: the rep's own cap."
      />
      <OptionalNumber
        config={node.config}
        setConfig={setConfig}
        field="openCap"
        label="Open leads cap per rep"
      />
      <Select
        label="When nobody can take it, put it in"
        description="No lead is ever dropped."
        data={[
          {
            group: 'Pools of this flow',
            items: choices.pools.map((p) => ({ value: `pool:${p.value}`, label: p.label })),
          },
          {
            group: 'A rep',
            items: choices.reps.map((r) => ({ value: `rep:${r.value}`, label: r.label })),
          },
        ]}
        value={
          fallback.pool ? `pool:${fallback.pool}` : fallback.rep ? `rep:${fallback.rep}` : null
        }
        onChange={(choice) => {
          const [kind, id] = (choice ?? ':').split(/:(.*)/s);
          setConfig((c) => ({ ...c, fallback: kind === 'rep' ? { rep: id } : { pool: id ?? '' } }));
        }}
        placeholder="Choose a pool or a rep"
      />
    </Stack>
  );
}

/** Pool: reps pull from it; blind hides the lead until claimed. */
export function PoolForm({ node, setConfig, choices }: KindFormProps) {
  return (
    <Stack>
      <div>
        <Text size="sm" fw={500}>
          Reps see
        </Text>
        <SegmentedControl
          fullWidth
          data={[
            { value: 'cherry_pick', label: 'The leads (cherry-pick)' },
            { value: 'blind', label: 'Only "Get next" (blind)' },
          ]}
          value={String(node.config.mode ?? 'cherry_pick')}
          onChange={(mode) => setConfig((c) => ({ ...c, mode }))}
        />
      </div>
      <Select
        label="Team"
        description="Empty: any rep may claim."
        data={choices.teams}
        value={typeof node.config.team === 'string' && node.config.team ? node.config.team : null}
        onChange={(team) => setConfig((c) => ({ ...c, team: team ?? undefined }))}
        clearable
      />
      <OptionalNumber
        config={node.config}
        setConfig={setConfig}
        field="claimSlaMinutes"
        label="Claim within (minutes)"
        description="Unclaimed longer: escalated."
      />
    </Stack>
  );
}

/** Disqualify: screened out, kept with a reason. */
export function DisqualifyForm({ node, setConfig }: KindFormProps) {
  return (
    <Textarea
      label="Reason"
      description="Shown on the lead and counted in reports."
      value={String(node.config.reason ?? '')}
      onChange={(e) => {
        const reason = e.currentTarget.value;
        setConfig((c) => ({ ...c, reason }));
      }}
      autosize
    />
  );
}
