import { failure } from '@switchyard/engine';
import { err, ok } from '@switchyard/logic';
import { formFields } from './bodies';
import { jsonProvider } from './json';
import type { Provider } from './provider';

/**
 * A plain HTML form posting straight from a browser: no secret can hide in a web page, so the
 * source is protected by its rate limit, an optional Origin allow-list and a honeypot field.
 */
export const htmlFormProvider: Provider = {
  type: 'html_form',
  label: 'HTML form',
  verify(request, context) {
    const allowed = context.settings.allowedOrigins;
    if (Array.isArray(allowed) && allowed.length > 0) {
      const origin = request.headers.get('origin');
      if (!origin || !allowed.includes(origin)) {
        return err(failure('unauthorized', 'This form may only be posted from its own website.'));
      }
    }
    return ok(undefined);
  },
  async parse(request, context) {
    const contentType = request.headers.get('content-type') ?? '';
    if (!/application\/x-www-form-urlencoded|multipart\/form-data/i.test(contentType)) {
      return err(
        failure(
          'unsupported_media_type',
          'An HTML form source takes urlencoded or multipart form posts.',
        ),
      );
    }
    const fields = await formFields(request).catch(() => null);
    if (!fields) return err(failure('malformed_body', 'The form body could not be read.'));
    const honeypot =
      typeof context.settings.honeypotField === 'string'
        ? context.settings.honeypotField
        : 'website';
    const trap = fields[honeypot];
    const spam = typeof trap === 'string' ? trap.trim() !== '' : trap !== undefined;
    const { [honeypot]: _trap, ...record } = fields;
    return ok([{ eventId: null, record, payload: record, spam }]);
  },
  defaultMapping: Object.fromEntries(
    Object.entries(jsonProvider.defaultMapping).filter(([target]) => target !== 'website'),
  ),
};
