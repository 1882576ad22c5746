import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** CPU seconds (user + system) and resident memory of a process, from Linux's /proc. */
export function processUsage(pid: number): { cpuSeconds: number; rssMiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ on Linux
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  const rssMiB = (Number(fields[21]) * 4096) / 1024 / 1024;
  return { cpuSeconds, rssMiB };
}

/** Runs autocannon; `percentile(p)` is the exact latency percentile over every response. */
export function run(
  options: autocannon.Options,
): Promise<autocannon.Result & { percentile(p: number): number }> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      const percentile = (p: number) =>
        times.length === 0
          ? 0
          : Math.round(
              (times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0) * 10,
            ) / 10;
      resolve(Object.assign(result, { percentile }));
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** The machine's CPU time so far (all cores, in ticks) and how much of it the hypervisor stole. */
function machineTicks(): { total: number; steal: number } {
  // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  return { total: fields.reduce((sum, ticks) => sum + ticks, 0), steal: fields[7] ?? 0 };
}

/**
 * Runs autocannon and reports the runtime's CPU use (% of one core) and memory meanwhile, and
 * the share of the machine's CPU time the hypervisor gave to other guests (`stealPercent`): on
 * a shared VM a run with a few % of steal measures the neighbours, not the code.
 */
export async function measured(pid: number, options: autocannon.Options) {
  const before = processUsage(pid);
  const machineBefore = machineTicks();
  const result = await run(options);
  const after = processUsage(pid);
  const machineAfter = machineTicks();
  const machineTotal = machineAfter.total - machineBefore.total;
  return {
    result,
    cpuPercent: Math.round((100 * (after.cpuSeconds - before.cpuSeconds)) / result.duration),
    rssMiB: Math.round(after.rssMiB),
    stealPercent:
      machineTotal > 0
        ? Math.round((1000 * (machineAfter.steal - machineBefore.steal)) / machineTotal) / 10
        : 0,
  };
}

/** Prints rows as fixed-width columns, the first one wider. */
export function printTable(rows: ReadonlyArray<ReadonlyArray<unknown>>): void {
  for (const row of rows)
    console.log(row.map((cell, i) => String(cell).padEnd(i === 0 ? 44 : 14)).join(''));
}
