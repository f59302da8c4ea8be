// Test OpenID Connect provider for the tests and `make dev` (never for production: Keycloak
// is the production provider). A real `oidc-provider`: Authorization Code + PKCE S256 enforced,
// redirect URIs checked, login and consent pages, RS256 JWT access tokens for the resource
// `timeseries-api` carrying the roles the way Keycloak's mappers do (`realm_access.roles` and
// a flat `roles` claim).
//
// Configuration (environment):
//   IDP_PORT           port to listen on (127.0.0.1)                       required
//   IDP_ISSUER         issuer URL                           default http://127.0.0.1:<port>
//   IDP_REDIRECT_URIS  comma list of the SPA's redirect URIs   default http://localhost:4200/
//   IDP_ACCESS_TTL     access token lifetime, seconds                         default 600
// Users and passwords: users.json beside this file. Signing key: test-key.json (test data).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import Provider from 'oidc-provider';

const here = new URL('.', import.meta.url);
const users = JSON.parse(readFileSync(new URL('users.json', here), 'utf8'));
const jwks = JSON.parse(readFileSync(new URL('test-key.json', here), 'utf8'));

const port = Number(process.env.IDP_PORT);
if (!port) throw new Error('IDP_PORT is required');
const issuer = process.env.IDP_ISSUER || `http://127.0.0.1:${port}`;
const redirectUris = (process.env.IDP_REDIRECT_URIS || 'http://localhost:4200/')
  .split(',').map((u) => u.trim()).filter(Boolean);
const accessTtl = Number(process.env.IDP_ACCESS_TTL || 600);
const allowedOrigins = new Set(redirectUris.map((u) => new URL(u).origin));

// The resource indicator must be a URI; the audience inside the token is the bare name
// the API checks (OIDC_AUDIENCE=timeseries-api), as Keycloak's audience mapper puts it.
export const RESOURCE = 'urn:timeseries-api';
const AUDIENCE = 'timeseries-api';

const rolesOf = (accountId) => users[accountId]?.roles ?? [];

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'timeseries-spa',
    token_endpoint_auth_method: 'none',
    application_type: 'web',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: redirectUris,
    post_logout_redirect_uris: redirectUris,
  }],
  jwks,
  pkce: { required: () => true },
  cookies: { keys: ['timeseries-test-idp-cookie-key'] },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'] },
  scopes: ['openid', 'profile', 'email', 'offline_access'],
  ttl: { AccessToken: accessTtl, IdToken: accessTtl, AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600 },
  // Browsers call the token endpoint from the SPA's origin only.
  clientBasedCORS: (ctx, origin) => allowedOrigins.has(origin),
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, resource) => {
        if (resource !== RESOURCE) throw new Error(`unknown resource ${resource}`);
        return {
          scope: 'openid profile email offline_access',
          audience: AUDIENCE,
          accessTokenTTL: accessTtl,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
  extraTokenClaims: (ctx, token) => {
    if (token.kind !== 'AccessToken') return undefined;
    const roles = rolesOf(token.accountId);
    return { realm_access: { roles }, roles, preferred_username: token.accountId };
  },
  findAccount: (ctx, id) => (users[id] ? {
    accountId: id,
    claims: () => ({ sub: id, name: users[id].name, preferred_username: id, email: `${id}@example.test` }),
  } : undefined),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  renderError: (ctx, out) => {
    ctx.type = 'html';
    ctx.body = page('Error', `<pre id="error">${escape(JSON.stringify(out))}</pre>`);
  },
});

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1>${body}</body></html>`;

async function readForm(req) {
  let raw = '';
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > 65536) throw new Error('form too large');
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

function loginForm(uid, clientId, error = '') {
  return page('Sign in', `${error ? `<p id="login-error">${escape(error)}</p>` : ''}
<p>Sign in to ${escape(clientId)}</p>
<form method="post" action="/interaction/${uid}/login" autocomplete="off">
  <label>User <input name="login" required autofocus></label>
  <label>Password <input name="password" type="password" required></label>
  <button type="submit" name="submit">Sign in</button>
</form>`);
}

function consentForm(uid, clientId) {
  return page('Authorize', `<p>${escape(clientId)} asks to read your timeseries.</p>
<form method="post" action="/interaction/${uid}/confirm">
  <button type="submit" id="consent" name="consent" autofocus>Continue</button>
</form>
<a href="/interaction/${uid}/abort">Cancel</a>`);
}

// Login and consent pages: the interaction endpoints oidc-provider redirects the browser to.
async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  const clientId = details.params.client_id;
  if (req.method === 'GET' && action === '') {
    return send(res, 200, details.prompt.name === 'login' ? loginForm(uid, clientId) : consentForm(uid, clientId));
  }
  if (req.method === 'GET' && action === 'abort') {
    return provider.interactionFinished(req, res,
      { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
  }
  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    const user = users[form.login];
    if (!user || user.password !== form.password) {
      return send(res, 401, loginForm(uid, clientId, 'Invalid user or password.'));
    }
    return provider.interactionFinished(req, res, { login: { accountId: form.login } }, { mergeWithLastSubmission: false });
  }
  if (req.method === 'POST' && action === 'confirm') {
    await readForm(req);
    const { grantId, session, prompt: { details: missing } } = details;
    const grant = grantId ? await provider.Grant.find(grantId)
      : new provider.Grant({ accountId: session.accountId, clientId });
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const consent = { grantId: await grant.save() };
    return provider.interactionFinished(req, res, { consent }, { mergeWithLastSubmission: true });
  }
  return send(res, 404, page('Not found', ''));
}

const callback = provider.callback();
const server = http.createServer(async (req, res) => {
  const match = /^\/interaction\/([^/?]+)(?:\/(login|confirm|abort))?\/?(?:\?.*)?$/.exec(req.url);
  if (!match) return callback(req, res);
  try {
    await interaction(req, res, match[1], match[2] ?? '');
  } catch (err) {
    send(res, 400, page('Interaction failed', `<pre id="error">${escape(err.message)}</pre>`));
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ msg: 'idp listening', issuer, redirectUris }));
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
