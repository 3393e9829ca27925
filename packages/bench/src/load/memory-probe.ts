/**
 * Preloaded (`--import`) into the fan-out scenario's server processes, which
 * run with --expose-gc: on SIGUSR2 it runs a full garbage collection and
 * prints `{"memoryProbe":{rss,heapUsed,external}}` (bytes) on stdout, so the
 * benchmark compares live memory rather than garbage not yet collected.
 */

process.on('SIGUSR2', () => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('memory-probe.ts needs node --expose-gc');
  collect();
  collect();
  const { rss, heapUsed, external } = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ memoryProbe: { rss, heapUsed, external } })}\n`);
});
