import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { CoreDeps } from '../core/deps.js';
import type { EmailConfig } from '../config.js';
import { receiveEmail, type EmailIntakeResult } from './intake.js';

export type SmtpReceiver = { port: number; close(): Promise<void> };

/**
 * Starts the built-in SMTP receiver: it accepts mail for any recipient
 * without authentication, rejects messages over `maxMessageBytes` (announced
 * with the SIZE extension and checked while reading), and passes each message
 * to the same intake as POST /inbound/email. The message is accepted (250)
 * only after the inquiry has committed, so a failure makes the sending
 * server retry. Put it behind the center's mail server or a firewall, because
 * anyone who reaches the port can create inquiries.
 */
export async function startSmtpReceiver(
  deps: CoreDeps,
  config: EmailConfig & { smtpPort: number },
  maxMessageBytes: number,
  onReceived?: (result: EmailIntakeResult) => void,
): Promise<SmtpReceiver> {
  const log = deps.log.child({ module: 'smtp' });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxMessageBytes,
    banner: 'Civic Desk',
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
          const error = Object.assign(new Error(`Message is larger than the limit of ${maxMessageBytes} bytes`), { responseCode: 552 });
          callback(error);
          return;
        }
        const envelopeFrom = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        receiveEmail(deps, config, Buffer.concat(chunks), envelopeFrom)
          .then((result) => {
            onReceived?.(result);
            if (result.kind === 'invalid_input') {
              callback(Object.assign(new Error(result.message.slice(0, 400)), { responseCode: 550 }));
              return;
            }
            callback(null, result.kind === 'created' || result.kind === 'joined' || result.kind === 'duplicate' ? `Queued as ${result.reference}` : 'OK');
          })
          .catch((error: unknown) => {
            log.error({ err: error }, 'storing a message received over SMTP failed');
            callback(Object.assign(new Error('Temporary failure storing the message, try again later'), { responseCode: 451 }));
          });
      });
    },
  });
  server.on('error', (error) => log.error({ err: error }, 'SMTP receiver error'));

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`SMTP port ${config.smtpPort} on ${config.smtpHost} is already in use by another program. Stop it, or set SMTP_PORT to a free port.`));
      } else {
        reject(error);
      }
    };
    server.server.once('error', onError);
    server.listen(config.smtpPort, config.smtpHost, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  log.info({ port, host: config.smtpHost }, 'SMTP receiver listening');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
