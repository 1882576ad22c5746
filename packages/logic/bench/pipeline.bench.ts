import { bench, describe } from 'vitest';
import { pipelineImplementations, runPipeline } from './implementations';
import { generateLeads } from './lead-pipeline';

// One iteration decides all 100,000 leads, so leads per second = hz x 100,000: vitest prints hz,
// the README table lists leads/s.
const leadCount = 100_000;
const leads = generateLeads(leadCount, 2025);
// Each run's tally is kept, so no engine can drop the work as unused.
const tallies: number[] = [];

describe(`lead pipeline (qualify + score + route), ${leadCount.toLocaleString('en')} leads per iteration`, () => {
  for (const [name, decide] of Object.entries(pipelineImplementations())) {
    bench(
      name,
      () => {
        tallies[0] = runPipeline(decide, leads);
      },
      { time: 2_000, iterations: 5, warmupIterations: 2 },
    );
  }
});
