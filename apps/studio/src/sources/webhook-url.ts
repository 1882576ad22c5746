/** The full address a form posts to: the studio is served by the runtime that takes leads. */
export function webhookUrl(path: string, origin = window.location.origin): string {
  return new URL(path, origin).toString();
}
