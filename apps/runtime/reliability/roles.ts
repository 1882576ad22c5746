// The fuzzer's attacks as every role (issue 19, items 4–7, 12 and 14): members of every role,
// an outsider and an anonymous visitor call every tRPC procedure and every better-auth route,
// with drafts that derive values from personal fields. Every answer is checked against the
// access tables and searched for pieces of people's personal data, members' e-mails and the
// invitation's id and token; the sign-in page's redirect is tried with hostile `next` values;
// and the database file must hold no session or reset token as issued.
import { readFileSync } from 'node:fs';
import { appRouter, authRouteAccess, procedureRoles, type Role, roles } from '@switchyard/api';
import { members } from '@switchyard/db';
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import type { startRuntime } from '../src/server';
import { screenedAssignFlow } from '../test/flows';
import { type memoryMailer, sessionClient } from '../test/session';

type Client = ReturnType<typeof sessionClient>;
type Caller = Role | 'outsider' | 'anonymous';
export const callers: readonly Caller[] = [...roles, 'outsider', 'anonymous'];

// Personal values are unique tokens: 6 characters of a name or e-mail, 8 digits of a phone, in an
// answer are a piece of them (they do not turn up in ids, dates or counts by chance).
const people = [
  {
    email: 'qz7kw3vt9xpl@northwind.example',
    phone: '+442079460813',
    first: 'Quillonard',
    last: 'Vantrebbski',
  },
  {
    email: 'mb4ry8uo2ned@northwind.example',
    phone: '+13127750196',
    first: 'Ysoldamire',
    last: 'Kroftenhal',
  },
  // An invalid phone: it comes back as a warning on the lead (issue 19, item 5).
  {
    email: 'hw9cj1ze6tqa@globex.example',
    phone: '0061290847735999',
    first: 'Brannwulfe',
    last: 'Ostrevicka',
  },
];
const memberTokens: Record<Caller, string> = {
  owner: 'ow5tg8mzq1',
  manager: 'mn2vk7dxr4',
  consultant: 'cs9pl3wjy6',
  rep: 're4hx1qbn8',
  viewer: 'vw6zc2tfu5',
  outsider: 'ou3jn9kse7',
  anonymous: '',
};
const memberEmail = (who: Caller) => `${memberTokens[who]}@members.example`;
const password = (who: Caller) => `${who} has a long fuzz password`;

function pieces(value: string, size: number): string[] {
  const found: string[] = [];
  for (let at = 0; at + size <= value.length; at++) found.push(value.slice(at, at + size));
  return found.map((piece) => piece.toLowerCase());
}
const personalPieces = people.flatMap((person) => [
  ...pieces(person.email.split('@')[0] ?? '', 6),
  ...pieces(person.phone.replace(/\D/g, ''), 8),
  ...pieces(person.first, 6),
  ...pieces(person.last, 6),
]);
/** Who may read lead PII: the others must never see a piece of it. */
const seesPersonalData = new Set<Caller>(['owner', 'manager', 'rep']);
/** Who may read members' e-mails (member.list, list-members): the others see only their own. */
const seesMembers = new Set<Caller>(['owner', 'manager']);

/** Before the runtime under attack starts: an account of every role, and a reset e-mail. */
export async function seedAccounts(
  runtime: Awaited<ReturnType<typeof startRuntime>>,
  orgId: string,
  mailer: ReturnType<typeof memoryMailer>,
) {
  for (const who of callers.filter((c) => c !== 'anonymous')) {
    const body = { name: `Fuzz ${who}`, email: memberEmail(who), password: password(who) };
    const { user } = await runtime.deps.auth.api.signUpEmail({ body });
    if (who === 'outsider') continue;
    await runtime.database.write((tx) =>
      tx.insert(members).values({
        id: `mem_${who}`,
        organizationId: orgId,
        userId: user.id,
        role: who,
        repId: who === 'rep' ? 'r1' : null,
        createdAt: new Date(),
      }),
    );
  }
  await runtime.deps.auth.api.requestPasswordReset({
    body: { email: memberEmail('viewer'), redirectTo: '/sign-in' },
  });
  const resetToken = new URL(mailer.linkTo(memberEmail('viewer'))).pathname.split('/').pop() ?? '';
  return { resetToken };
}

type Target = {
  url: string;
  orgId: string;
  flowId: string;
  versionId: string;
  teamId: string;
  source: { id: string; apiKey: string };
  sourceIds: string[];
};

/** A draft whose screening rule reads personal fields. */
function draftWith(rule: unknown) {
  const draft = structuredClone(screenedAssignFlow);
  for (const step of draft.nodes) if (step.id === 'screen') step.config = { rule };
  return draft;
}

