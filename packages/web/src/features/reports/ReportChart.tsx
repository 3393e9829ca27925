import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
  type ChartType,
  type Plugin,
} from 'chart.js';
import { createEffect, onCleanup } from 'solid-js';

// Registering only the parts in use keeps the rest of Chart.js out of the bundle.
Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

/** Colors that stay apart for readers with red-green color blindness (Okabe and Ito's palette). */
export const CHART_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];
export const PREVIOUS_COLOR = '#9aa3af';

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Writes the labels and values Chart.js drew onto the canvas as
 * data-chart-values, so a browser test can compare them with the table
 * without reaching into the bundle.
 */
const drawnDataPlugin: Plugin = {
  id: 'drawnDataAttribute',
  afterUpdate: (drawn) => {
    const values = { labels: drawn.data.labels, datasets: drawn.data.datasets.map((dataset) => ({ label: dataset.label, data: dataset.data })) };
    drawn.canvas.dataset.chartValues = JSON.stringify(values);
  },
};

type ReportChartProps<TType extends ChartType> = {
  type: TType;
  data: ChartData<TType>;
  options?: ChartOptions<TType>;
  /** The chart's accessible name; the table next to it carries the same numbers. */
  label: string;
  testId: string;
  /** Height of the drawing area in rem; the width follows the container. */
  height?: number;
};

/**
 * Draws one Chart.js chart that follows `data`. The canvas fills its
 * container's width, so the chart shrinks with the page on narrow screens,
 * and the chart is destroyed with the component.
 */
export function ReportChart<TType extends ChartType>(props: ReportChartProps<TType>) {
  let canvas: HTMLCanvasElement | undefined;
  let chart: Chart<TType> | undefined;

  const fullOptions = () =>
    ({
      animation: prefersReducedMotion() ? false : { duration: 250 },
      responsive: true,
      maintainAspectRatio: false,
      // Keeps bars narrow when there are few of them, such as two departments.
      ...(props.type === 'bar' ? { datasets: { bar: { maxBarThickness: 56 } } } : {}),
      ...props.options,
    }) as ChartOptions<TType>;

  // The first run creates the chart once the canvas is in place. Later runs
  // give it new data and options, and Chart.js animates from the old ones.
  createEffect(() => {
    const data = props.data;
    const options = fullOptions();
    if (canvas === undefined) return;
    if (chart === undefined) {
      chart = new Chart(canvas, { type: props.type, data, options, plugins: [drawnDataPlugin as Plugin<TType>] });
      return;
    }
    chart.data = data;
    chart.options = options;
    chart.update();
  });

  onCleanup(() => chart?.destroy());

  return (
    <div class="report-chart" style={{ height: `${props.height ?? 16}rem` }}>
      <canvas ref={canvas} role="img" aria-label={props.label} data-testid={props.testId} data-chart-type={props.type} />
    </div>
  );
}
