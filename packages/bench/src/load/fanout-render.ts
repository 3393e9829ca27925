import type { FanoutResult } from './fanout.js';
import { formatMs, perSecond } from './render.js';

/** Returns the table of delivery rates, latency and memory for each client count. */
export function renderFanoutDetails(results: FanoutResult[]): string[] {
  const lines = [
    '### Figures',
    '',
    '| clients | connect and subscribe (s) | message (bytes) | server deliveries | bare ws deliveries | ratio by round | latency p50 / p99 / max (ms) | live KiB per client: server / bare ws | resident KiB per client: server / bare ws |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    lines.push(
      `| ${result.clients.toLocaleString('en-US')} | ${result.connectSeconds.toFixed(1)} | ${result.messageBytes.toLocaleString('en-US')} | ${perSecond(result.server.perSecond)} in ${result.server.seconds.toFixed(2)} s | ${perSecond(result.raw.perSecond)} in ${result.raw.seconds.toFixed(2)} s | ${result.roundRatios.map((ratio) => ratio.toFixed(2)).join(', ')} | ${formatMs(result.latency.p50)} / ${formatMs(result.latency.p99)} / ${formatMs(result.latency.max)} | ${(result.serverBytesPerClient / 1024).toFixed(1)} / ${(result.rawBytesPerClient / 1024).toFixed(1)} | ${(result.serverRssPerClient / 1024).toFixed(1)} / ${(result.rawRssPerClient / 1024).toFixed(1)} |`,
    );
  }
  return lines;
}