const personalField = fc.constantFrom('email', 'phone', 'firstName', 'lastName', 'domain');
/** JSON Logic that derives values from personal fields: concatenations, slices, comparisons. */
const derivedRule: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    personalField.map((field) => ({ var: field })),
    fc.tuple(tie('value'), tie('value')).map(([a, b]) => ({ cat: ['#', a, '|', b] })),
    fc
      .tuple(tie('value'), fc.integer({ min: -8, max: 8 }), fc.integer({ min: 1, max: 12 }))
      .map(([value, start, length]) => ({ substr: [value, start, length] })),
  ),
  rule: fc.oneof(
    tie('value'),
    fc.tuple(tie('value'), fc.string({ maxLength: 3 })).map(([a, b]) => ({ '==': [a, b] })),
    fc.tuple(tie('value'), tie('value')).map(([a, b]) => ({ in: [a, b] })),
    tie('value').map((a) => ({ '!!': [a] })),
  ),
})).rule;

/**
 * A bit-extraction attack: does character `at` of a personal field equal `guess`? Half the
 * guesses are right (the attacker's luck), so a draft that reads real values decides otherwise
 * than one that reads only what the caller is shown.
 */
const guessRule: fc.Arbitrary<unknown> = fc
  .record({
    person: fc.constantFrom(...people),
    field: fc.constantFrom('email', 'phone', 'first', 'last'),
    at: fc.integer({ min: 1, max: 6 }),
    lucky: fc.boolean(),
    other: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  })
  .map(({ person, field, at, lucky, other }) => {
    const canonical = { email: 'email', phone: 'phone', first: 'firstName', last: 'lastName' };
    const value = person[field as keyof typeof person].toLowerCase();
    const guess = lucky ? (value[at] ?? other) : other;
    const read = { substr: [{ var: canonical[field as keyof typeof canonical] }, at, 1] };
    return { '==': [{ substr: [{ cat: [read] }, 0, 1] }, guess] };
  });

/** Did the draft's screening step decide as it would on the lead the caller was shown? */
function decidedOnHiddenData(rule: unknown, answer: unknown): boolean {
  const data = (answer as { result?: { data?: Record<string, unknown> } })?.result?.data;
  const steps = (data?.trace as { steps?: Array<{ nodeId: string; output: unknown }> })?.steps;
  const screen = steps?.find((step) => step.nodeId === 'screen');
  if (!data?.lead || !screen) return false;
  const shown = { ...(data.lead as Record<string, unknown>) };
  for (const key of ['email', 'firstName', 'lastName', 'phone'])
    if (typeof shown[key] === 'string') shown[key] = (shown[key] as string).toLowerCase();
  const holds = jsonLogic.truthy(jsonLogic.apply(rule as jsonLogic.RulesLogic, shown));
  return (holds ? 'pass' : 'fail') !== screen.output;
}

/**
 * Signs everyone in, sends people's leads through a real source, has the owner invite a new
 * owner, then calls every procedure and better-auth route as every caller. Returns the problems.
 */
