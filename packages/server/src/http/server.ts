import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ensureCounterServices } from '../counter/registry.js';
import { syncBannerLocationAttribute } from '../banners/service.js';
import { queueLemonLotReminders, REMINDER_SWEEP_MINUTES } from '../lemonlot/service.js';
import { compactInquiryCounts, COUNT_COMPACTION_MINUTES } from '../inquiries/counts.js';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import type { CoreDeps } from '../core/deps.js';
import { EventDispatcher } from '../events/dispatcher.js';
import { authenticate, authenticateSession } from '../auth/service.js';
import { loadInstanceSecret, SESSION_SECRET_NAME } from '../auth/secret.js';
import { buildSchema } from '../graphql/schema.js';
import type { GraphQLContext } from '../graphql/context.js';
import { connect, disconnect, PRESENCE_SWEEP_SECONDS, sweepStaleConnections } from '../presence/service.js';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './cookies.js';
import { inboundEmailRouter } from './inbound-email.js';
import { attachmentsRouter } from './attachments.js';
import { OutboxWorker } from '../email/sender.js';
import { startSmtpReceiver, type SmtpReceiver } from '../email/smtp-receiver.js';
import { telephonyRouter } from './telephony.js';
import { calendarRouter } from './calendar.js';
import { open311Router } from './open311.js';
import { reportsRouter } from './reports.js';
import { kudosRouter } from './kudos.js';
import { paymentsRouter } from './payments.js';
import { graphqlBodyParser } from './graphql-body.js';
import { securityHeaders } from './security-headers.js';
import { requestLimit } from './request-limit.js';
import { queryLimitRules, validateWithLimits } from '../graphql/limits.js';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { AccessWatcher, CLOSE_SESSION_ENDED, type SocketIdentity } from './access-watcher.js';
import { documentCache } from '../graphql/shared-results.js';
import { GraphQLSocketServer, handleProtocols } from './graphql-socket.js';

export type RunningServer = {
  url: string;
  port: number;
  deps: CoreDeps;
  database: DatabaseHandle;
  dispatcher: EventDispatcher;
  /** The port of the built-in SMTP receiver, when SMTP_PORT is set. */
  smtpPort: number | undefined;
  outbox: OutboxWorker;
  /** Drains HTTP and WebSocket connections, then closes the database (unless it was passed in). */
  close(): Promise<void>;
};

export type StartOptions = {
  logger: Logger;
  /** An already open database; the server then leaves closing it to the caller. */
  database?: DatabaseHandle;
  /** Runs once everything is set up, before the port opens: seeding, for example. */
  beforeListen?: (deps: CoreDeps) => Promise<void>;
};

/**
 * An accepted WebSocket's session: the ids of its session and staff member,
 * its presence connection and the base URL of links. The staff record is not
 * kept. Each operation reads it again when it starts, so an open socket costs
 * little and an operation started after a change gets the changed record.
 */
type SocketSession = SocketIdentity & { connectionId: string; publicBaseUrl: string | undefined };

/** The part of a WebSocket's upgrade request that its connection_init needs. The request itself is not kept. */
type SocketHandshake = {
  token: string | undefined;
  /** The base URL of links in responses, taken from the upgrade request. */
  publicBaseUrl: string | undefined;
};

