import { useParams } from '@solidjs/router';
import { createEffect, createResource, Show } from 'solid-js';
import { query } from '../../lib/api';
import { BannerApplicationStatusDocument } from '../../lib/graphql';
import { t } from '../public/i18n';
import { PublicFrame } from '../public/PublicFrame';
import './banners.css';

/**
 * Renders a resident's banner application behind its private link,
 * /banners/status/<token>: what they submitted and the agent's decision.
 */
export default function BannerStatusPage() {
  const params = useParams();
  const [application] = createResource(
    () => params.token,
    async (token) => (await query(BannerApplicationStatusDocument, { token })).bannerApplicationStatus,
  );

  createEffect(() => {
    document.title = `${t('banners.pageTitle')} · ${t('county')}`;
  });

  return (
    <PublicFrame>
      <section class="public-card" data-testid="banner-status">
        <Show when={!application.loading} fallback={<p role="status">…</p>}>
          <Show
            when={application()}
            fallback={
              <>
                <h1>{t('banners.pageTitle')}</h1>
                <p class="alert alert-info" data-testid="banner-status-not-found">
                  {t('banners.status.notFound')}
                </p>
              </>
            }
          >
            {(found) => (
              <>
                <h1>{t('banners.status.title', { reference: found().reference })}</h1>
                <dl class="permit-facts">
                  <dt>{t('banners.status.state')}</dt>
                  <dd data-testid="banner-status-state">{t(`banners.status.${found().status.toLowerCase()}`)}</dd>
                  <dt>{t('banners.status.overpass')}</dt>
                  <dd>{found().locationName}</dd>
                  <dt>{t('banners.status.dates')}</dt>
                  <dd>{t('permits.range', { startsOn: found().startsOn, endsOn: found().endsOn })}</dd>
                  <dt>{t('banners.status.event')}</dt>
                  <dd>{found().eventName}</dd>
                  <Show when={found().decisionNote}>
                    <dt>{t('banners.status.note')}</dt>
                    <dd data-testid="banner-status-note">{found().decisionNote}</dd>
                  </Show>
                </dl>
              </>
            )}
          </Show>
        </Show>
      </section>
    </PublicFrame>
  );
}