export async function attackAsEveryRole(
  target: Target,
  options: { seed: number; afterEachCaller: (when: string) => Promise<void> },
) {
  const problems: string[] = [];
  const clients = {} as Record<Caller, Client>;
  for (const who of callers) {
    clients[who] = sessionClient(target.url);
    if (who === 'anonymous') continue;
    const signedIn = await clients[who].signIn(memberEmail(who), password(who));
    if (signedIn.status !== 200) problems.push(`${who} could not sign in (${signedIn.status})`);
  }
  const leadIds: string[] = [];
  for (const person of people) {
    const response = await fetch(`${target.url}/v1/sources/${target.source.id}/leads`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${target.source.apiKey}`,
      },
      body: JSON.stringify({ ...person, firstName: person.first, lastName: person.last }),
    });
    const answer = (await response.json()) as { leadId?: string };
    if (answer.leadId) leadIds.push(answer.leadId);
  }
  const invited = await clients.owner.post('/api/auth/organization/invite-member', {
    email: 'cfo@fuzz.example',
    role: 'owner',
    organizationId: target.orgId,
  });
  const invitationId = String(invited.body?.id ?? 'no invitation');
  const invitationToken =
    new URL(String(invited.body?.inviteUrl ?? 'http://x/?token=none')).searchParams.get('token') ??
    'none';

  const leaks = (who: Caller, answer: unknown): string | null => {
    const text = JSON.stringify(answer ?? null).toLowerCase();
    const squeezed = text.replace(/[\s().+-]/g, '');
    if (!seesPersonalData.has(who)) {
      const piece = personalPieces.find((p) => squeezed.includes(p));
      if (piece) return `a piece of personal data ("${piece}")`;
    }
    for (const other of callers) {
      if (other === who || other === 'anonymous' || seesMembers.has(who)) continue;
      if (text.includes(memberTokens[other])) return `the e-mail of the ${other}`;
    }
    if (who !== 'owner' && text.includes(invitationId.toLowerCase())) return 'the invitation id';
    if (text.includes(invitationToken.toLowerCase())) return 'the invitation token';
    return null;
  };

  const rules = fc.sample(fc.oneof(derivedRule, guessRule), { seed: options.seed, numRuns: 200 });
  const drafts = rules.map(draftWith);
  const idFor: Record<string, string[]> = {
    flow: [target.flowId],
    experiment: [target.flowId],
    template: [target.flowId],
    lead: leadIds,
    rep: ['r1', 'r2'],
    source: target.sourceIds,
    team: [target.teamId],
    member: callers.filter((c) => c !== 'anonymous' && c !== 'outsider').map((c) => `mem_${c}`),
    pool: ['overflow'],
  };
  const procedures = appRouter._def.procedures as Record<string, { _def: { type: string } }>;
  const table = procedureRoles as Record<string, readonly Role[]>;
  let call = 0;
  for (const who of callers) {
    const client = clients[who];
    for (const [path, allowed] of Object.entries(table)) {
      const isMember = who !== 'outsider' && who !== 'anonymous';
      const mayCall = isMember && allowed.includes(who as Role);
      const isQuery = procedures[path]?._def.type === 'query';
      // Allowed mutations would change what the other attacks need; refused ones change nothing.
      if (mayCall && !isQuery && !/simulate|backtest|validate|impactSample|test$/.test(path))
        continue;
      const [router = ''] = path.split('.');
      // Every record of the kind the procedure takes: each lead, each source, each rep.
      for (const id of idFor[router] ?? [target.flowId]) {
        call += 1;
        const input = {
          id,
          flowId: target.flowId,
          versionId: target.versionId,
          leadId: leadIds[call % leadIds.length],
          poolId: 'overflow',
          days: 30,
          document: drafts[call % drafts.length],
          sample: { email: 'sample@acme.example' },
        };
        const answer = isQuery ? await client.query(path, input) : await client.mutate(path, input);
        const leaked = leaks(who, answer.body);
        if (leaked) problems.push(`${who} ${path} answered ${leaked}`);
        const refused = answer.status === 401 || answer.status === 403;
        if (!mayCall && !refused && path !== 'account.me')
          problems.push(`${who} may not call ${path} but it answered ${answer.status}`);
      }
    }
    // Simulations of real leads with drafts that derive values from their personal fields.
    for (let index = 0; index < 60 && table['flow.simulate']?.includes(who as Role); index++) {
      const rule = rules[index % rules.length];
      const answer = await client.mutate('flow.simulate', {
        id: target.flowId,
        document: draftWith(rule),
        leadId: leadIds[index % leadIds.length],
      });
      const leaked = leaks(who, answer.body);
      if (leaked) problems.push(`${who} flow.simulate of a real lead answered ${leaked}`);
      call += 1;
      if (!seesPersonalData.has(who) && decidedOnHiddenData(rule, answer.body))
        problems.push(
          `${who} flow.simulate decided on personal data it is not shown: ${JSON.stringify(rule)}`,
        );
    }
    for (const [route, access] of Object.entries(authRouteAccess)) {
      const [method = 'GET', path = '/'] = route.split(' ');
      const url = `/api/auth${path.replace(/:[a-z]+/gi, 'x')}?organizationId=${target.orgId}`;
      const allowed =
        access === 'anyone' ||
        (access === 'signed_in' && who !== 'anonymous') ||
        (Array.isArray(access) && (access as readonly string[]).includes(who));
      // Allowed POSTs sign out, revoke sessions or create organisations: only reads are tried.
      if (allowed && method !== 'GET') continue;
      call += 1;
      const answer =
        method === 'GET'
          ? await client.get(url)
          : await client.post(url, { organizationId: target.orgId, invitationId });
      const leaked = leaks(who, answer.body);
      if (leaked) problems.push(`${who} ${route} answered ${leaked}`);
      if (!allowed && answer.status !== 401 && answer.status !== 403)
        problems.push(`${who} may not call ${route} but it answered ${answer.status}`);
    }
    await options.afterEachCaller(`after the calls as ${who}`);
  }

  // An account for the invited address that never read the invitation cannot accept it.
  const impostor = sessionClient(target.url);
  await impostor.post('/api/auth/sign-up/email', {
    name: 'Not the CFO',
    email: 'cfo@fuzz.example',
    password: 'impostor has a long password',
  });
  await impostor.signIn('cfo@fuzz.example', 'impostor has a long password');
  for (const token of [undefined, '', invitationId]) {
    const accepted = await impostor.post('/api/auth/organization/accept-invitation', {
      invitationId,
      ...(token === undefined ? {} : { token }),
    });
    if (accepted.status < 400)
      problems.push(`the invited address accepted without the mailed token (${token ?? 'none'})`);
  }

  // Sign-up tells no one which e-mails are registered; change-password has a limit (item 13).
  const signUp = (email: string) =>
    sessionClient(target.url).post('/api/auth/sign-up/email', {
      name: 'Someone',
      email,
      password: 'a long enough password',
    });
  const taken = await signUp(memberEmail('viewer'));
  const fresh = await signUp('never.seen@fuzz.example');
  const shape = (answer: { status: number; body: unknown }) =>
    `${answer.status} ${Object.keys(answer.body ?? {}).sort()}`;
  if (shape(taken) !== shape(fresh))
    problems.push(`sign-up tells a registered e-mail (${shape(taken)} vs ${shape(fresh)})`);
  const changes: number[] = [];
  for (let attempt = 0; attempt < 12; attempt++) {
    const changed = await clients.consultant.post('/api/auth/change-password', {
      currentPassword: `wrong ${attempt}`,
      newPassword: 'a new long fuzz password',
    });
    changes.push(changed.status);
  }
  if (!changes.includes(429)) problems.push(`12 wrong change-passwords: ${changes.join(',')}`);

  problems.push(...(await redirectsOffSite(target.url, options.seed)));
  const sessionTokens = Object.values(clients).flatMap((client) =>
    [...client.jar]
      .filter(([name]) => name.endsWith('session_token'))
      .map(([, value]) => decodeURIComponent(value).split('.')[0] ?? ''),
  );
  return { problems, sessionTokens, calls: call };
}

/**
 * The sign-in page's own code for `next`, run on hostile values the way the browser would:
 * every result must stay on this site (issue 19, item 12).
 */
async function redirectsOffSite(url: string, seed: number): Promise<string[]> {
  const page = await (await fetch(`${url}/sign-in`)).text();
  const sources = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((found) => found[1]);
  const scripts = await Promise.all(
    [page, ...sources].map((src) =>
      src === page ? page : fetch(new URL(src ?? '', `${url}/sign-in`)).then((r) => r.text()),
    ),
  );
  const code = scripts.find((text) => text.includes('const next =')) ?? '';
  const script = code.slice(code.indexOf('const params ='));
  // Up to the statement after `const next = …` (top-level statements start a line).
  const afterNext = script.slice(script.indexOf('const next =')).search(/\n[a-z]/);
  const upToNext = script.slice(0, script.indexOf('const next =') + afterNext);
  const nextOf = new Function('location', `${upToNext}\nreturn next;`) as (location: {
    search: string;
    origin: string;
  }) => string;
  const origin = 'https://switchyard.test';
  const piece = fc.constantFrom(
    '/',
    '\\',
    '//',
    '%2F',
    '%5C',
    '\t',
    '%09',
    '\n',
    'evil.example',
    '127.0.0.1:9911',
    '@',
    ':',
    'x',
    '..',
    'https:',
    '?',
    '#',
  );
  // Mostly paths (anything else must go home), then URL-significant pieces in any order.
  const wanted = fc
    .tuple(fc.constantFrom('/', '/', '/', ''), fc.array(piece, { minLength: 1, maxLength: 5 }))
    .map(([start, parts]) => start + parts.join(''));
  const problems: string[] = [];
  for (const next of fc.sample(wanted, { seed, numRuns: 2000 })) {
    const search = `?${new URLSearchParams({ next })}`;
    const result = URL.parse(nextOf({ search, origin }), origin);
    // An address the browser cannot parse goes nowhere (location.replace throws).
    if (result && result.origin !== origin)
      problems.push(`sign-in with next=${JSON.stringify(next)} leaves for ${result.origin}`);
  }
  return problems.slice(0, 3);
}

/** The database on disk (file and write-ahead log) holds no token as it was issued. */
export function tokensOnDisk(databaseFile: string, tokens: string[]): string[] {
  const bytes = [databaseFile, `${databaseFile}-wal`]
    .map((file) => {
      try {
        return readFileSync(file).toString('latin1');
      } catch {
        return '';
      }
    })
    .join('');
  return tokens
    .filter((token) => token.length > 10 && bytes.includes(token))
    .map((token) => `the database file holds a token as issued (${token.slice(0, 4)}…)`);
}