/** Starts the HTTP and WebSocket server: GraphQL on /graphql, /healthz, inbound e-mail and the web client. */
export async function startServer(config: Config, options: StartOptions): Promise<RunningServer> {
  const log = options.logger;
  const database =
    options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger: log.child({ module: 'db' }) }));

  const dispatcher = new EventDispatcher(database, log.child({ module: 'events' }));
  const deps: CoreDeps = {
    db: database.db,
    log,
    wakeEvents: () => dispatcher.wake(),
    centerTimeZone: config.centerTimeZone,
    sessionSecret: config.sessionSecretIsEphemeral ? await loadInstanceSecret(database.db, SESSION_SECRET_NAME) : config.sessionSecret,
    sessionTtlHours: config.sessionTtlHours,
  };
  await dispatcher.start();

  const outbox = new OutboxWorker(deps, config.email);
  const emailContext = { mailFrom: config.email.mailFrom, relayConfigured: outbox.relayConfigured, wakeOutbox: () => outbox.wake() };

  const schema = buildSchema();
  const app = express();
  app.disable('x-powered-by');
  // Decides whether req.ip comes from X-Forwarded-For; off unless TRUST_PROXY names the proxies.
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);

  const sockets = new AccessWatcher(dispatcher, log.child({ module: 'access' }));
  // The GraphQL socket server keeps the set of open sockets, so ws need not keep a second one.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: config.maxJsonBodyBytes, handleProtocols, clientTracking: false });
  // Sockets share one copy of each base URL instead of each keeping the one built from its request.
  const socketBaseUrls = new StringPool(100);
  httpServer.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    if (!isAllowedOrigin(request.headers.origin, request.headers.host, config.allowedOrigins)) {
      log.warn({ origin: request.headers.origin?.slice(0, 200) }, 'WebSocket from another origin rejected');
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (client) => {
      // Everything needed from the upgrade request is read now; holding the request would cost every open socket kilobytes.
      graphqlSockets.accept(client, { token: readSessionToken(request.headers.cookie), publicBaseUrl: socketBaseUrls.intern(publicBaseUrl(config, request)) }, socket);
    });
  });
  const graphqlSockets = new GraphQLSocketServer<SocketHandshake, SocketSession>({
    schema,
    documents: documentCache(validateWithLimits),
    log: log.child({ module: 'websocket' }),
    // Staff of one role get the same inbox event, so it is executed and serialised once per event and role.
    audienceOf: (context) => (context as GraphQLContext).auth?.staff.role,
    async connect(handshake, _params, client): Promise<SocketSession | undefined> {
      const auth = await authenticate(deps, handshake.token);
      if (!auth) return undefined;
      const session: SocketSession = {
        sessionId: auth.session.id,
        staffId: auth.staff.id,
        connectionId: randomUUID(),
        publicBaseUrl: handshake.publicBaseUrl,
      };
      sockets.register(client, session);
      try {
        // A revocation that landed between the check and the registration would be missed; check again.
        if (!(await authenticate(deps, handshake.token))) {
          sockets.unregister(client);
          return undefined;
        }
        await connect(deps, session.connectionId, session.staffId);
      } catch (error) {
        sockets.unregister(client);
        throw error;
      }
      return session;
    },
    async disconnect(session, client) {
      sockets.unregister(client);
      await disconnect(deps, session.connectionId, session.staffId).catch((error: unknown) =>
        log.error({ err: error, connectionId: session.connectionId }, 'recording a closed socket failed'),
      );
    },
    // A revoked session or deactivated account finds no staff record here, and the access rules refuse the operation.
    context: async (session): Promise<GraphQLContext> => ({
      deps,
      dispatcher,
      auth: await authenticateSession(deps, session.sessionId),
      connectionId: session.connectionId,
      publicBaseUrl: session.publicBaseUrl,
      email: emailContext,
    }),
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    // main.ts handles SIGTERM and SIGINT; Apollo's own handler would re-send the signal after stopping.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: queryLimitRules(),
    // close() below drains the HTTP server itself. Apollo's drain plugin would also do it, but it keeps a
    // map entry, a listener and a closure for every connection, WebSockets included, as long as each is open.
    plugins: [
      // The default landing page loads Apollo's explorer from a CDN, which the Content-Security-Policy forbids.
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints, so the cache-control plugin only added a hook call to every resolved field.
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError(formatted, error) {
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && formatted.message !== 'Internal server error') {
        log.error({ err: error }, 'GraphQL request failed');
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
  await apollo.start();

  app.use(securityHeaders({ https: config.cookieSecure }));
  app.use(requestLimit(config.requestsPerMinute));

  app.get('/healthz', async (_req, res) => {
    try {
      await database.ping();
      res.json({ status: 'ok', database: database.kind });
    } catch (error) {
      log.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', reason: 'database does not answer' });
    }
  });

  app.use('/inbound/email', inboundEmailRouter(deps, config));
  app.use('/attachments', attachmentsRouter(deps));
  app.use('/telephony', telephonyRouter(deps, config));
  app.use('/calendar', calendarRouter(deps));
  app.use('/open311', open311Router(deps, config));
  app.use('/reports', reportsRouter(deps));
  app.use('/kudos', kudosRouter(deps));
  app.use('/counter', paymentsRouter(deps));

  app.use(
    '/graphql',
    graphqlBodyParser({ maxJsonBodyBytes: config.maxJsonBodyBytes, maxPhotoBytes: config.publicForm.maxPhotoBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => ({
        deps,
        dispatcher,
        auth: await authenticate(deps, readSessionToken(req.headers.cookie)),
        clientAddress: req.ip,
        publicForm: config.publicForm,
        publicBaseUrl: publicBaseUrl(config, req),
        setSessionToken: (token, expiresAt) => setSessionCookie(res, token, expiresAt, config.cookieSecure),
        clearSessionToken: () => clearSessionCookie(res, config.cookieSecure),
        email: emailContext,
      }),
    }),
  );

  serveWebClient(app, config.webDist, log);
  app.use(jsonErrorHandler(log, config));

  const sweeper = setInterval(() => {
    sweepStaleConnections(deps).catch((error: unknown) => log.error({ err: error }, 'presence sweep failed'));
  }, PRESENCE_SWEEP_SECONDS * 1000);
  sweeper.unref();
  const reminderDeps = { ...deps, mailFrom: config.email.mailFrom };
  const lemonLotReminders = setInterval(() => {
    queueLemonLotReminders(reminderDeps, new Date()).catch((error: unknown) => log.error({ err: error }, 'queueing lemon lot reminders failed'));
  }, REMINDER_SWEEP_MINUTES * 60_000);
  lemonLotReminders.unref();
  const countCompaction = setInterval(() => {
    compactInquiryCounts(deps.db).catch((error: unknown) => log.error({ err: error }, 'compacting the inbox counts failed'));
  }, COUNT_COMPACTION_MINUTES * 60_000);
  countCompaction.unref();

  await options.beforeListen?.(deps);
  // The counter services are Open311 services from the first start on; after the demo seed, whose topics they adopt.
  await ensureCounterServices(deps.db);
  await syncBannerLocationAttribute(deps.db);
  // Folds the rows the triggers added while the server was down, an import for example.
  await compactInquiryCounts(deps.db);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new PortInUseError(config.host, config.port));
      else reject(error);
    });
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const smtpPort = config.email.smtpPort;
  const smtp: SmtpReceiver | undefined =
    smtpPort === undefined ? undefined : await startSmtpReceiver(deps, { ...config.email, smtpPort }, config.maxEmailBodyBytes);
  outbox.start();
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
  log.info({ port, database: database.kind }, `listening on ${url}`);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      log.info('shutting down');
      clearInterval(sweeper);
      clearInterval(lemonLotReminders);
      clearInterval(countCompaction);
      await smtp?.close();
      await outbox.stop();
      // Sockets first: each closed one records its presence, which needs the database.
      await graphqlSockets.dispose(DRAIN_GRACE_MS);
      await drainHttpServer(httpServer, log);
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      log.debug('HTTP and WebSocket connections drained');
      await apollo.stop();
      await sockets.stop();
      await dispatcher.stop();
      if (!options.database) await database.close();
      log.info('stopped');
    })();
    return closing;
  };

  return { url, port, deps, database, dispatcher, smtpPort: smtp?.port, outbox, close };
}

