import { describe, expect, it } from 'vitest';
import {
  type ImportSource,
  importRequest,
  readTemplateFile,
  suggestRepMap,
  suggestTeamMap,
} from './import-mapping';

const teams = [
  { id: 'team_ent', name: 'Enterprise AEs' },
  { id: 'team_smb', name: 'Small-business reps' },
];

const source: ImportSource = {
  document: { format: 'switchyard.flow/1', name: 'Territory' },
  summary: {
    name: 'Territory',
    teams: [
      { key: 'enterprise', label: 'Enterprise AEs' },
      { key: 'smb', label: 'SMB' },
    ],
    repPlaceholders: ['rep_dach', 'rep_fr'],
  },
};

describe('suggestTeamMap', () => {
  it('maps a placeholder to the team its label or key names, ignoring case', () => {
    const placeholders = [...source.summary.teams, { key: 'small-business reps', label: 'x' }];
    expect(suggestTeamMap(placeholders, teams)).toEqual({
      enterprise: 'team_ent',
      smb: null,
      'small-business reps': 'team_smb',
    });
  });
});

describe('suggestRepMap', () => {
  it('keeps a placeholder that is a rep of the organisation already', () => {
    expect(suggestRepMap(['rep_dach', 'rep_fr'], [{ id: 'rep_dach', name: 'Lena' }])).toEqual({
      rep_dach: 'rep_dach',
      rep_fr: null,
    });
  });
});

describe('importRequest', () => {
  it('sends the mapped teams and only the reps that were chosen', () => {
    const request = importRequest(source, {
      name: '  Our territory ',
      teams: { enterprise: 'team_ent', smb: 'team_smb' },
      reps: { rep_dach: 'rep_lena', rep_fr: null },
    });
    expect(request).toEqual({
      ok: true,
      value: {
        document: source.document,
        name: 'Our territory',
        teamMap: { enterprise: 'team_ent', smb: 'team_smb' },
        repMap: { rep_dach: 'rep_lena' },
      },
    });
  });

  it('leaves the rep map out when no rep was chosen', () => {
    const request = importRequest(source, {
      name: 'T',
      teams: { enterprise: 'team_ent', smb: 'team_smb' },
      reps: {},
    });
    expect(request.ok && 'repMap' in request.value).toBe(false);
  });

  it('names the first team placeholder still without a team', () => {
    expect(
      importRequest(source, { name: 'T', teams: { enterprise: 'team_ent', smb: null }, reps: {} }),
    ).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Choose one of your teams for "SMB".' },
    });
  });

  it('asks for a name', () => {
    const request = importRequest(source, { name: ' ', teams: {}, reps: {} });
    expect(request).toMatchObject({ ok: false, error: { message: 'Give the new flow a name.' } });
  });
});

describe('readTemplateFile', () => {
  const flow = {
    format: 'switchyard.flow/1',
    name: 'Uploaded',
    teams: [{ key: 'sales', label: 'Sales' }],
    nodes: [{ id: 'start', kind: 'capture', position: { x: 0, y: 0 }, config: {} }],
    edges: [],
  };

  it('reads a flow file into a template to map', () => {
    const read = readTemplateFile(JSON.stringify(flow));
    expect(read).toMatchObject({
      ok: true,
      value: { document: flow, summary: { name: 'Uploaded', teams: [{ key: 'sales' }] } },
    });
  });

  it('says in words when the file is not JSON', () => {
    const read = readTemplateFile('{ "format": ');
    expect(read).toMatchObject({ ok: false, error: { code: 'invalid_flow' } });
    expect(read.ok ? '' : read.error.message).toMatch(/^This file is not valid JSON/);
  });

  it('says in words when the JSON is not a flow', () => {
    const read = readTemplateFile(JSON.stringify({ format: 'other/2', nodes: [] }));
    expect(read.ok ? '' : read.error.message).toMatch(/not a switchyard\.flow\/1 document/);
  });
});
