import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { createEffect, For, onCleanup, onMount, Show } from 'solid-js';
import type { RotaFairnessFieldsFragment } from '../../lib/graphql';

// Registering only the parts in use keeps the rest of Chart.js out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

type Fairness = RotaFairnessFieldsFragment;

function formatHours(hours: number): string {
  return hours.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Renders on-call hours per member as a bar chart, with the same figures in a table beside it. */
export function MemberHoursChart(props: { fairness: Fairness }) {
  let canvas: HTMLCanvasElement | undefined;
  let chart: Chart<'bar'> | undefined;

  const labels = () => props.fairness.perMember.map((entry) => entry.member.displayName);
  const onCall = () => props.fairness.perMember.map((entry) => entry.onCallHours);
  const available = () => props.fairness.perMember.map((entry) => entry.availableHours);

  /**
   * Returns the y axis options. The axis reaches past the tallest bar with a
   * tenth of headroom, so no bar touches the top of the plot under the legend.
   */
  const yAxis = () => {
    const tallest = Math.max(0, ...onCall(), ...available());
    return {
      beginAtZero: true,
      grace: '10%',
      suggestedMax: tallest === 0 ? 1 : tallest * 1.1,
      title: { display: true, text: 'Hours' },
    };
  };

  onMount(() => {
    if (canvas === undefined) return;
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels(),
        datasets: [
          { label: 'On-call hours', data: onCall(), backgroundColor: '#175ddc' },
          { label: 'Available hours', data: available(), backgroundColor: '#b8c0cc' },
        ],
      },
      options: {
        animation: prefersReducedMotion() ? false : { duration: 300 },
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: yAxis() },
      },
      plugins: [
        {
          id: 'axisMaxAttribute',
          // Shows the drawn axis maximum on the canvas, so a browser test can check the headroom above the tallest bar.
          afterLayout: (drawn) => {
            drawn.canvas.dataset.axisMax = String(drawn.scales.y?.max ?? '');
          },
        },
      ],
    });
  });

  createEffect(() => {
    const nextLabels = labels();
    const nextOnCall = onCall();
    const nextAvailable = available();
    if (chart === undefined) return;
    chart.data.labels = nextLabels;
    chart.data.datasets[0]!.data = nextOnCall;
    chart.data.datasets[1]!.data = nextAvailable;
    chart.options.scales = { ...chart.options.scales, y: yAxis() };
    chart.update();
  });

  onCleanup(() => chart?.destroy());

  return (
    <div class="fairness-figure">
      <div class="fairness-chart">
        <canvas
          ref={canvas}
          role="img"
          aria-label="On-call hours per member, as in the table beside the chart"
          data-testid="fairness-chart"
        />
      </div>
      <table class="fairness-table" data-testid="fairness-table">
        <caption>Hours per member</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">On call</th>
            <th scope="col">Available</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.fairness.perMember}>
            {(entry) => (
              <tr data-testid="fairness-row" data-member={entry.member.displayName}>
                <th scope="row">{entry.member.displayName}</th>
                <td>{formatHours(entry.onCallHours)} h</td>
                <td>{formatHours(entry.availableHours)} h</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/**
 * Renders shared on-call hours per pair as a matrix whose cells are shaded
 * by value and also show the number, so the shade is never the only cue.
 */
export function PairHoursTable(props: { fairness: Fairness }) {
  const names = () => {
    const seen = new Map<string, string>();
    for (const pair of props.fairness.perPair) {
      seen.set(pair.a.id, pair.a.displayName);
      seen.set(pair.b.id, pair.b.displayName);
    }
    return [...seen.entries()].map(([id, displayName]) => ({ id, displayName })).sort((left, right) => left.displayName.localeCompare(right.displayName));
  };
  const sharedHours = () => {
    const byPair = new Map<string, number>();
    for (const pair of props.fairness.perPair) {
      byPair.set(`${pair.a.id}|${pair.b.id}`, pair.sharedHours);
      byPair.set(`${pair.b.id}|${pair.a.id}`, pair.sharedHours);
    }
    return byPair;
  };
  const maxHours = () => Math.max(0, ...props.fairness.perPair.map((pair) => pair.sharedHours));
  const shade = (hours: number) => {
    const strength = maxHours() === 0 ? 0 : hours / maxHours();
    return `rgb(23 93 220 / ${Math.round(8 + strength * 52)}%)`;
  };

  return (
    <Show when={props.fairness.perPair.length > 0} fallback={<p class="rota-muted">No pairs of agents in this range.</p>}>
      <table class="pair-table" data-testid="pair-table">
        <caption>Shared on-call hours per pair</caption>
        <thead>
          <tr>
            <td />
            <For each={names()}>{(member) => <th scope="col">{member.displayName}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={names()}>
            {(rowMember) => (
              <tr>
                <th scope="row">{rowMember.displayName}</th>
                <For each={names()}>
                  {(columnMember) => {
                    const hours = () => sharedHours().get(`${rowMember.id}|${columnMember.id}`);
                    return (
                      <Show when={rowMember.id !== columnMember.id} fallback={<td class="pair-self" aria-label="same person">–</td>}>
                        <td class="pair-cell" style={{ background: shade(hours() ?? 0) }}>
                          {hours() === undefined ? '–' : `${formatHours(hours()!)} h`}
                        </td>
                      </Show>
                    );
                  }}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
