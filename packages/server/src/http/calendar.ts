import express, { type NextFunction, type Request, type Response } from 'express';
import type { CoreDeps } from '../core/deps.js';
import { buildFeed, findTokenOwner, type FeedKind } from '../rotation/calendar.js';

const FEEDS: Record<string, FeedKind> = { 'me.ics': 'me', 'team.ics': 'team' };

/**
 * GET /calendar/<token>/me.ics and /calendar/<token>/team.ics: the published
 * rotation as iCalendar feeds for calendar apps, which cannot sign in, so the
 * token in the address is the only credential. See docs/calendars.md.
 */
export function calendarRouter(deps: CoreDeps): express.Router {
  const router = express.Router();

  router.get('/:token/:feed', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const kind = FEEDS[String(req.params.feed)];
      const owner = kind ? await findTokenOwner(deps.db, String(req.params.token)) : undefined;
      if (!kind || !owner) {
        res.status(404).type('text').send('No calendar feed at this address; it may have been reset. Copy the current address from Civic Desk.');
        return;
      }

      const body = await buildFeed(deps.db, { kind, owner, zone: deps.centerTimeZone });
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('Content-Disposition', `inline; filename="rotation-${kind}.ics"`);
      res.type('text/calendar; charset=utf-8').send(body);
    } catch (error) {
      next(error);
    }
  });

  router.use((_req: Request, res: Response) => {
    res.status(404).type('text').send('No calendar feed at this address.');
  });

  return router;
}
