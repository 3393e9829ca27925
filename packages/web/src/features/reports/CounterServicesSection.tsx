import type { ChartData } from 'chart.js';
import { For } from 'solid-js';
import type { ReportQuery } from '../../lib/graphql';
import { formatCents } from '../payments/money';
import { formatCount } from './format';
import { CHART_COLORS, ReportChart } from './ReportChart';
import { bucketLabel } from './range';
import { ChangeCell, TableWrap } from './ReportTables';

type Report = ReportQuery['report'];

/**
 * Renders the counter services part of the report: per service, the contacts under its topic and the
 * payments collected for it net of reversals, each beside the previous
 * period. The chart stacks each bucket's payments in dollars by service.
 */
export function CounterServicesSection(props: { report: Report }) {
  const services = () => props.report.current.counterServices;
  const previousOf = (service: string) => props.report.previous.counterServices.find((entry) => entry.service === service);
  const data = (): ChartData<'bar'> => ({
    labels: (services()[0]?.paymentsSeries ?? []).map((entry) => bucketLabel(entry.bucket, props.report.bucket)),
    datasets: services().map((service, index) => ({
      label: service.label,
      data: service.paymentsSeries.map((entry) => entry.cents / 100),
      backgroundColor: CHART_COLORS[index % CHART_COLORS.length],
    })),
  });

  return (
    <section class="report-section" aria-labelledby="counter-services-heading" data-testid="section-counter-services">
      <h2 id="counter-services-heading">Counter services</h2>
      <p class="report-intro">Contacts under each counter service's topic, and the payments collected for it net of reversals, by the payments' business day.</p>
      <div class="report-grid">
        <figure class="report-figure">
          <ReportChart
            type="bar"
            data={data()}
            label="Stacked bar chart of the dollars collected per bucket, one color per counter service"
            testId="chart-counter-services"
            options={{ scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, grace: '10%' } } }}
          />
          <figcaption>Payments collected per bucket and counter service, in dollars, net of reversals</figcaption>
        </figure>
        <TableWrap label="Counter services">
          <table class="report-table" data-testid="table-counter-services">
            <caption>Contacts and payments per counter service</caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Contacts</th>
                <th scope="col">Previous</th>
                <th scope="col">Change</th>
                <th scope="col">Payments</th>
                <th scope="col">Previous</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              <For each={services()}>
                {(entry) => {
                  const previous = () => previousOf(entry.service);
                  return (
                    <tr data-testid="counter-service-row" data-service={entry.service}>
                      <th scope="row">{entry.label}</th>
                      <td data-testid="counter-contacts">{formatCount(entry.contacts.total)}</td>
                      <td>{formatCount(previous()?.contacts.total ?? 0)}</td>
                      <ChangeCell current={entry.contacts.total} previous={previous()?.contacts.total ?? 0} kind="percent" />
                      <td data-testid="counter-payments">{formatCents(entry.paymentsTotalCents)}</td>
                      <td>{formatCents(previous()?.paymentsTotalCents ?? 0)}</td>
                      <ChangeCell current={entry.paymentsTotalCents} previous={previous()?.paymentsTotalCents ?? 0} kind="percent" />
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </TableWrap>
      </div>
    </section>
  );
}
