import type { ChartData } from 'chart.js';
import { For, Show } from 'solid-js';
import type { ReportBucket, ReportPeriodFieldsFragment, ReportQuery } from '../../lib/graphql';
import { formatCount, formatDecimal, formatDuration, formatPercent, formatRating, describeChange, changeSentence, type ChangeKind } from './format';
import { channelLabels } from '../inbox/labels';
import { bucketLabel } from './range';
import { CHART_COLORS, PREVIOUS_COLOR, ReportChart } from './ReportChart';
import { ChangeCell, ComparisonTable, KeyedTable, SeriesTable, TableWrap, type ComparisonRow } from './ReportTables';

export type Report = ReportQuery['report'];
type Period = ReportPeriodFieldsFragment;
type SectionProps = { report: Report };

const HOUR = 3600;

/** A count axis: whole numbers from zero, with a tenth of headroom so the tallest bar does not touch the legend. */
const COUNT_AXIS = { beginAtZero: true, grace: '10%', ticks: { precision: 0 } };

function labelsOf(report: Report, series: { bucket: string }[]): string[] {
  return series.map((entry) => bucketLabel(entry.bucket, report.bucket));
}

function toHours(seconds: number | null): number | null {
  return seconds === null ? null : Math.round((seconds / HOUR) * 100) / 100;
}

function row(id: string, label: string, pick: (period: Period) => number | null, format: (value: number | null) => string, change: ChangeKind, report: Report): ComparisonRow {
  return { id, label, current: pick(report.current), previous: pick(report.previous), format, change };
}

