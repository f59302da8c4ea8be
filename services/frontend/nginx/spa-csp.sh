#!/bin/sh
# Renders nginx's security headers from the SPA's runtime config.json before nginx starts
# (run by the nginx image's entrypoint from /docker-entrypoint.d/). The Content-Security-Policy
# lets the page connect to exactly its own origin, the OIDC issuer and the API origins named in
# config.json, so a deployment cannot drift from the policy. Fails, and so stops the container,
# when config.json is missing or names no valid issuer.
#
#   SPA_CONFIG       the runtime config     (default /usr/share/nginx/html/config.json)
#   SPA_HEADERS_DIR  where to write headers (default /tmp/spa)
set -eu

config="${SPA_CONFIG:-/usr/share/nginx/html/config.json}"
out="${SPA_HEADERS_DIR:-/tmp/spa}"

fail() {
  echo "spa-csp: $*" >&2
  exit 1
}

[ -r "$config" ] || fail "$config is missing: mount the runtime configuration (issuer, clientId, apiBaseUrl)"

# The value of a top-level string key of config.json (a flat object), or nothing.
value() {
  tr -d '\n' <"$config" | sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p"
}

# scheme://host[:port] of an http(s) URL; fails on anything else.
origin() {
  case "$1" in *[\\\'\"]*) fail "$2 must not contain quotes or backslashes" ;; esac
  printf '%s' "$1" | grep -Eq '^https?://[][A-Za-z0-9.:@-]+(/[^[:space:];,]*)?$' || fail "$2 is not an http(s) URL: '$1'"
  printf '%s' "$1" | sed -E 's#^(https?://[^/]+).*#\1#'
}

issuer="$(value issuer)"
[ -n "$issuer" ] || fail "$config names no issuer"
connect="'self' $(origin "$issuer" issuer)"
for key in apiBaseUrl grpcWebBaseUrl; do
  url="$(value "$key")"
  if [ -n "$url" ]; then
    o="$(origin "$url" "$key")"
    case " $connect " in *" $o "*) ;; *) connect="$connect $o" ;; esac
  fi
done

mkdir -p "$out"
cat >"$out/security-headers.conf.tmp" <<CONF
# Rendered by spa-csp.sh from $config.
add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src $connect; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'" always;
add_header X-Content-Type-Options "nosniff" always;
add_header Referrer-Policy "no-referrer" always;
add_header X-Frame-Options "DENY" always;
add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), payment=()" always;
add_header Cross-Origin-Opener-Policy "same-origin" always;
CONF
mv "$out/security-headers.conf.tmp" "$out/security-headers.conf"
echo "spa-csp: connect-src $connect"
