import { summarizeLeads } from '@switchyard/reporting';
import { describe, expect, it } from 'vitest';
import {
  armRows,
  type Experiment,
  type ReportedExperiment,
  reportedFor,
  reportStart,
  verdictSentence,
} from './experiment-rows';

const experiment: Experiment = {
  id: 'exp_1',
  flowId: 'flow_1',
  name: 'Version 1 vs Version 2',
  status: 'promoted',
  startedAt: '2026-11-01T10:00:00.000Z',
  stoppedAt: '2026-11-10T10:00:00.000Z',
  promotedVersionId: 'v2',
  createdBy: 'Owner',
  arms: [
    { key: 'a', versionId: 'v1', version: 1, weight: 50, leads: 40, converted: 4 },
    { key: 'b', versionId: 'v2', version: 2, weight: 50, leads: 0, converted: 0 },
  ],
};

describe('armRows', () => {
  it('words each arm from experiment.list, with a Wilson interval when there are leads', () => {
    const [a, b] = armRows(experiment);
    expect(a).toMatchObject({
      arm: 'Arm A',
      version: 'Version 1',
      share: '50%',
      leads: 40,
      converted: 4,
      conversion: '10.0%',
      promoted: false,
    });
    expect(a?.interval).toMatch(/^\d+\.\d% – \d+\.\d%$/);
    expect(b).toMatchObject({ conversion: '—', interval: '—', promoted: true });
  });

  it('prefers the report’s summary of the arm', () => {
    const summary = { ...summarizeLeads([]), leads: 10, converted: 5 };
    const reported = {
      arms: [{ key: 'b', summary: { ...summary, conversion: { rate: 0.5, low: 0.2, high: 0.8 } } }],
      comparison: null,
    } as unknown as ReportedExperiment;
    const b = armRows(experiment, reported)[1];
    expect(b).toMatchObject({
      leads: 10,
      converted: 5,
      conversion: '50.0%',
      interval: '20.0% – 80.0%',
    });
  });
});

describe('verdictSentence', () => {
  it('takes the report’s verdict', () => {
    const reported = {
      arms: [],
      comparison: { verdict: { sentence: 'Not enough data yet.' } },
    } as unknown as ReportedExperiment;
    expect(verdictSentence(experiment, reported)).toBe('Not enough data yet.');
  });

  it('says a running experiment without leads is waiting for them', () => {
    const waiting = {
      ...experiment,
      status: 'running' as const,
      arms: experiment.arms.map((arm) => ({ ...arm, leads: 0, converted: 0 })),
    };
    expect(verdictSentence(waiting)).toMatch(/^No leads yet/);
  });
});

describe('reportStart', () => {
  const now = new Date('2026-11-23T00:00:00.000Z');

  it('starts at the oldest experiment', () => {
    const newer = { ...experiment, id: 'exp_2', startedAt: '2026-11-15T00:00:00.000Z' };
    expect(reportStart([newer, experiment], now)).toBe('2026-11-01T10:00:00.000Z');
  });

  it('reaches no further back than a report can', () => {
    const old = { ...experiment, startedAt: '2024-01-01T00:00:00.000Z' };
    expect(reportStart([old], now)).toBe('2025-10-20T00:00:00.000Z');
  });

  it('needs no report without experiments', () => {
    expect(reportStart([], now)).toBeNull();
  });
});

describe('reportedFor', () => {
  const reported = [{ id: 'exp_1' }] as unknown as Parameters<typeof reportedFor>[2];

  it('takes the report of an experiment the report covers from its start', () => {
    expect(reportedFor(experiment, '2026-11-01T10:00:00.000Z', reported)).toBe(reported?.[0]);
  });

  it('keeps the list counts of an experiment older than the report, or without a report', () => {
    expect(reportedFor(experiment, '2026-11-02T00:00:00.000Z', reported)).toBeUndefined();
    expect(reportedFor(experiment, null, reported)).toBeUndefined();
  });
});
