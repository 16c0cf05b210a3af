// The portal shell: sign-in, who you are, and a navigation fitted to your role.
// Issue 6 replaces this page with the full React portal.
const app = document.getElementById('app');
const TOKEN_KEY = 'backdesk.token';

const NAV = {
  owner: ['Dashboard', 'Clients', 'Team', 'Time', 'Billing', 'Audit'],
  manager: ['Dashboard', 'Clients', 'Team', 'Time', 'Billing'],
  agent: ['My work', 'My clients', 'Timesheet'],
  client: ['Awaiting your approval', 'Tickets', 'Hours', 'Billing'],
};

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function api(path, options = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const response = await fetch(path, {
    ...options,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(body.error?.message ?? 'Request failed'), { status: response.status });
  return body;
}

function renderSignIn(message = '') {
  app.innerHTML = `
    <form class="sign-in" novalidate>
      <h1>Sign in to Backdesk</h1>
      <label>Email <input name="email" type="email" autocomplete="username" required></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
      <p class="error" role="alert">${escapeHtml(message)}</p>
      <button type="submit">Sign in</button>
    </form>`;
  const form = app.querySelector('form');
  form.email.focus();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    button.textContent = 'Signing in…';
    try {
      const { token } = await api('/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({ email: form.email.value, password: form.password.value }),
      });
      sessionStorage.setItem(TOKEN_KEY, token);
      await renderShell();
    } catch (error) {
      form.querySelector('.error').textContent = error.message;
      button.disabled = false;
      button.textContent = 'Sign in';
    }
  });
}

async function renderShell() {
  app.innerHTML = '<p class="status">Loading…</p>';
  try {
    const { user, tenant } = await api('/api/me');
    const clients = await api('/api/clients');
    const items = NAV[user.role].map((name) => `<li><a href="#${escapeHtml(name)}">${escapeHtml(name)}</a></li>`).join('');
    const clientList = clients.items.length
      ? `<ul class="clients">${clients.items.map((c) => `<li>${escapeHtml(c.name)}</li>`).join('')}</ul>`
      : '<p class="empty">No clients yet.</p>';
    app.innerHTML = `
      <header class="shell">
        <div><strong class="firm">${escapeHtml(tenant.name)}</strong> · <span class="user">${escapeHtml(user.name)}</span> (${escapeHtml(user.role)})</div>
        <button type="button" class="sign-out">Sign out</button>
      </header>
      <nav aria-label="Main"><ul>${items}</ul></nav>
      <section aria-labelledby="clients-heading"><h2 id="clients-heading">Clients</h2>${clientList}</section>`;
    app.querySelector('.sign-out').addEventListener('click', () => {
      sessionStorage.removeItem(TOKEN_KEY);
      renderSignIn();
    });
  } catch (error) {
    sessionStorage.removeItem(TOKEN_KEY);
    renderSignIn(error.status === 401 ? 'Your session has ended; sign in again.' : error.message);
  }
}

if (sessionStorage.getItem(TOKEN_KEY)) renderShell();
else renderSignIn();