function Section(props: { id: string; title: string; intro?: string; children: import('solid-js').JSX.Element }) {
  return (
    <section class="report-section" aria-labelledby={`${props.id}-heading`} data-testid={`section-${props.id}`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      <Show when={props.intro}>
        <p class="report-intro">{props.intro}</p>
      </Show>
      {props.children}
    </section>
  );
}

function Figure(props: { caption: string; children: import('solid-js').JSX.Element }) {
  return (
    <figure class="report-figure">
      {props.children}
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}

// ---------------------------------------------------------------------------
// Headline cards

type Headline = { id: string; label: string; current: number | null; previous: number | null; format: (value: number | null) => string; change: ChangeKind };

export function HeadlineCards(props: SectionProps) {
  const cards = (): Headline[] => {
    const { current, previous } = props.report;
    return [
      { id: 'total-contacts', label: 'Total contacts', current: current.totalContacts.total, previous: previous.totalContacts.total, format: formatCount, change: 'percent' },
      { id: 'abandon-rate', label: 'Abandon rate', current: current.phone.abandonRate, previous: previous.phone.abandonRate, format: formatPercent, change: 'points' },
      { id: 'average-call', label: 'Average call length', current: current.phone.averageTalkSeconds, previous: previous.phone.averageTalkSeconds, format: formatDuration, change: 'percent' },
      { id: 'median-resolution', label: 'Median resolution time', current: current.resolutionTime.medianSeconds, previous: previous.resolutionTime.medianSeconds, format: formatDuration, change: 'percent' },
      { id: 'first-contact', label: 'First-contact resolution', current: current.firstContactResolution.share, previous: previous.firstContactResolution.share, format: formatPercent, change: 'points' },
      { id: 'satisfaction', label: 'Average satisfaction (of 4)', current: current.satisfaction.averageService, previous: previous.satisfaction.averageService, format: formatRating, change: 'difference' },
    ];
  };

  return (
    <ul class="report-headlines" aria-label="Headline figures">
      <For each={cards()}>
        {(card) => {
          const change = () => describeChange(card.current, card.previous, card.change);
          return (
            <li class="report-card" data-testid={`headline-${card.id}`}>
              <span class="report-card-label">{card.label}</span>
              <span class="report-card-value" data-testid="headline-value">
                {card.format(card.current)}
              </span>
              <span class={`report-change report-change-${change().direction}`} data-testid="headline-change">
                {change().text}
                <span class="visually-hidden">, {changeSentence(change())}</span>
              </span>
              <span class="report-card-previous">Previous: {card.format(card.previous)}</span>
            </li>
          );
        }}
      </For>
    </ul>
  );
}

// ---------------------------------------------------------------------------
// Contacts

export function ContactsSection(props: SectionProps) {
  const current = () => props.report.current.totalContacts;
  const previous = () => props.report.previous.totalContacts;
  const data = (): ChartData<'line'> => ({
    labels: labelsOf(props.report, current().series),
    datasets: [
      { label: 'This period', data: current().series.map((entry) => entry.count), borderColor: CHART_COLORS[0], backgroundColor: CHART_COLORS[0] },
      {
        label: 'Previous period',
        data: current().series.map((_, index) => previous().series[index]?.count ?? null),
        borderColor: PREVIOUS_COLOR,
        backgroundColor: PREVIOUS_COLOR,
        borderDash: [6, 4],
      },
    ],
  });
  const rows = () => current().series.map((entry, index) => ({ ...entry, previous: previous().series[index] }));

  return (
    <Section id="contacts" title="Contacts over time" intro="Inquiries created in the range, per period, with the previous period drawn dashed.">
      <div class="report-grid">
        <Figure caption="Total contacts per period">
          <ReportChart type="line" data={data()} label="Line chart of total contacts per period, this period and the previous one" testId="chart-total-contacts" options={{ scales: { y: COUNT_AXIS } }} />
        </Figure>
        <div>
          <ComparisonTable caption="Total contacts" testId="table-total-contacts" rows={[row('total', 'Total contacts', (period) => period.totalContacts.total, formatCount, 'percent', props.report)]} />
          <SeriesTable
            caption="Contacts per period"
            testId="series-total-contacts"
            entries={rows()}
            bucketLabel={(bucket) => bucketLabel(bucket, props.report.bucket)}
            columns={[
              { label: 'Contacts', value: (entry) => formatCount(entry.count) },
              { label: 'Previous period', value: (entry) => (entry.previous ? `${bucketLabel(entry.previous.bucket, props.report.bucket)}: ${formatCount(entry.previous.count)}` : '–') },
            ]}
          />
        </div>
      </div>
    </Section>
  );
}

/** Gives channel groups the names the inbox uses; the report keys them by the database value, such as walk_in. */
function withChannelLabels<T extends { key: string | null; label: string }>(groups: T[]): T[] {
  return groups.map((group) => {
    const label = group.key ? channelLabels[group.key.toUpperCase() as keyof typeof channelLabels] : undefined;
    return label ? { ...group, label } : group;
  });
}

export function ChannelSection(props: SectionProps) {
  const channels = () => withChannelLabels(props.report.current.contactsByChannel);
  const share = (): ChartData<'doughnut'> => ({
    labels: channels().map((group) => group.label),
    datasets: [{ label: 'Contacts', data: channels().map((group) => group.total), backgroundColor: channels().map((_, index) => CHART_COLORS[index % CHART_COLORS.length]!) }],
  });
  const stacked = (): ChartData<'bar'> => ({
    labels: labelsOf(props.report, props.report.current.totalContacts.series),
    datasets: channels().map((group, index) => ({
      label: group.label,
      data: group.series.map((entry) => entry.count),
      backgroundColor: CHART_COLORS[index % CHART_COLORS.length],
    })),
  });

  return (
    <Section id="channels" title="Contacts by channel">
      <div class="report-grid report-grid-three">
        <Figure caption="Share of contacts by channel">
          <ReportChart type="doughnut" data={share()} label="Doughnut chart of the share of contacts by channel" testId="chart-channel-share" height={14} />
        </Figure>
        <Figure caption="Contacts per period by channel">
          <ReportChart
            type="bar"
            data={stacked()}
            label="Stacked bar chart of contacts per period by channel"
            testId="chart-channel-series"
            options={{ scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }}
          />
        </Figure>
        <KeyedTable caption="Contacts by channel" heading="Channel" current={channels()} previous={withChannelLabels(props.report.previous.contactsByChannel)} testId="table-channels" />
      </div>
    </Section>
  );
}

export function ReasonsSection(props: SectionProps) {
  const reasons = () => props.report.current.topReasons.slice(0, 10);
  const data = (): ChartData<'bar'> => ({
    labels: reasons().map((group) => group.label),
    datasets: [{ label: 'Contacts', data: reasons().map((group) => group.total), backgroundColor: CHART_COLORS[0] }],
  });

  return (
    <Section id="reasons" title="Top ten reasons" intro="The topics with the most contacts; contacts without a topic are left out.">
      <div class="report-grid">
        <Figure caption="Contacts for the ten most frequent topics">
          <ReportChart
            type="bar"
            data={data()}
            label="Horizontal bar chart of contacts for the ten most frequent topics"
            testId="chart-top-reasons"
            height={Math.max(8, 2 + reasons().length * 1.6)}
            options={{ indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: COUNT_AXIS } }}
          />
        </Figure>
        <KeyedTable caption="Top ten reasons" heading="Topic" current={reasons()} previous={props.report.previous.topReasons} testId="table-top-reasons" />
      </div>
    </Section>
  );
}

export function GroupsSection(props: SectionProps) {
  const departments = () => props.report.current.contactsByDepartment;
  const data = (): ChartData<'bar'> => ({
    labels: departments().map((group) => group.label),
    datasets: [{ label: 'Contacts', data: departments().map((group) => group.total), backgroundColor: CHART_COLORS[2] }],
  });

  return (
    <Section id="groups" title="Contacts by department, topic and program">
      <div class="report-grid">
        <Figure caption="Contacts by department">
          <ReportChart
            type="bar"
            data={data()}
            label="Bar chart of contacts by department"
            testId="chart-departments"
            options={{ plugins: { legend: { display: false } }, scales: { y: COUNT_AXIS } }}
          />
        </Figure>
        <KeyedTable caption="Contacts by department" heading="Department" current={departments()} previous={props.report.previous.contactsByDepartment} testId="table-departments" />
      </div>
      <div class="report-grid">
        <KeyedTable caption="Contacts by topic" heading="Topic" current={props.report.current.contactsByTopic} previous={props.report.previous.contactsByTopic} testId="table-topics" />
        <KeyedTable caption="Contacts by program" heading="Program" current={props.report.current.contactsByProgram} previous={props.report.previous.contactsByProgram} testId="table-programs" />
      </div>
    </Section>
  );
}

// ---------------------------------------------------------------------------
// Phone

export function PhoneSection(props: SectionProps) {
  const phone = () => props.report.current.phone;
  const data = (): ChartData<'bar'> => ({
    labels: labelsOf(props.report, phone().series),
    datasets: [
      { label: 'Offered', data: phone().series.map((entry) => entry.offered), backgroundColor: CHART_COLORS[0] },
      { label: 'Answered', data: phone().series.map((entry) => entry.answered), backgroundColor: CHART_COLORS[2] },
      { label: 'Abandoned', data: phone().series.map((entry) => entry.abandoned), backgroundColor: CHART_COLORS[5] },
      { label: 'Short hang-ups', data: phone().series.map((entry) => entry.shortHangups), backgroundColor: CHART_COLORS[1] },
    ],
  });
  const rows = () => [
    row('offered', 'Calls offered', (period) => period.phone.offered, formatCount, 'percent', props.report),
    row('answered', 'Answered', (period) => period.phone.answered, formatCount, 'percent', props.report),
    row('abandoned', 'Abandoned (waited 20 s or more)', (period) => period.phone.abandoned, formatCount, 'percent', props.report),
    row('short-hangups', 'Short hang-ups (under 20 s)', (period) => period.phone.shortHangups, formatCount, 'percent', props.report),
    row('abandon-rate', 'Abandon rate', (period) => period.phone.abandonRate, formatPercent, 'points', props.report),
    row('average-talk', 'Average talk time', (period) => period.phone.averageTalkSeconds, formatDuration, 'percent', props.report),
    row('average-wait', 'Average wait', (period) => period.phone.averageWaitSeconds, formatDuration, 'percent', props.report),
  ];

  return (
    <Section id="phone" title="Phone" intro="Calls offered in the range. The abandon rate is abandoned calls over answered and abandoned ones; short hang-ups are left out.">
      <div class="report-grid">
        <Figure caption="Calls per period by outcome">
          <ReportChart type="bar" data={data()} label="Bar chart of calls offered, answered, abandoned and short hang-ups per period" testId="chart-phone" options={{ scales: { y: COUNT_AXIS } }} />
        </Figure>
        <ComparisonTable caption="Phone figures" testId="table-phone" rows={rows()} />
      </div>
      <SeriesTable
        caption="Calls per period"
        testId="series-phone"
        entries={phone().series}
        bucketLabel={(bucket) => bucketLabel(bucket, props.report.bucket)}
        columns={[
          { label: 'Offered', value: (entry) => formatCount(entry.offered) },
          { label: 'Answered', value: (entry) => formatCount(entry.answered) },
          { label: 'Abandoned', value: (entry) => formatCount(entry.abandoned) },
          { label: 'Short hang-ups', value: (entry) => formatCount(entry.shortHangups) },
        ]}
      />
    </Section>
  );
}

// ---------------------------------------------------------------------------
// Resolution, response, routing

export function ResolutionSection(props: SectionProps) {
  const current = () => props.report.current;
  const times = (): ChartData<'line'> => ({
    labels: labelsOf(props.report, current().resolutionTime.series),
    datasets: [
      { label: 'Median resolution (h)', data: current().resolutionTime.series.map((entry) => toHours(entry.medianSeconds)), borderColor: CHART_COLORS[0], backgroundColor: CHART_COLORS[0], spanGaps: false },
      { label: '90th percentile resolution (h)', data: current().resolutionTime.series.map((entry) => toHours(entry.p90Seconds)), borderColor: CHART_COLORS[0], backgroundColor: CHART_COLORS[0], borderDash: [6, 4], spanGaps: false },
      { label: 'Median first response (h)', data: current().firstResponseTime.series.map((entry) => toHours(entry.medianSeconds)), borderColor: CHART_COLORS[1], backgroundColor: CHART_COLORS[1], spanGaps: false },
      { label: '90th percentile first response (h)', data: current().firstResponseTime.series.map((entry) => toHours(entry.p90Seconds)), borderColor: CHART_COLORS[1], backgroundColor: CHART_COLORS[1], borderDash: [6, 4], spanGaps: false },
    ],
  });
  const counts = (): ChartData<'bar'> => ({
    labels: labelsOf(props.report, current().resolved.series),
    datasets: [
      { label: 'Resolved', data: current().resolved.series.map((entry) => entry.count), backgroundColor: CHART_COLORS[2] },
      { label: 'Resolved at first contact', data: current().firstContactResolution.series.map((entry) => entry.count), backgroundColor: CHART_COLORS[4] },
      { label: 'Transfers', data: current().transfers.series.map((entry) => entry.count), backgroundColor: CHART_COLORS[1] },
      { label: 'Repeat contacts', data: current().repeatContacts.series.map((entry) => entry.count), backgroundColor: CHART_COLORS[3] },
    ],
  });
  const rows = () => [
    row('resolved', 'Resolved', (period) => period.resolved.total, formatCount, 'percent', props.report),
    row('resolution-median', 'Resolution time, median', (period) => period.resolutionTime.medianSeconds, formatDuration, 'percent', props.report),
    row('resolution-p90', 'Resolution time, 90th percentile', (period) => period.resolutionTime.p90Seconds, formatDuration, 'percent', props.report),
    row('first-response-median', 'First response, median', (period) => period.firstResponseTime.medianSeconds, formatDuration, 'percent', props.report),
    row('first-response-p90', 'First response, 90th percentile', (period) => period.firstResponseTime.p90Seconds, formatDuration, 'percent', props.report),
    row('first-contact', 'Resolved at first contact', (period) => period.firstContactResolution.total, formatCount, 'percent', props.report),
    row('first-contact-share', 'Share resolved at first contact', (period) => period.firstContactResolution.share, formatPercent, 'points', props.report),
    row('transfers', 'Transfers', (period) => period.transfers.total, formatCount, 'percent', props.report),
    row('transfers-per-inquiry', 'Transfers per inquiry', (period) => period.transfers.perInquiry, formatDecimal, 'difference', props.report),
    row('repeat-contacts', 'Repeat contacts', (period) => period.repeatContacts.total, formatCount, 'percent', props.report),
    row('repeat-residents', 'Residents who contacted again', (period) => period.repeatContacts.residents, formatCount, 'percent', props.report),
  ];
  const seriesRows = () =>
    current().resolutionTime.series.map((entry, index) => ({
      bucket: entry.bucket,
      resolution: entry,
      firstResponse: current().firstResponseTime.series[index],
      resolved: current().resolved.series[index]?.count ?? 0,
      firstContact: current().firstContactResolution.series[index]?.count ?? 0,
      transfers: current().transfers.series[index]?.count ?? 0,
      repeats: current().repeatContacts.series[index]?.count ?? 0,
    }));

  return (
    <Section id="resolution" title="Resolution and response" intro="For the inquiries created in the range, including ones resolved after it.">
      <div class="report-grid">
        <Figure caption="Resolution and first-response time per period, in hours">
          <ReportChart type="line" data={times()} label="Line chart of median and 90th percentile resolution and first-response times per period, in hours" testId="chart-resolution-times" options={{ scales: { y: { beginAtZero: true, title: { display: true, text: 'Hours' } } } }} />
        </Figure>
        <Figure caption="Resolved inquiries, first-contact resolutions, transfers and repeat contacts per period">
          <ReportChart type="bar" data={counts()} label="Bar chart of resolved inquiries, first-contact resolutions, transfers and repeat contacts per period" testId="chart-resolution-counts" options={{ scales: { y: COUNT_AXIS } }} />
        </Figure>
      </div>
      <div class="report-grid">
        <ComparisonTable caption="Resolution and routing figures" testId="table-resolution" rows={rows()} />
        <SeriesTable
          caption="Resolution per period"
          testId="series-resolution"
          entries={seriesRows()}
          bucketLabel={(bucket) => bucketLabel(bucket, props.report.bucket)}
          columns={[
            { label: 'Resolved', value: (entry) => formatCount(entry.resolved) },
            { label: 'Median resolution', value: (entry) => formatDuration(entry.resolution.medianSeconds) },
            { label: '90th pct. resolution', value: (entry) => formatDuration(entry.resolution.p90Seconds) },
            { label: 'Median first response', value: (entry) => formatDuration(entry.firstResponse?.medianSeconds ?? null) },
            { label: '90th pct. first response', value: (entry) => formatDuration(entry.firstResponse?.p90Seconds ?? null) },
            { label: 'First contact', value: (entry) => formatCount(entry.firstContact) },
            { label: 'Transfers', value: (entry) => formatCount(entry.transfers) },
            { label: 'Repeats', value: (entry) => formatCount(entry.repeats) },
          ]}
        />
      </div>
    </Section>
  );
}

// ---------------------------------------------------------------------------
// Workload

export function WorkloadSection(props: SectionProps) {
  const agents = () => props.report.current.workloadPerAgent;
  const previousById = () => new Map(props.report.previous.workloadPerAgent.map((entry) => [entry.staffId, entry]));
  const data = (): ChartData<'bar'> => ({
    labels: agents().map((entry) => entry.displayName),
    datasets: [
      { label: 'Claimed', data: agents().map((entry) => entry.claimed), backgroundColor: CHART_COLORS[0] },
      { label: 'Resolved', data: agents().map((entry) => entry.resolved), backgroundColor: CHART_COLORS[2] },
    ],
  });

  return (
    <Section id="workload" title="Workload per agent" intro="Inquiries each staff member claimed or resolved in the range, whenever they were created.">
      <div class="report-grid">
        <Figure caption="Inquiries claimed and resolved per staff member">
          <ReportChart type="bar" data={data()} label="Bar chart of inquiries claimed and resolved per staff member" testId="chart-workload" options={{ scales: { y: COUNT_AXIS } }} />
        </Figure>
        <TableWrap label="Workload per agent">
          <table class="report-table" data-testid="table-workload">
            <caption>Workload per agent</caption>
            <thead>
              <tr>
                <th scope="col">Staff member</th>
                <th scope="col">Claimed</th>
                <th scope="col">Previous</th>
                <th scope="col">Change</th>
                <th scope="col">Resolved</th>
                <th scope="col">Previous</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              <For
                each={agents()}
                fallback={
                  <tr>
                    <td colSpan={7} class="report-empty">
                      No work recorded in this range.
                    </td>
                  </tr>
                }
              >
                {(entry) => {
                  const previous = () => previousById().get(entry.staffId);
                  return (
                    <tr data-testid="workload-row" data-staff={entry.displayName}>
                      <th scope="row">{entry.displayName}</th>
                      <td data-testid="claimed">{formatCount(entry.claimed)}</td>
                      <td>{formatCount(previous()?.claimed ?? 0)}</td>
                      <ChangeCell current={entry.claimed} previous={previous()?.claimed ?? 0} kind="percent" />
                      <td data-testid="resolved">{formatCount(entry.resolved)}</td>
                      <td>{formatCount(previous()?.resolved ?? 0)}</td>
                      <ChangeCell current={entry.resolved} previous={previous()?.resolved ?? 0} kind="percent" />
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </TableWrap>
      </div>
    </Section>
  );
}

// ---------------------------------------------------------------------------
// Residents' feedback

const RATING_LABELS: Record<number, string> = { 4: 'Excellent (4)', 3: 'Good (3)', 2: 'Fair (2)', 1: 'Poor (1)' };

export function SatisfactionSection(props: SectionProps) {
  const satisfaction = () => props.report.current.satisfaction;
  const previous = () => props.report.previous.satisfaction;
  const ratings = [4, 3, 2, 1];
  const countOf = (distribution: { rating: number; count: number }[], rating: number) => distribution.find((entry) => entry.rating === rating)?.count ?? 0;
  const data = (): ChartData<'bar'> => ({
    labels: ratings.map((rating) => RATING_LABELS[rating]!),
    datasets: [
      { label: 'Service', data: ratings.map((rating) => countOf(satisfaction().serviceDistribution, rating)), backgroundColor: CHART_COLORS[0] },
      { label: 'Courtesy', data: ratings.map((rating) => countOf(satisfaction().courtesyDistribution, rating)), backgroundColor: CHART_COLORS[1] },
    ],
  });
  const rows = () => [
    row('responses', 'Survey responses', (period) => period.satisfaction.responses, formatCount, 'percent', props.report),
    row('average-service', 'Average service rating (of 4)', (period) => period.satisfaction.averageService, formatRating, 'difference', props.report),
    row('average-courtesy', 'Average courtesy rating (of 4)', (period) => period.satisfaction.averageCourtesy, formatRating, 'difference', props.report),
  ];

  return (
    <Section id="satisfaction" title="Satisfaction" intro="Survey responses received in the range. Ratings run from 4 (excellent) to 1 (poor).">
      <div class="report-grid">
        <Figure caption="Responses per rating, for service and courtesy">
          <ReportChart type="bar" data={data()} label="Bar chart of survey responses per rating from 4 to 1, for service and courtesy" testId="chart-satisfaction" options={{ scales: { y: COUNT_AXIS } }} />
        </Figure>
        <div>
          <ComparisonTable caption="Satisfaction figures" testId="table-satisfaction" rows={rows()} />
          <TableWrap label="Responses per rating">
            <table class="report-table" data-testid="table-satisfaction-distribution">
              <caption>Responses per rating</caption>
              <thead>
                <tr>
                  <th scope="col">Rating</th>
                  <th scope="col">Service</th>
                  <th scope="col">Previous</th>
                  <th scope="col">Courtesy</th>
                  <th scope="col">Previous</th>
                </tr>
              </thead>
              <tbody>
                <For each={ratings}>
                  {(rating) => (
                    <tr data-testid="rating-row" data-rating={rating}>
                      <th scope="row">{RATING_LABELS[rating]}</th>
                      <td>{formatCount(countOf(satisfaction().serviceDistribution, rating))}</td>
                      <td>{formatCount(countOf(previous().serviceDistribution, rating))}</td>
                      <td>{formatCount(countOf(satisfaction().courtesyDistribution, rating))}</td>
                      <td>{formatCount(countOf(previous().courtesyDistribution, rating))}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableWrap>
        </div>
      </div>
    </Section>
  );
}

export function KudosSection(props: SectionProps) {
  const kudos = () => props.report.current.kudos;
  const previousById = () => new Map(props.report.previous.kudos.byStaff.map((entry) => [entry.staffId, entry]));
  const data = (): ChartData<'bar'> => ({
    labels: kudos().byStaff.map((entry) => entry.displayName),
    datasets: [{ label: 'Approved kudos', data: kudos().byStaff.map((entry) => entry.approved), backgroundColor: CHART_COLORS[2] }],
  });
  const rows = () => [
    row('received', 'Kudos received', (period) => period.kudos.received, formatCount, 'percent', props.report),
    row('approved', 'Kudos approved', (period) => period.kudos.approved, formatCount, 'percent', props.report),
  ];

  return (
    <Section id="kudos" title="Kudos" intro="Thanks that residents sent in the range; only approved kudos count for a staff member.">
      <div class="report-grid">
        <Figure caption="Approved kudos per staff member">
          <ReportChart
            type="bar"
            data={data()}
            label="Bar chart of approved kudos per staff member"
            testId="chart-kudos"
            options={{ plugins: { legend: { display: false } }, scales: { y: COUNT_AXIS } }}
          />
        </Figure>
        <div>
          <ComparisonTable caption="Kudos figures" testId="table-kudos" rows={rows()} />
          <TableWrap label="Approved kudos per staff member">
            <table class="report-table" data-testid="table-kudos-staff">
              <caption>Approved kudos per staff member</caption>
              <thead>
                <tr>
                  <th scope="col">Staff member</th>
                  <th scope="col">Approved</th>
                  <th scope="col">Previous</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                <For
                  each={kudos().byStaff}
                  fallback={
                    <tr>
                      <td colSpan={4} class="report-empty">
                        No approved kudos in this range.
                      </td>
                    </tr>
                  }
                >
                  {(entry) => (
                    <tr data-testid="kudos-row">
                      <th scope="row">{entry.displayName}</th>
                      <td>{formatCount(entry.approved)}</td>
                      <td>{formatCount(previousById().get(entry.staffId)?.approved ?? 0)}</td>
                      <ChangeCell current={entry.approved} previous={previousById().get(entry.staffId)?.approved ?? 0} kind="percent" />
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </TableWrap>
        </div>
      </div>
    </Section>
  );
}

export type { ReportBucket };
