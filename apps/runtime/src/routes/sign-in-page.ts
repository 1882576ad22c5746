import { Hono } from 'hono';

// The minimal sign-in page the runtime serves until the studio (issue #5) takes over: sign in,
// or create the first owner on a fresh install. No inline script or style, so the strict CSP
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
  <section id="signed-in" hidden>
    <h2>Signed in</h2>
    <p id="who"></p>
    <button id="sign-out" type="button">Sign out</button>
  </section>
</main>
</body>
</html>`;

const css = `body{font:16px/1.5 system-ui,sans-serif;background:#f5f6f8;color:#1c2430;margin:0}
main{max-width:24rem;margin:10vh auto;background:#fff;padding:2rem;border-radius:.75rem;box-shadow:0 1px 4px #0002}
h1{margin:0 0 1rem;font-size:1.4rem}h2{font-size:1.1rem}
label{display:block;margin:.75rem 0}input{display:block;width:100%;box-sizing:border-box;padding:.5rem;margin-top:.25rem;border:1px solid #b8c0cc;border-radius:.4rem;font:inherit}
button{padding:.55rem 1.1rem;border:0;border-radius:.4rem;background:#2456d6;color:#fff;font:inherit;cursor:pointer}
#status{min-height:1.5rem;color:#b3261e}`;

const js = `const $ = (id) => document.getElementById(id);
const show = (id) => { for (const el of ['sign-in', 'first-owner', 'signed-in']) $(el).hidden = el !== id; };
const say = (text) => { $('status').textContent = text; };
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
async function start() {
  const me = await whoAmI();
  if (me) {
    $('who').textContent = me.email + ' · ' + me.role + ' of ' + me.organization.name;
    return show('signed-in');
  }
  const setup = await (await fetch('/api/setup')).json();
  show(setup.needsFirstOwner ? 'first-owner' : 'sign-in');
}
$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  say('');
  try {
    await post('/api/auth/sign-in/email', { email: form.get('email'), password: form.get('password') });
    await start();
  } catch (error) { say(error.message); }
});
$('first-owner').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = Object.fromEntries(new FormData(event.target));
  say('');
  try { await post('/api/setup/first-owner', form); await start(); } catch (error) { say(error.message); }
});
$('sign-out').addEventListener('click', async () => {
  await post('/api/auth/sign-out', {});
  say('');
  await start();
});
start().catch(() => say('Switchyard is not reachable; retry shortly.'));`;

/** `/sign-in` and its script and style; `/` leads there. */
export function signInPage() {
  const app = new Hono();
  app.get('/', (c) => c.redirect('/sign-in'));
  app.get('/sign-in', (c) => c.html(html));
  // Browsers ask for it on every page; no icon yet, and no 404 in their console either.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/sign-in.js', (c) =>
    c.body(js, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/sign-in.css', (c) => c.body(css, 200, { 'content-type': 'text/css; charset=utf-8' }));
  return app;
}
