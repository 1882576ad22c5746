import type { SecretBox } from '../security/secret-box';

/**
 * Provider settings that are credentials: Meta's Page access token (it reads every lead of the
 * Page) and its webhook verify token. They are stored sealed — `{ "sealed": "v1.…" }` in the
 * settings JSON — and never shown again after saving, like signing secrets (issue 19).
 */
export const secretSettingKeys = ['accessToken', 'verifyToken'] as const;

/** Settings that only the operator sets (env), never a source: the Graph API's base address. */
export const operatorSettingKeys = ['graphBaseUrl'] as const;

type Settings = Record<string, unknown>;
type Sealed = { sealed: string };

const isSealed = (value: unknown): value is Sealed =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { sealed?: unknown }).sealed === 'string';

/**
 * The settings to store: secret settings sealed; a secret setting left out keeps its stored
 * value (the studio cannot send back what it was never shown), and `null` removes it.
 */
export function sealSettings(next: Settings, stored: Settings, secrets: SecretBox): Settings {
  const sealed: Settings = { ...next };
  for (const key of secretSettingKeys) {
    const value = next[key];
    if (value === undefined) {
      if (stored[key] !== undefined) sealed[key] = stored[key];
    } else if (value === null || value === '') {
      delete sealed[key];
    } else if (typeof value === 'string') {
      sealed[key] = { sealed: secrets.seal(value) } satisfies Sealed;
    }
  }
  for (const key of operatorSettingKeys) delete sealed[key];
  return sealed;
}

/** The settings a provider works with: secret settings opened (a legacy plain value as it is). */
export function openSettings(stored: Settings, secrets: SecretBox): Settings {
  const opened: Settings = { ...stored };
  for (const key of secretSettingKeys) {
    const value = stored[key];
    if (isSealed(value)) opened[key] = secrets.open(value.sealed);
  }
  for (const key of operatorSettingKeys) delete opened[key];
  return opened;
}

/** The settings anyone may read: no secret setting, only which of them are set. */
export function publicSettings(stored: Settings): { settings: Settings; secretSettings: string[] } {
  const settings: Settings = { ...stored };
  const secretSettings: string[] = [];
  for (const key of secretSettingKeys) {
    if (settings[key] !== undefined && settings[key] !== null) secretSettings.push(key);
    delete settings[key];
  }
  for (const key of operatorSettingKeys) delete settings[key];
  return { settings, secretSettings };
}
