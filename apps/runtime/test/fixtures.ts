import { readFileSync } from 'node:fs';

/** The shared form-tool fixtures beside the repository (`../shared/fixtures/forms/`). */
export const fixturesFolder = new URL('../../../../shared/fixtures/forms/', import.meta.url);

/** A fixture's exact committed bytes: the signature vectors are computed over them. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(name, fixturesFolder));
}

/** The published signature test vectors of `../shared/fixtures/forms/README.md`. */
export const vectors = {
  typeform: {
    secret: 'tf_test_secret_4b7e9a',
    signature: 'sha256=N/9AI2wIA1q/h99T2u7JojiHmm9x0lF191R9zL2vH2Y=',
  },
  tally: {
    secret: 'tally_test_secret_91c2',
    signature: '9e7d8ccXUToEPnVZsEJTzHeuEQKgK5WbTfB1rjFUUDI=',
  },
  webflow: {
    secret: 'wf_test_secret_5d3a',
    timestamp: '1795172729384',
    signature: '0a44741d252188d4b100762116532691ed554a5a03b88f91d627fc750c0112ac',
  },
  meta: {
    secret: 'meta_app_secret_test_0f1e',
    batchedSignature: 'sha256=8de6c15170d3c91a1ffb2181028497bd445b75afbfa5e4291b9a029dc1b828da',
  },
  standardWebhooks: {
    secret: 'whsec_c3dpdGNoeWFyZC1maXh0dXJlLXNlY3JldC0zMmJ5dGU=',
    id: 'msg_2pX7yJ4kQ9wN3vB6mT1rZ8cF5hD',
    timestamp: '1795176067',
    signature: 'v1,49KcNkGNEnhdmDBZkoaiJ9ejHObK1RgCEDCkGmgbjIc=',
  },
  jotformBoundary: '------------------------7Qf3kZp9LmX2aB8cD4eF6g',
} as const;
