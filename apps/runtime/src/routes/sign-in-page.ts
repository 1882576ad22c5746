import { Hono } from 'hono';

// The sign-in page, apart from the studio so it stays tiny and works without it: sign in,
// create the first owner on a fresh install, reset a forgotten password from the mailed link,
// and join an organisation from an invitation link (signing up first when new). No inline script or style, so the strict CSP
// (script-src 'self') holds.

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Switchyard</title>
<link rel="stylesheet" href="/sign-in.css">
<script type="module" src="/sign-in.js"></script>
</head>
<body>
<main>
  <h1>Switchyard</h1>
  <p id="status" role="status" aria-live="polite"></p>
  <form id="sign-in" hidden>
    <h2>Sign in</h2>
    <label>E-mail <input name="email" type="email" autocomplete="username" required></label>
    <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
    <button type="submit">Sign in</button>
    <p><button type="button" class="link" data-show="forgot">Forgot your password?</button></p>
    <p class="invited" hidden><button type="button" class="link" data-show="sign-up">New here? Create your account</button></p>
  </form>
  <form id="sign-up" hidden>
    <h2>Create your account</h2>
    <p>You were invited to an organisation; your account joins it.</p>
    <label>Your name <input name="name" autocomplete="name" required></label>
    <label>E-mail <input name="email" type="email" autocomplete="username" required></label>
    <label>Password <input name="password" type="password" autocomplete="new-password" minlength="10" required></label>
    <button type="submit">Create account</button>
    <p><button type="button" class="link" data-show="sign-in">I have an account</button></p>
  </form>
  <form id="forgot" hidden>
    <h2>Reset your password</h2>
    <label>E-mail <input name="email" type="email" autocomplete="username" required></label>
    <button type="submit">Send me a link</button>
    <p><button type="button" class="link" data-show="sign-in">Back to sign-in</button></p>
  </form>
  <form id="reset" hidden>
    <h2>Choose a new password</h2>
    <label>New password <input name="password" type="password" autocomplete="new-password" minlength="10" required></label>
    <button type="submit">Set password</button>
  </form>
  <form id="first-owner" hidden>
    <h2>Create the first owner</h2>
    <p>Nobody has an account yet. The first account owns a new organisation.</p>
    <label>Your name <input name="name" autocomplete="name" required></label>
    <label>Organisation <input name="organization" autocomplete="organization" required></label>
    <label>E-mail <input name="email" type="email" autocomplete="username" required></label>
    <label>Password <input name="password" type="password" autocomplete="new-password" minlength="10" required></label>
    <button type="submit">Create owner</button>
  </form>
</main>
</body>
</html>`;

const css = `body{font:16px/1.5 system-ui,sans-serif;background:#f5f6f8;color:#1c2430;margin:0}
main{max-width:24rem;margin:10vh auto;background:#fff;padding:2rem;border-radius:.75rem;box-shadow:0 1px 4px #0002}
h1{margin:0 0 1rem;font-size:1.4rem}h2{font-size:1.1rem}
label{display:block;margin:.75rem 0}input{display:block;width:100%;box-sizing:border-box;padding:.5rem;margin-top:.25rem;border:1px solid #b8c0cc;border-radius:.4rem;font:inherit}
button{padding:.55rem 1.1rem;border:0;border-radius:.4rem;background:#2456d6;color:#fff;font:inherit;cursor:pointer}
button.link{background:none;color:#2456d6;padding:0;text-decoration:underline}
#status{min-height:1.5rem;color:#b3261e}#status.ok{color:#1b6e3a}`;

/**
 * Where to go after signing in: `wanted` when it is a page of this site, else `/`. Read the way
 * the browser will read it (`/\\host`, `/%09/host` and `//host` are other sites: the URL parser
 * turns a backslash into a slash and drops tabs and newlines), then kept to path, query and hash.
 * Runs in the page (its source is inlined into the script below) and in tests.
 */
export function safeNext(wanted: string | null, origin: string): string {
  if (!wanted?.startsWith('/')) return '/';
  try {
    const url = new URL(wanted, origin);
    return url.origin === origin ? url.pathname + url.search + url.hash : '/';
  } catch {
    return '/';
  }
}

const js = `const $ = (id) => document.getElementById(id);
const screens = ['sign-in', 'sign-up', 'forgot', 'reset', 'first-owner'];
const show = (id) => { for (const el of screens) $(el).hidden = el !== id; };
const say = (text, ok = false) => { $('status').textContent = text; $('status').className = ok ? 'ok' : ''; };
const params = new URLSearchParams(location.search);
const invitation = params.get('invitation');
const invitationToken = params.get('token');
// Back to the studio page that sent the visitor here; only a path of this site.
const next = (${safeNext.toString()})(params.get('next'), location.origin);
const fields = (event) => Object.fromEntries(new FormData(event.target));
async function post(path, body) {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data?.error?.message ?? data?.message ?? 'That did not work; try again.');
  return data;
}
async function whoAmI() {
  const response = await fetch('/trpc/account.me', { credentials: 'same-origin' });
  if (!response.ok) return null;
  return (await response.json()).result.data;
}
async function joinInvitedOrganisation() {
  if (!invitation) return;
  await post('/api/auth/organization/accept-invitation', { invitationId: invitation, token: invitationToken });
  history.replaceState(null, '', '/sign-in');
}
async function start() {
  const me = await whoAmI();
  if (me) return location.replace(next);
  if (params.get('token') && !invitation) return show('reset');
  const setup = await (await fetch('/api/setup')).json();
  document.querySelector('.invited').hidden = !invitation;
  show(setup.needsFirstOwner ? 'first-owner' : invitation ? 'sign-up' : 'sign-in');
}
function onSubmit(id, action) {
  $(id).addEventListener('submit', async (event) => {
    event.preventDefault();
    say('');
    try { await action(fields(event)); } catch (error) { say(error.message); }
  });
}
for (const link of document.querySelectorAll('[data-show]')) {
  link.addEventListener('click', () => { say(''); show(link.dataset.show); });
}
onSubmit('sign-in', async (form) => {
  await post('/api/auth/sign-in/email', { email: form.email, password: form.password });
  await joinInvitedOrganisation();
  await start();
});
onSubmit('sign-up', async (form) => {
  await post('/api/auth/sign-up/email', form);
  await post('/api/auth/sign-in/email', { email: form.email, password: form.password });
  await joinInvitedOrganisation();
  await start();
});
onSubmit('forgot', async (form) => {
  await post('/api/auth/request-password-reset', { email: form.email, redirectTo: '/sign-in' });
  say('If that address has an account, a link to reset its password is on its way.', true);
});
onSubmit('reset', async (form) => {
  await post('/api/auth/reset-password', { token: params.get('token'), newPassword: form.password });
  history.replaceState(null, '', '/sign-in');
  params.delete('token');
  say('Your password is changed; sign in with it.', true);
  show('sign-in');
});
onSubmit('first-owner', async (form) => { await post('/api/setup/first-owner', form); await start(); });
start().catch(() => say('Switchyard is not reachable; retry shortly.'));`;

/** `/sign-in` and its script and style. */
export function signInPage() {
  const app = new Hono();
  app.get('/sign-in', (c) => c.html(html));
  // Browsers ask for it on every page; no icon yet, and no 404 in their console either.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/sign-in.js', (c) =>
    c.body(js, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/sign-in.css', (c) => c.body(css, 200, { 'content-type': 'text/css; charset=utf-8' }));
  return app;
}
