/** A parsed JSON answer; tests read it by path, and a wrong path fails their assertion. */
// biome-ignore lint/suspicious/noExplicitAny: see above; typing every answer would only restate it.
export type AnyJson = any;

/** POSTs JSON to the runtime and returns status, headers and the parsed body. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: AnyJson }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    redirect: 'manual',
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON (a redirect or an HTML page); keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** A lead submission for the generic JSON source. */
export function leadBody(i: number, extra: Record<string, unknown> = {}) {
  return {
    email: `person${i}@company${i}.example`,
    firstName: `P${i}`,
    company: `Co ${i}`,
    ...extra,
  };
}
