#!/usr/bin/env bash
# scripts/bench.sh weight: the pages as a phone on a slow connection gets them (docs/adr/0050).
#
# Publishes the portal (Release, as a council deploys it: the styles and scripts compressed with gzip and Brotli) into
# a fresh folder, starts it there (environment "Benchmark", SQLite with the demo data), and loads a first page with an
# empty cache, then a second, then the demo citizen's account page once signed in, in Debian's Chromium under
# DevTools' "Slow 3G" and "Fast 3G" throttling (bench/page-weight/measure.mjs): the load time, the bytes on the wire,
# and what the browser asked of the portal.
# Results in artifacts/bench/summary-weight.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/apt-install.sh

if [ ! -x /usr/bin/chromium ]; then
  apt_install "for the page weight benchmark" chromium
fi
work=$(mktemp -d /tmp/dp-bench-weight.XXXXXX)
port=${PORTAL_PORT:-5196}
portal="http://127.0.0.1:$port"
portal_pid=
cleanup() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Publishing the portal (Release)..." >&2
dotnet publish src/DirectPayments.Web -c Release -o "$work/portal" -v q -nologo > "$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; exit 1; }
(
  cd "$work/portal"
  ASPNETCORE_ENVIRONMENT=Benchmark DemoData__Enabled=true Database__DataFolder="$work/data" Serilog__MinimumLevel__Default=Warning \
    exec dotnet DirectPayments.Web.dll --urls "$portal"
) > "$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$portal/health/ready" && break
  sleep 1
done
curl -sf -o /dev/null "$portal/health/ready" || { echo "The portal did not start: see below" >&2; cat "$work/portal.log" >&2; exit 1; }

mkdir -p artifacts/bench
{
  echo "# Page weight, $(date -u '+%Y-%m-%d %H:%M') UTC, $(git rev-parse --short HEAD)"
  echo
  echo "Published portal, demo data; Chromium $(/usr/bin/chromium --version 2> /dev/null | awk '{print $2}') with DevTools' throttling."
  echo
  node --experimental-websocket bench/page-weight/measure.mjs "$portal"
  echo
  echo "Files as published, and as sent to a browser that accepts Brotli:"
  echo
  echo "| File | As written (bytes) | Sent (bytes) | Cache-Control |"
  echo "|---|---|---|---|"
  for file in $(curl -s "$portal/" | grep -o -E '(href|src)="/[^"]+\.(css|js|mjs)"' | cut -d'"' -f2); do
    headers=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: br, gzip' "$portal$file" | tr -d '\r')
    whole=$(curl -s "$portal$file" | wc -c)
    echo "| $file | $whole | $(grep -i '^content-length:' <<< "$headers" | awk '{print $2}') ($(grep -i '^content-encoding:' <<< "$headers" | awk '{print $2}')) | $(grep -i '^cache-control:' <<< "$headers" | cut -d' ' -f2-) |"
  done
} | tee artifacts/bench/summary-weight.md
