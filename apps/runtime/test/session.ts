import type { AnyJson } from './http';

/** A browser-like client: keeps cookies, sends our Origin on every request like a browser. */
export function sessionClient(baseUrl: string, origin = baseUrl) {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  async function request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Headers; body: AnyJson }> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(origin ? { origin } : {}),
        ...(jar.size > 0 ? { cookie: cookieHeader() } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /max-age=0/i.test(cookie)) jar.delete(name);
      else jar.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON; keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }
  return {
    jar,
    get: (path: string, headers?: Record<string, string>) =>
      request('GET', path, undefined, headers),
    post: (path: string, body: unknown = {}, headers?: Record<string, string>) =>
      request('POST', path, body, headers),
    signIn: (email: string, password: string) =>
      request('POST', '/api/auth/sign-in/email', { email, password }),
    /** A tRPC query over GET, as the studio sends it. */
    query: (path: string, input?: unknown) =>
      request(
        'GET',
        `/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
      ),
    /** A tRPC mutation over POST. */
    mutate: (path: string, input: unknown, headers?: Record<string, string>) =>
      request('POST', `/trpc/${path}`, input, headers),
  };
}

/** A mailer that keeps every e-mail, for tests to read links from. */
export function memoryMailer() {
  const sent: Array<{ to: string; subject: string; text: string }> = [];
  return {
    sent,
    async send(mail: { to: string; subject: string; text: string }) {
      sent.push(mail);
    },
    /** The first URL in the last e-mail to `to`. */
    linkTo(to: string): string {
      const mail = sent.filter((m) => m.to === to).at(-1);
      const url = mail?.text.match(/https?:\/\/\S+/)?.[0];
      if (!url) throw new Error(`No e-mail with a link was sent to ${to}.`);
      return url;
    },
  };
}
