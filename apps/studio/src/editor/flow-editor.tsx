import { Alert, Badge, Button, Group, ScrollArea, Tabs, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { type FlowIssue, isPublishable, type NodeKind, validateFlow } from '@switchyard/flow';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconLayoutDistributeVertical,
  IconRocket,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type Connection, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { fieldCatalogue } from '../conditions/field-catalogue';
import type { InspectorChoices } from '../inspector/inspector-props';
import { NodeInspector } from '../inspector/node-inspector';
import { notifyError } from '../lib/notify';
import { type Outputs, useTRPC } from '../lib/trpc';
import { kindLooks } from '../nodes/kind-looks';
import { autoLayout } from './auto-layout';
import { type Clipping, copySelection, pasteClipping } from './clipboard';
import { type EditorView, EditorViewContext } from './editor-context';
import { FlowCanvas } from './flow-canvas';
import { freshId, toCanvasNode, toDocument, toEditorGraph } from './flow-graph';
import { Palette } from './palette';
import { ProblemsPanel } from './problems-panel';
import { PublishDialog } from './publish-dialog';
import { teamChoices, withTeam } from './team-choices';
import { type SaveState, useAutosave } from './use-autosave';
import { useEditorState } from './use-editor-state';

type Loaded = {
  flow: Outputs['flow']['byId'];
  teams: Outputs['team']['list'];
  reps: Outputs['rep']['list'];
  sources: Outputs['source']['list'];
};

/** The flow editor: palette, canvas, inspector and problems; autosaves; publishes. */
export function FlowEditor(props: Loaded) {
  return (
    <ReactFlowProvider>
      <EditorBody {...props} />
    </ReactFlowProvider>
  );
}

const issueKey = (i: FlowIssue) => `${i.code}|${i.nodeId ?? ''}|${i.edgeId ?? ''}|${i.message}`;

function EditorBody({ flow, teams, reps, sources }: Loaded) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reactFlow = useReactFlow();
  const editor = useEditorState(() => toEditorGraph(flow.draft, flow.teamMap));
  const { graph } = editor;
  const document = useMemo(() => toDocument(graph), [graph]);
  const [tab, setTab] = useState<string | null>('problems');
  const [publishing, setPublishing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const clipboard = useRef<Clipping | null>(null);

  const onSaved = useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.flow.validate.queryKey({ id: flow.id }) }),
    [queryClient, trpc, flow.id],
  );
  const save = useAutosave({
    flowId: flow.id,
    document,
    teamMap: graph.teamMap,
    initialRevision: flow.draftRevision,
    onSaved,
  });
  // The server adds what only it knows (teams mapped to real teams, reps of this organisation).
  const serverCheck = useQuery(trpc.flow.validate.queryOptions({ id: flow.id }));
  const issues = useMemo(() => {
    const local = validateFlow(document);
    const seen = new Set(local.map(issueKey));
    const current = save.status === 'saved' ? (serverCheck.data?.issues ?? []) : [];
    return [...local, ...current.filter((i) => !seen.has(issueKey(i)))];
  }, [document, save.status, serverCheck.data]);

  const selected = graph.nodes.filter((n) => n.selected);
  const single = selected.length === 1 ? selected[0] : undefined;

  const choiceList = useMemo(() => teamChoices(graph, teams), [graph, teams]);
  const choices: InspectorChoices = useMemo(
    () => ({
      catalogue: fieldCatalogue({
        customFields: graph.meta.fields,
        matchNodes: graph.nodes
          .filter((n) => n.data.doc.kind === 'match')
          .map((n) => ({ id: n.id, label: n.data.doc.label })),
        grades: graph.nodes.flatMap((n) =>
          n.data.doc.kind === 'score' && Array.isArray(n.data.doc.config.bands)
            ? (n.data.doc.config.bands as Array<{ grade?: string }>).map((b) =>
                String(b.grade ?? ''),
              )
            : [],
        ),
      }),
      teams: choiceList.map(({ value, label }) => ({ value, label })),
      reps: reps.map((r) => ({ value: r.id, label: r.name })),
      pools: graph.nodes
        .filter((n) => n.data.doc.kind === 'pool')
        .map((n) => ({ value: n.id, label: n.data.doc.label || n.id })),
      matchNodes: graph.nodes
        .filter((n) => n.data.doc.kind === 'match')
        .map((n) => ({ value: n.id, label: n.data.doc.label || n.id })),
      sources: sources.map((s) => ({ value: s.id, label: s.name })),
    }),
    [graph, choiceList, reps, sources],
  );

  const view: EditorView = useMemo(() => {
    const issuesByNode = new Map<string, FlowIssue[]>();
    for (const issue of issues) {
      if (issue.nodeId)
        issuesByNode.set(issue.nodeId, [...(issuesByNode.get(issue.nodeId) ?? []), issue]);
    }
    const teamName = new Map(choiceList.map((c) => [c.value, c.label]));
    const repName = new Map(reps.map((r) => [r.id, r.name]));
    const fieldName = new Map(choices.catalogue.map((f) => [f.key, f.label]));
    const nodeName = new Map(graph.nodes.map((n) => [n.id, n.data.doc.label || n.id]));
    return {
      issuesByNode,
      namer: {
        field: (key) => fieldName.get(key) ?? key,
        team: (key) => teamName.get(key) ?? key,
        rep: (id) => repName.get(id) ?? id,
        node: (id) => nodeName.get(id) ?? id,
      },
      path: null,
      edgeCounts: null,
    };
  }, [issues, choiceList, reps, choices.catalogue, graph.nodes]);
  const edgeIssues = useMemo(
    () => new Set(issues.flatMap((i) => (i.edgeId ? [i.edgeId] : []))),
    [issues],
  );

  const addNode = (kind: NodeKind, position?: { x: number; y: number }) => {
    const defaults = kindLooks[kind].defaults();
    const id = freshId(kind, new Set(graph.nodes.map((n) => n.id)));
    const firstPool = graph.nodes.find((n) => n.data.doc.kind === 'pool');
    const config =
      kind === 'assign' && firstPool
        ? { ...defaults.config, fallback: { pool: firstPool.id } }
        : defaults.config;
    const at = position ?? centreOfView();
    editor.edit((g) => ({
      ...g,
      nodes: [
        ...g.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
        {
          ...toCanvasNode({ id, kind, label: defaults.label, position: at, config }),
          selected: true,
        },
      ],
    }));
    setTab('inspect');
  };
  const centreOfView = () => {
    const box = window.document.querySelector('.react-flow')?.getBoundingClientRect();
    const point = box
      ? { x: box.left + box.width / 2, y: box.top + box.height / 2 }
      : { x: 400, y: 300 };
    return reactFlow.screenToFlowPosition(point);
  };
  const connect = (c: Connection) => {
    setRefusal(null);
    editor.edit((g) => ({
      ...g,
      edges: [
        ...g.edges,
        {
          id: freshId('e', new Set(g.edges.map((e) => e.id))),
          source: c.source,
          target: c.target,
          sourceHandle: c.sourceHandle ?? null,
        },
      ],
    }));
  };
  const selectNode = (id: string) => {
    editor.select(new Set([id]));
    setTab('inspect');
    reactFlow.fitView({ nodes: [{ id }], duration: 300, maxZoom: 1, padding: 0.6 });
  };
  const deleteSelected = () => {
    const ids = new Set(graph.nodes.filter((n) => n.selected).map((n) => n.id));
    editor.edit((g) => ({
      ...g,
      nodes: g.nodes.filter((n) => !ids.has(n.id)),
      edges: g.edges.filter((e) => !e.selected && !ids.has(e.source) && !ids.has(e.target)),
    }));
  };
  const tidy = async () => {
    try {
      const positions = await autoLayout(graph.nodes, graph.edges);
      editor.edit((g) => ({
        ...g,
        nodes: g.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })),
      }));
      window.requestAnimationFrame(() =>
        reactFlow.fitView({ padding: 0.2, maxZoom: 1, duration: 300 }),
      );
    } catch (error) {
      notifyError(error, 'Could not tidy up the layout');
    }
  };

  useHotkeys([
    ['mod+Z', editor.undo],
    ['mod+shift+Z', editor.redo],
    ['mod+Y', editor.redo],
    [
      'mod+C',
      () => {
        clipboard.current = copySelection(graph.nodes, graph.edges) ?? clipboard.current;
      },
    ],
    [
      'mod+V',
      () => {
        if (!clipboard.current) return;
        const pasted = pasteClipping(clipboard.current, graph);
        editor.edit((g) => ({
          ...g,
          nodes: [...g.nodes.map((n) => ({ ...n, selected: false })), ...pasted.nodes],
          edges: [...g.edges, ...pasted.edges],
        }));
      },
    ],
    ['mod+A', () => editor.select(new Set(graph.nodes.map((n) => n.id)))],
    ['shift+L', tidy],
    ['shift+F', () => reactFlow.fitView({ padding: 0.2, maxZoom: 1, duration: 300 })],
  ]);

  const errors = issues.filter((i) => i.severity === 'error').length;
  const publishable = isPublishable(issues) && save.status === 'saved';
  const chooseTeam = (key: string) => {
    const choice = choiceList.find((c) => c.value === key);
    return choice?.teamId
      ? (g: typeof graph) => withTeam(g, key, choice.teamId as string, choice.label)
      : (g: typeof graph) => g;
  };

  return (
    <EditorViewContext.Provider value={view}>
      <Group
        justify="space-between"
        px="md"
        py={6}
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        wrap="nowrap"
      >
        <Group gap="sm" wrap="nowrap">
          <Text fw={700} size="lg" truncate>
            {flow.name}
          </Text>
          <SaveBadge state={save} />
        </Group>
        <Group gap={6} wrap="nowrap">
          <Tooltip label="Undo (Ctrl+Z)">
            <Button
              variant="default"
              size="xs"
              onClick={editor.undo}
              disabled={!editor.canUndo}
              aria-label="Undo"
            >
              <IconArrowBackUp size={16} />
            </Button>
          </Tooltip>
          <Tooltip label="Redo (Ctrl+Shift+Z)">
            <Button
              variant="default"
              size="xs"
              onClick={editor.redo}
              disabled={!editor.canRedo}
              aria-label="Redo"
            >
              <IconArrowForwardUp size={16} />
            </Button>
          </Tooltip>
          <Tooltip label="Tidy up the layout (Shift+L)">
            <Button
              variant="default"
              size="xs"
              onClick={tidy}
              leftSection={<IconLayoutDistributeVertical size={16} />}
            >
              Tidy up
            </Button>
          </Tooltip>
          <Tooltip
            label={
              errors > 0
                ? `Fix ${errors} error${errors === 1 ? '' : 's'} first`
                : save.status !== 'saved'
                  ? 'Saving your changes…'
                  : 'Make this the live version'
            }
          >
            <Button
              size="xs"
              leftSection={<IconRocket size={16} />}
              disabled={!publishable}
              onClick={() => setPublishing(true)}
            >
              Publish
            </Button>
          </Tooltip>
        </Group>
      </Group>
      {save.status === 'conflict' && (
        <Alert color="red" title="Someone else changed this flow" m="xs" role="alert">
          <Text size="sm">{save.message}</Text>
          <Button mt="xs" size="xs" onClick={() => window.location.reload()}>
            Reload their version
          </Button>
        </Alert>
      )}
      {refusal && (
        <Alert
          color="orange"
          m="xs"
          withCloseButton
          onClose={() => setRefusal(null)}
          role="status"
          data-testid="connection-refused"
        >
          {refusal}
        </Alert>
      )}
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <ScrollArea w={190} style={{ borderRight: '1px solid var(--mantine-color-gray-3)' }}>
          <Palette onAdd={(kind) => addNode(kind)} />
        </ScrollArea>
        <div className="canvas-wrap">
          <FlowCanvas
            editor={editor}
            onAddNode={addNode}
            onConnect={connect}
            onRefused={setRefusal}
            edgeIssues={edgeIssues}
          />
        </div>
        <ScrollArea w={340} style={{ borderLeft: '1px solid var(--mantine-color-gray-3)' }}>
          <Tabs value={tab} onChange={setTab} p="xs">
            <Tabs.List grow>
              <Tabs.Tab value="inspect">Step</Tabs.Tab>
              <Tabs.Tab
                value="problems"
                rightSection={
                  issues.length > 0 ? (
                    <Badge size="xs" color={errors ? 'red' : 'yellow'} circle>
                      {issues.length}
                    </Badge>
                  ) : null
                }
              >
                Problems
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="inspect" pt="sm">
              {single ? (
                <NodeInspector
                  key={single.id}
                  node={single.data.doc}
                  choices={choices}
                  onChange={(change) =>
                    editor.edit((g) => {
                      const before = g.nodes.find((n) => n.id === single.id)?.data.doc;
                      if (!before) return g;
                      const after = change(before);
                      const team = typeof after.config.team === 'string' ? after.config.team : '';
                      const mapped = team && team !== before.config.team ? chooseTeam(team)(g) : g;
                      return {
                        ...mapped,
                        nodes: mapped.nodes.map((n) =>
                          n.id === single.id ? { ...n, data: { doc: after } } : n,
                        ),
                      };
                    })
                  }
                  onDelete={deleteSelected}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {selected.length > 1
                    ? `${selected.length} steps selected. Delete removes them; Ctrl+C copies them.`
                    : 'Select a step to change it, or drag one in from the left.'}
                </Text>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="problems" pt="sm">
              <ProblemsPanel issues={issues} onSelect={selectNode} />
            </Tabs.Panel>
          </Tabs>
        </ScrollArea>
      </div>
      <PublishDialog flowId={flow.id} opened={publishing} onClose={() => setPublishing(false)} />
    </EditorViewContext.Provider>
  );
}

function SaveBadge({ state }: { state: SaveState }) {
  const looks = {
    saved: ['teal', 'Saved'],
    unsaved: ['gray', 'Unsaved changes'],
    saving: ['blue', 'Saving…'],
    conflict: ['red', 'Not saved: conflict'],
    failed: ['red', 'Not saved'],
  } as const;
  const [color, text] = looks[state.status];
  return (
    <Badge color={color} variant="light" role="status" data-testid="save-state">
      {text}
    </Badge>
  );
}