export { CLOSE_SESSION_ENDED };

/**
 * Accepts a WebSocket whose Origin is this server's own host or listed in
 * ALLOWED_ORIGINS, so a page on another site cannot use a signed-in agent's
 * cookie. Requests without an Origin header come from non-browser clients,
 * which carry no ambient cookie, and are accepted.
 */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The origin for absolute links: PUBLIC_URL when set, else the scheme and Host
 * header of the request. Behind a TLS-terminating proxy, set PUBLIC_URL.
 */
/** How long shutdown waits for requests in flight and closing sockets before it cuts them off. */
const DRAIN_GRACE_MS = 10_000;

/**
 * Stops accepting connections and resolves once every open one has ended.
 * Idle keep-alive connections close at once, others when their request is
 * done, and the rest are cut off after DRAIN_GRACE_MS. WebSockets must be
 * closed before, because the HTTP server no longer tracks upgraded sockets.
 */
function drainHttpServer(httpServer: http.Server, log: Logger): Promise<void> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => {
      log.warn('connections still open after the grace period; closing them');
      httpServer.closeAllConnections();
    }, DRAIN_GRACE_MS);
    deadline.unref();
    httpServer.close(() => {
      clearTimeout(deadline);
      resolve();
    });
    httpServer.closeIdleConnections();
  });
}

/** Hands out one shared copy of equal strings, for at most `size` distinct ones; others are returned as they are. */
class StringPool {
  private readonly strings = new Map<string, string>();

  constructor(private readonly size: number) {}

  intern(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const pooled = this.strings.get(value);
    if (pooled !== undefined) return pooled;
    if (this.strings.size >= this.size) return value;
    // A copy through JSON is one flat string, where the value may be a chain of joined pieces.
    const flat = JSON.parse(JSON.stringify(value)) as string;
    this.strings.set(flat, flat);
    return flat;
  }
}

function publicBaseUrl(config: Config, request: http.IncomingMessage): string | undefined {
  if (config.publicUrl) return config.publicUrl;
  const host = request.headers.host;
  if (!host) return undefined;
  const scheme = (request.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  return `${scheme}://${host}`;
}

export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(`Port ${port} on ${host} is already in use by another program. Stop it, or set PORT to a free port.`);
    this.name = 'PortInUseError';
  }
}

function serveWebClient(app: express.Express, webDist: string, log: Logger): void {
  const indexFile = path.join(webDist, 'index.html');
  if (!fs.existsSync(indexFile)) {
    log.warn({ webDist }, 'web client not built; run `pnpm build` to serve it');
  }
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|inbound).*/, (_req, res) => {
    if (!fs.existsSync(indexFile)) {
      res.status(503).type('text').send('The web client is not built yet. Run `pnpm build` in the repository root.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}

/** Sends body-parser and other request errors as JSON with their status. Unknown errors are logged and masked. */
function jsonErrorHandler(log: Logger, config: Config) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({ error: `Request body is larger than the limit of ${Math.round(config.maxJsonBodyBytes / 1024)} KB` });
      return;
    }
    if (type === 'entity.parse.failed') {
      res.status(400).json({ error: 'Request body is not valid JSON' });
      return;
    }
    if (status >= 400 && status < 500) {
      res.status(status).json({ error: (error as Error).message });
      return;
    }
    log.error({ err: error }, 'request failed');
    res.status(500).json({ error: 'Internal server error' });
  };
}
