import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the SMTP server received it, parsed. */
export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: ParsedMail['headers'];
  /** A header's value as sent (mailparser parses some, such as List-*, into objects). */
  rawHeader(name: string): string | undefined;
}

export interface TestSmtpServer {
  url: string;
  inbox: ReceivedMail[];
  /** Mails to `to` so far, optionally whose subject matches. */
  mailsTo(to: string, subject?: string | RegExp): ReceivedMail[];
  /** While down, every connection is refused with 421, as a server that is restarting does. */
  setDown(down: boolean): void;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on loopback (the smtp-server package), for the e2e mail journeys: Inkwell's
 * worker sends to it over SMTP exactly as it would to a provider, and each mail is parsed with
 * mailparser so tests read its parts, links and headers.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const inbox: ReceivedMail[] = [];
  let down = false;
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: STARTTLS would need a certificate the client trusts.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      if (down) {
        const error = new Error('Service not available, try again later') as Error & { responseCode: number };
        error.responseCode = 421;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(','),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            messageId: mail.messageId ?? '',
            headers: mail.headers,
            rawHeader: (name) =>
              mail.headerLines
                .find((h) => h.key === name.toLowerCase())
                ?.line.replace(/^[^:]+:\s*/, '')
                .replace(/\r?\n\s+/g, ' '),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    mailsTo: (to, subject) =>
      inbox.filter(
        (m) =>
          m.to === to.toLowerCase() &&
          (subject === undefined || (typeof subject === 'string' ? m.subject.includes(subject) : subject.test(m.subject))),
      ),
    setDown: (value) => void (down = value),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text part whose path starts with `path`. */
export function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s]*`));
  if (!match) throw new Error(`No ${path} link in:\n${text}`);
  return match[0];
}
