import { Alert, Badge, Button, ScrollArea, Tabs, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { isPublishable, type NodeKind } from '@switchyard/flow';
import { useQueryClient } from '@tanstack/react-query';
import { type Connection, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BacktestPanel } from '../backtest/backtest-panel';
import { preloadConditionEditor } from '../conditions/lazy-condition-editor';
import { NodeInspector } from '../inspector/node-inspector';
import { notifyError } from '../lib/notify';
import { type Outputs, useTRPC } from '../lib/trpc';
import { ImpactBar } from '../simulator/impact-bar';
import { SimulatorPanel } from '../simulator/simulator-panel';
import { type CountBasis, useImpact } from '../simulator/use-impact';
import { autoLayout } from './auto-layout';
import { type Clipping, copySelection, pasteClipping } from './clipboard';
import { EditorViewContext } from './editor-context';
import { EditorToolbar } from './editor-toolbar';
import { FlowCanvas } from './flow-canvas';
import { toDocEdge, toDocument, toEditorGraph } from './flow-graph';
import { addStep, changeStep, connectSteps, moveSteps, removeSelected } from './graph-edits';
import { LiveDifference } from './live-difference';
import { outputRoutes, routeOutput } from './next-steps';
import { Palette } from './palette';
import { PanelToggle } from './panel-toggle';
import { ProblemsPanel } from './problems-panel';
import { PublishDialog } from './publish-dialog';
import { useAutosave } from './use-autosave';
import { useEditorChoices, useStepDocuments } from './use-editor-choices';
import { useEditorState } from './use-editor-state';
import { useFlowIssues } from './use-flow-issues';

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

const fitOptions = { padding: 0.2, maxZoom: 1, duration: 300 };

function EditorBody({ flow, teams, reps, sources }: Loaded) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reactFlow = useReactFlow();
  const editor = useEditorState(() => toEditorGraph(flow.draft, flow.teamMap));
  const { graph } = editor;
  const [tab, setTab] = useState<string | null>('problems');
  const [publishing, setPublishing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [simulatedPath, setSimulatedPath] = useState<Map<string, string | null> | null>(null);
  const [backtestPath, setBacktestPath] = useState<Map<string, string | null> | null>(null);
  const [countsShown, setCountsShown] = useState(true);
  const [countBasis, setCountBasis] = useState<CountBasis>({ kind: 'recent' });
  const clipboard = useRef<Clipping | null>(null);

  const document = useMemo(() => toDocument(graph), [graph]);
  const editedFlow = useMemo(
    () => ({ id: flow.id, name: flow.name, live: flow.liveVersionId !== null }),
    [flow.id, flow.name, flow.liveVersionId],
  );
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
  // Checked without positions, so dragging a step does not re-check the flow on every frame.
  const docs = useStepDocuments(graph);
  const checked = useMemo(
    () => ({ ...graph.meta, nodes: [...docs], edges: graph.edges.map(toDocEdge) }),
    [graph.meta, docs, graph.edges],
  );
  const issues = useFlowIssues(flow.id, checked, save.status === 'saved');
  const { choices, view, teamOptions } = useEditorChoices({
    graph,
    docs,
    issues,
    teams,
    reps,
    sources,
    flow: editedFlow,
  });
  const counts = useImpact(flow.id, checked, { enabled: countsShown, basis: countBasis });
  // A lit path shows while the simulator (or the backtest) is open; counts while switched on.
  const path = tab === 'try' ? simulatedPath : tab === 'backtest' ? backtestPath : null;
  const fromSamples = countBasis.kind === 'template';
  const shownView = useMemo(
    () => ({ ...view, path, impact: counts.impact, impactFromSamples: fromSamples }),
    [view, path, counts.impact, fromSamples],
  );
  const repNames = useMemo(() => Object.fromEntries(reps.map((r) => [r.id, r.name])), [reps]);
  const edgeIssues = useMemo(
    () => new Set(issues.flatMap((i) => (i.edgeId ? [i.edgeId] : []))),
    [issues],
  );

  const selected = graph.nodes.filter((n) => n.selected);
  const single = selected.length === 1 ? selected[0] : undefined;
  // Choosing one step (a click, Enter on a focused step) opens its settings, whatever tab was
  // open (issue 20: after a reload a click left the panel on Problems).
  const singleId = single?.id;
  useEffect(() => {
    if (singleId) setTab('inspect');
  }, [singleId]);
  // The condition editor's code follows once the canvas is up, before anyone opens a step.
  useEffect(() => {
    const timer = window.setTimeout(() => void preloadConditionEditor(), 500);
    return () => window.clearTimeout(timer);
  }, []);
  const [paletteShown, setPaletteShown] = useState(true);
  const [panelShown, setPanelShown] = useState(true);
  const errors = issues.filter((i) => i.severity === 'error').length;

  const centreOfView = () => {
    const box = window.document.querySelector('.react-flow')?.getBoundingClientRect();
    const point = box
      ? { x: box.left + box.width / 2, y: box.top + box.height / 2 }
      : { x: 400, y: 300 };
    return reactFlow.screenToFlowPosition(point);
  };
  const addNode = (kind: NodeKind, position?: { x: number; y: number }) => {
    const at = position ?? centreOfView();
    editor.edit((g) => addStep(g, kind, at));
    setTab('inspect');
  };
  const connect = (c: Connection) => {
    setRefusal(null);
    editor.edit((g) => connectSteps(g, c));
  };
  const selectNode = (id: string) => {
    editor.select(new Set([id]));
    setTab('inspect');
    reactFlow.fitView({ nodes: [{ id }], duration: 300, maxZoom: 1, padding: 0.6 });
  };
  const tidy = async () => {
    try {
      const positions = await autoLayout(graph.nodes, graph.edges);
      editor.edit((g) => moveSteps(g, positions));
      window.requestAnimationFrame(() => reactFlow.fitView(fitOptions));
    } catch (error) {
      notifyError(error, 'Could not tidy up the layout');
    }
  };
  const copy = () => {
    clipboard.current = copySelection(graph.nodes, graph.edges) ?? clipboard.current;
  };
  const paste = () => {
    const clipping = clipboard.current;
    if (!clipping) return;
    editor.edit((g) => {
      const pasted = pasteClipping(clipping, g);
      return {
        ...g,
        nodes: [...g.nodes.map((n) => ({ ...n, selected: false })), ...pasted.nodes],
        edges: [...g.edges, ...pasted.edges],
      };
    });
  };

  useHotkeys([
    ['mod+Z', editor.undo],
    ['mod+shift+Z', editor.redo],
    ['mod+Y', editor.redo],
    ['mod+C', copy],
    ['mod+V', paste],
    ['mod+A', () => editor.select(new Set(graph.nodes.map((n) => n.id)))],
    ['shift+L', tidy],
    ['shift+F', () => reactFlow.fitView(fitOptions)],
  ]);

  return (
    <EditorViewContext.Provider value={shownView}>
      <EditorToolbar
        flowId={flow.id}
        name={flow.name}
        save={save}
        live={
          <LiveDifference
            flowId={flow.id}
            liveVersionId={flow.liveVersionId}
            document={document}
            teamMap={graph.teamMap}
          />
        }
        errors={errors}
        publishable={isPublishable(issues) && save.status === 'saved'}
        canUndo={editor.canUndo}
        canRedo={editor.canRedo}
        onUndo={editor.undo}
        onRedo={editor.redo}
        onTidy={tidy}
        onPublish={() => setPublishing(true)}
      />
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
        {paletteShown ? (
          <ScrollArea w={190} style={{ borderRight: '1px solid var(--mantine-color-gray-3)' }}>
            <Palette onAdd={(kind) => addNode(kind)} />
          </ScrollArea>
        ) : null}
        <div className="canvas-column">
          <div className="canvas-header">
            <PanelToggle
              side="left"
              shown={paletteShown}
              onToggle={() => setPaletteShown((shown) => !shown)}
            />
            <ImpactBar
              shown={countsShown}
              onShownChange={setCountsShown}
              basis={countBasis}
              onBasisChange={setCountBasis}
              loading={counts.loading}
              impact={counts.impact}
              recentTotal={counts.recentTotal}
              counted={counts.counted}
              live={counts.live}
            />
            <PanelToggle
              side="right"
              shown={panelShown}
              onToggle={() => setPanelShown((shown) => !shown)}
            />
          </div>
          <div className="canvas-wrap">
            <FlowCanvas
              editor={editor}
              onAddNode={addNode}
              onConnect={connect}
              onRefused={setRefusal}
              edgeIssues={edgeIssues}
            />
          </div>
        </div>
        <ScrollArea
          w={340}
          display={panelShown ? undefined : 'none'}
          style={{ borderLeft: '1px solid var(--mantine-color-gray-3)' }}
        >
          {/* Narrow tab padding: four tabs share the 340 px panel on one line. */}
          <Tabs
            value={tab}
            onChange={setTab}
            p="xs"
            // One row at 1280 px, even with a two-digit problem count beside "Problems".
            styles={{
              list: { flexWrap: 'nowrap', justifyContent: 'space-between' },
              tab: { paddingInline: 6 },
            }}
          >
            <Tabs.List>
              <Tabs.Tab value="inspect">Step</Tabs.Tab>
              <Tabs.Tab value="try">Try a lead</Tabs.Tab>
              <Tabs.Tab value="backtest">Backtest</Tabs.Tab>
              <Tabs.Tab
                value="problems"
                rightSection={
                  issues.length > 0 ? (
                    // A circle fits one digit only: "10" read "1." (issue 20).
                    <Badge size="xs" color={errors ? 'red' : 'yellow'} circle={issues.length < 10}>
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
                    editor.edit((g) => changeStep(g, single.id, change, teamOptions))
                  }
                  onDelete={() => editor.edit(removeSelected)}
                  routes={outputRoutes(graph, single.id)}
                  onRoute={(output, target) =>
                    editor.edit((g) => routeOutput(g, { source: single.id, output, target }))
                  }
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {selected.length > 1
                    ? `${selected.length} steps selected. Delete removes them; Ctrl+C copies them.`
                    : 'Select a step to change it, or drag one in from the left.'}
                </Text>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="try" pt="sm">
              <SimulatorPanel
                flowId={flow.id}
                document={checked}
                teamMap={graph.teamMap}
                catalogue={choices.catalogue}
                steps={docs}
                repNames={repNames}
                onPath={setSimulatedPath}
              />
            </Tabs.Panel>
            <Tabs.Panel value="backtest" pt="sm">
              <BacktestPanel
                flowId={flow.id}
                document={checked}
                teamMap={graph.teamMap}
                onPath={setBacktestPath}
              />
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
