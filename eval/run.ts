/**
 * `npm run eval` — scores each capability on the dev sets in `../shared/data` and prints one
 * table (task, set, metric, value). A missing set prints "skipped: not found".
 * `npm run eval -- NAME…` runs only the named tasks; `--json` prints JSON rows.
 *
 * @module
 */
import { TASKS } from './tasks/index.js';
import type { EvalRow } from './lib.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
const unknown = only.filter((name) => !TASKS.some((t) => t.name === name));
if (unknown.length > 0) {
  console.error(`eval: unknown task ${unknown.join(', ')}; tasks: ${TASKS.map((t) => t.name).join(', ')}`);
  process.exit(2);
}

const table: (EvalRow & { task: string })[] = [];
for (const task of TASKS) {
  if (only.length > 0 && !only.includes(task.name)) continue;
  const started = performance.now();
  for (const row of await task.run()) table.push({ task: task.name, ...row });
  if (!json) console.error(`eval: ${task.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (json) {
  console.log(JSON.stringify(table, null, 2));
} else {
  const head = { task: 'task', set: 'set', metric: 'metric', value: 'value' };
  const rows = [head, ...table];
  const w = (k: keyof typeof head) => Math.max(...rows.map((r) => r[k].length));
  const widths = { task: w('task'), set: w('set'), metric: w('metric') };
  const line = (r: typeof head) =>
    `${r.task.padEnd(widths.task)}  ${r.set.padEnd(widths.set)}  ${r.metric.padEnd(widths.metric)}  ${r.value}`;
  console.log(line(head));
  console.log('-'.repeat(widths.task + widths.set + widths.metric + 16));
  for (const r of table) console.log(line(r));
}
