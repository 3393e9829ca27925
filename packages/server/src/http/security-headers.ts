import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers on every response, set by helmet:
 * - a Content-Security-Policy that allows scripts, styles, images, fonts and
 *   connections (fetch and WebSocket) only from this server. Inline styles are
 *   allowed because the client sets style attributes; inline scripts are not.
 *   data: images cover the inline favicon and blob: images the photo preview.
 *   Pages may not be framed (frame-ancestors 'none'), which also stops
 *   clickjacking;
 * - Referrer-Policy no-referrer, so a status or survey link in the address bar
 *   never leaves in a Referer header;
 * - X-Content-Type-Options nosniff, Cross-Origin-Opener-Policy and
 *   Cross-Origin-Resource-Policy same-origin, and X-Frame-Options DENY for
 *   older browsers;
 * - Strict-Transport-Security and upgrade-insecure-requests only when the
 *   server runs behind HTTPS (COOKIE_SECURE), so plain-HTTP development and
 *   loopback tests keep working.
 * Routes with stricter needs, such as attachments, override the policy.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}
