import { describe, expect, it } from 'vitest';
import { openApi, rejectionOf, roundRobinTemplate } from '../../test/api-fixture';

const territory = {
  format: 'switchyard.flow/1',
  name: 'Territory',
  teams: [{ key: 'field', label: 'Field reps' }],
  nodes: [
    { id: 'start', kind: 'capture', label: 'Forms', position: { x: 0, y: 0 }, config: {} },
    {
      id: 'route',
      kind: 'assign',
      label: 'By country',
      position: { x: 200, y: 0 },
      config: {
        team: 'field',
        strategy: { type: 'territory', rules: [{ country: 'DE', repId: 'rep_dach' }] },
        fallback: { rep: 'rep_dach' },
      },
    },
  ],
  edges: [{ id: 'e1', source: 'start', target: 'route' }],
};

describe('templateRouter', () => {
  it('imports a template with its team placeholder mapped to a team of the organisation', async () => {
    const { a } = await openApi();
    const team = await a.team.create({ name: 'Inside sales' });
    const imported = await a.template.import({
      document: roundRobinTemplate,
      teamMap: { sales: team.id },
    });
    expect(imported).toMatchObject({ name: 'Round robin', issues: [] });
    const flow = await a.flow.byId({ id: imported.id });
    expect(flow.teamMap).toEqual({ sales: team.id });
    expect(flow.draft).toEqual(roundRobinTemplate);
  });

  it('refuses a template whose team placeholder is left unmapped', async () => {
    const { a } = await openApi();
    const refused = await rejectionOf(
      a.template.import({ document: roundRobinTemplate, teamMap: {} }),
    );
    expect(refused).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'invalid_input',
      message: 'Choose one of your teams for "Sales reps".',
    });
    expect(await a.flow.list()).toEqual([]);
  });

  it('refuses a placeholder mapped to a team of another organisation, or an invented one', async () => {
    const { a, b } = await openApi();
    const theirs = await b.team.create({ name: 'Theirs' });
    const foreign = await rejectionOf(
      a.template.import({ document: roundRobinTemplate, teamMap: { sales: theirs.id } }),
    );
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', appCode: 'team_not_found' });
    const ours = await a.team.create({ name: 'Ours' });
    const invented = await rejectionOf(
      a.template.import({
        document: roundRobinTemplate,
        teamMap: { sales: ours.id, marketing: ours.id },
      }),
    );
    expect(invented.message).toBe('This template has no team "marketing".');
  });

  it('refuses a document that is not a flow', async () => {
    const { a } = await openApi();
    const refused = await rejectionOf(
      a.template.import({ document: { format: 'other/1', nodes: [] }, teamMap: {} }),
    );
    expect(refused).toMatchObject({ code: 'UNPROCESSABLE_CONTENT', appCode: 'invalid_flow' });
    expect(refused.issues).toContainEqual(expect.objectContaining({ code: 'unsupported_format' }));
  });

  it('replaces placeholder rep ids with real reps, and reports those it cannot', async () => {
    const { a } = await openApi();
    const team = await a.team.create({ name: 'Field' });
    const kim = await a.rep.create({ name: 'Kim', email: 'kim@acme.example' });
    const mapped = await a.template.import({
      document: territory,
      teamMap: { field: team.id },
      repMap: { rep_dach: kim.id },
    });
    expect(mapped.issues).toEqual([]);
    const draft = (await a.flow.byId({ id: mapped.id })).draft as typeof territory;
    expect(draft.nodes[1]?.config.fallback).toEqual({ rep: kim.id });
    const unmapped = await a.template.import({ document: territory, teamMap: { field: team.id } });
    expect(unmapped.issues.map((issue) => issue.path)).toEqual([
      ['nodes', 1, 'config', 'strategy', 'rules', 0, 'repId'],
      ['nodes', 1, 'config', 'fallback', 'rep'],
    ]);
  });

  it('exports the document with its placeholders and without source ids', async () => {
    const { a } = await openApi();
    const team = await a.team.create({ name: 'Sales' });
    const { id } = await a.template.import({
      document: roundRobinTemplate,
      name: 'Our round robin',
      teamMap: { sales: team.id },
    });
    const source = await a.source.create({ name: 'Site', type: 'html_form', flowId: id });
    const draft = structuredClone(roundRobinTemplate) as { nodes: Array<{ config: object }> };
    draft.nodes[0] = { ...draft.nodes[0], config: { sources: [source.id] } };
    await a.flow.saveDraft({ id, draft, baseRevision: 1 });
    const exported = await a.template.export({ flowId: id });
    expect(exported.name).toBe('Our round robin');
    expect(exported.document.teams).toEqual([{ key: 'sales', label: 'Sales reps' }]);
    const text = JSON.stringify(exported);
    expect(text).not.toContain(team.id);
    expect(text).not.toContain(source.id);
    expect(text).not.toContain('org_a');
  });

  it('refuses to export a version of another flow', async () => {
    const { a } = await openApi();
    const one = await a.flow.create({ name: 'One' });
    const two = await a.flow.create({ name: 'Two' });
    const { versionId } = await a.flow.publish({ id: one.id, note: '' });
    const refused = await rejectionOf(a.template.export({ flowId: two.id, versionId }));
    expect(refused).toMatchObject({ code: 'NOT_FOUND', appCode: 'version_not_found' });
  });
});
