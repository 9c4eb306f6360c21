#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK and Node.js: Debian's Chromium for the browser tests
# (Playwright cannot download browsers here), Debian's nginx for the cluster tests (two portals behind it), the pinned
# dotnet tools, and the pinned npm tools the integration tests
# start themselves (tests/tools: Azurite, the Azure Storage emulator).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/apt-install.sh

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  apt_install "for the browser tests" chromium fonts-liberation
fi

# The cluster tests run nginx themselves, as the test's own process on a high port: only the binary is needed.
nginx="${NGINX_PATH:-/usr/sbin/nginx}"
if [ ! -x "$nginx" ]; then
  apt_install "for the cluster tests" nginx
fi

command -v node >/dev/null || { echo "Node.js is needed to build the GOV.UK Frontend assets: install nodejs and npm" >&2; exit 1; }
dotnet tool restore >/dev/null

# Exactly the locked versions, again only when the lock changed; no install scripts, which none of them needs.
if ! cmp -s tests/tools/package-lock.json tests/tools/node_modules/.installed-from-lock 2>/dev/null; then
  (cd tests/tools && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null && cp package-lock.json node_modules/.installed-from-lock)
fi
