import { useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createResource, For, Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { query } from '../../lib/api';
import { ReportDocument, ReportSetupDocument } from '../../lib/graphql';
import { setCenterTimeZone } from '../../lib/time';
import { ProgramsPanel } from './ProgramsPanel';
import { CounterServicesSection } from './CounterServicesSection';
import { bucketFromParam, bucketParam, BUCKETS, csvHref, lastFullMonth, quickRanges, type ReportRequest } from './range';
import {
  ChannelSection,
  ContactsSection,
  GroupsSection,
  HeadlineCards,
  KudosSection,
  PhoneSection,
  ReasonsSection,
  ResolutionSection,
  SatisfactionSection,
  WorkloadSection,
} from './ReportSections';
import './reports.css';

/**
 * Renders the manager's reports at /reports. The range, bucket and
 * department are kept in the address, so a report can be bookmarked, shared
 * and reloaded. Without them the page shows the last full month in the center's zone.
 */
export default function ReportsPage() {
  const workspace = useWorkspace();
  const isManager = () => workspace.me().role === 'MANAGER';

  return (
    <div class="reports-page" data-testid="reports-page">
      <h1>Reports</h1>
      <Show
        when={isManager()}
        fallback={
          <p class="alert alert-info" role="alert" data-testid="reports-managers-only">
            Reports are for managers only. Ask a manager of the center if you need these figures.
          </p>
        }
      >
        <ManagerReports />
      </Show>
    </div>
  );
}

/** Names the request field that a server error message starts with, such as "to (…) must not be before from". */
function fieldOfError(message: string): 'from' | 'to' | 'department' | null {
  if (/^from\b/.test(message)) return 'from';
  if (/^to\b/.test(message) || /^the range covers/.test(message)) return 'to';
  if (/departmentId/.test(message)) return 'department';
  return null;
}

function ManagerReports() {
  const [params, setParams] = useSearchParams<{ from?: string; to?: string; bucket?: string; department?: string }>();
  const [setup] = createResource(async () => {
    const result = await query(ReportSetupDocument, {});
    setCenterTimeZone(result.center.timeZone);
    return { timeZone: result.center.timeZone, departments: [...result.departments].sort((a, b) => a.name.localeCompare(b.name)) };
  });

  const setupData = () => (setup.state === 'ready' ? setup() : undefined);

  const request = createMemo((): ReportRequest | null => {
    const loaded = setupData();
    if (!loaded) return null;
    const fallback = lastFullMonth(loaded.timeZone);
    return {
      from: params.from || fallback.from,
      to: params.to || fallback.to,
      bucket: bucketFromParam(params.bucket) ?? fallback.bucket,
      departmentId: params.department || null,
    };
  });

  // Writes the defaults into the address, so the first report is shareable as well.
  createEffect(() => {
    const current = request();
    if (current && (!params.from || !params.to || !params.bucket)) {
      setParams({ from: current.from, to: current.to, bucket: bucketParam(current.bucket) }, { replace: true });
    }
  });

  const requestKey = () => {
    const current = request();
    return current ? JSON.stringify(current) : null;
  };
  const [report] = createResource(requestKey, async (key) => {
    const current = JSON.parse(key) as ReportRequest;
    const data = await query(ReportDocument, { from: current.from, to: current.to, bucket: current.bucket, departmentId: current.departmentId });
    return { key, report: data.report };
  });

  const errorMessage = (): string | null => {
    if (!report.error) return null;
    return report.error instanceof Error ? report.error.message : String(report.error);
  };
  const errorField = () => {
    const message = errorMessage();
    return message ? fieldOfError(message) : null;
  };
  const state = (): 'loading' | 'error' | 'ready' => {
    if (setup.error || (report.error && !report.loading)) return 'error';
    if (setup.loading || report.loading) return 'loading';
    return 'ready';
  };
  // Reading an errored resource throws, so the latest report is read only without an error.
  const latest = () => (report.error ? undefined : report.latest);
  const shown = () => latest()?.report;

  function update(changes: { from?: string; to?: string; bucket?: string; department?: string }): void {
    setParams(changes);
  }

  return (
    <div class="reports-body" data-state={state()} data-request={requestKey() ?? ''} data-shown-request={latest()?.key ?? ''}>
      <Show when={setup.error}>
        <p class="alert alert-error" role="alert">
          The report settings could not be loaded: {setup.error instanceof Error ? setup.error.message : String(setup.error)}
        </p>
      </Show>
      <Show when={request()}>
        {(current) => (
          <form class="report-controls" aria-label="Report range" onSubmit={(event) => event.preventDefault()}>
            <div class="field">
              <label for="report-from">From</label>
              <input
                id="report-from"
                class="input"
                type="date"
                value={current().from}
                aria-invalid={errorField() === 'from' ? 'true' : undefined}
                aria-describedby={errorField() === 'from' ? 'report-error' : undefined}
                data-testid="report-from"
                onChange={(event) => update({ from: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for="report-to">To</label>
              <input
                id="report-to"
                class="input"
                type="date"
                value={current().to}
                aria-invalid={errorField() === 'to' ? 'true' : undefined}
                aria-describedby={errorField() === 'to' ? 'report-error' : undefined}
                data-testid="report-to"
                onChange={(event) => update({ to: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for="report-bucket">Per</label>
              <select id="report-bucket" class="select" data-testid="report-bucket" value={bucketParam(current().bucket)} onChange={(event) => update({ bucket: event.currentTarget.value })}>
                <For each={BUCKETS}>{(bucket) => <option value={bucket.param}>{bucket.label}</option>}</For>
              </select>
            </div>
            <div class="field">
              <label for="report-department">Department</label>
              <select
                id="report-department"
                class="select"
                data-testid="report-department"
                value={current().departmentId ?? ''}
                aria-invalid={errorField() === 'department' ? 'true' : undefined}
                onChange={(event) => update({ department: event.currentTarget.value || undefined })}
              >
                <option value="">Whole center</option>
                <For each={setupData()?.departments ?? []}>{(department) => <option value={department.id}>{department.name}</option>}</For>
              </select>
            </div>
            <div class="report-quick" role="group" aria-label="Quick ranges">
              <For each={quickRanges(setupData()!.timeZone)}>
                {(range) => (
                  <button
                    type="button"
                    class="button button-small"
                    data-testid={`quick-${range.id}`}
                    aria-pressed={current().from === range.from && current().to === range.to ? 'true' : 'false'}
                    onClick={() => update({ from: range.from, to: range.to, bucket: bucketParam(range.bucket) })}
                  >
                    {range.label}
                  </button>
                )}
              </For>
            </div>
            <div class="report-downloads">
              <a class="button button-small" href={csvHref('/reports/report.csv', current())} download="" data-testid="download-report-csv">
                Download report (CSV)
              </a>
              <a class="button button-small" href={csvHref('/reports/contacts.csv', current())} download="" data-testid="download-contacts-csv">
                Download contacts (CSV)
              </a>
            </div>
          </form>
        )}
      </Show>

      <Show when={state() === 'loading'}>
        <p class="route-loading report-loading" role="status" data-testid="report-loading">
          Computing the report…
        </p>
      </Show>
      <Show when={errorMessage()}>
        {(message) => (
          <p id="report-error" class="alert alert-error" role="alert" data-testid="report-error">
            The report could not be computed: {message()}
          </p>
        )}
      </Show>

      <Show when={shown()}>
        {(shownReport) => (
          <div class="report-content" classList={{ 'report-stale': report.loading }} aria-busy={report.loading ? 'true' : 'false'}>
            <p class="report-summary" data-testid="report-summary">
              {shownReport().department ? `${shownReport().department!.name}: ` : 'Whole center: '}
              {shownReport().current.period.from} to {shownReport().current.period.to} ({shownReport().current.period.days} days), compared with{' '}
              {shownReport().previous.period.from} to {shownReport().previous.period.to}.
            </p>
            <HeadlineCards report={shownReport()} />
            <ContactsSection report={shownReport()} />
            <ChannelSection report={shownReport()} />
            <ReasonsSection report={shownReport()} />
            <GroupsSection report={shownReport()} />
            <PhoneSection report={shownReport()} />
            <ResolutionSection report={shownReport()} />
            <WorkloadSection report={shownReport()} />
            <SatisfactionSection report={shownReport()} />
            <KudosSection report={shownReport()} />
            <CounterServicesSection report={shownReport()} />
          </div>
        )}
      </Show>

      <ProgramsPanel />
    </div>
  );
}
