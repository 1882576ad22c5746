import type { Logger } from '../observability/logger';

/** One e-mail: password reset links and invitations. */
export type Mail = { to: string; subject: string; text: string };

/** Delivers e-mail; the host injects a real one, tests one that keeps what it was given. */
export type Mailer = { send(mail: Mail): Promise<void> };

/**
 * Without a configured mailer nothing is sent, and the log says so without the body: a reset
 * link is a credential and must never reach a log.
 */
export function createLogMailer(logger: Logger): Mailer {
  return {
    async send(mail) {
      logger.warn(
        { to: mail.to, subject: mail.subject },
        'no mailer configured: e-mail not sent (its link is withheld from the log)',
      );
    },
  };
}
