/**
 * Loaded with `node --import` into a benchmarked CLI run: on exit, writes the process's peak RSS (KB; worker
 * threads included, they share the process) to the file named by EVENTLINE_BENCH_RSS.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.EVENTLINE_BENCH_RSS;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
