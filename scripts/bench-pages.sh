#!/usr/bin/env bash
# scripts/bench.sh pages [--quick]: the portal's pages under load, side by side with bare Kestrel, in one run.
#
# Two processes on loopback, both Release builds: bench/DirectPayments.Bare (Kestrel answering "ok", and a JSON echo)
# and the portal (environment "Benchmark", SQLite with the demo data in a fresh folder, Serilog at Warning, the
# estimator's per-client limit lifted). wrk (Debian's package) loads each target with 2 threads and 32 connections on
# the same 2 cores. The citizen signs in through the real sign-in form, so every signed-in request carries the real
# session cookie. Each target: a warm-up, then rounds; the median round's requests a second and p99 are reported, with
# the ratio to bare Kestrel (pages) or to the bare echo (the estimator API). Results in artifacts/bench/summary-pages.md.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
[ "${1:-}" = --quick ] && quick=true
rounds=$($quick && echo 1 || echo 3)
seconds=$($quick && echo 3 || echo 8)
warmup=$($quick && echo 2 || echo 4)

command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
echo "Building the portal and the bare baseline (Release)..." >&2
dotnet build src/DirectPayments.Web -c Release -v q -nologo > /dev/null
dotnet build bench/DirectPayments.Bare -c Release -v q -nologo > /dev/null

work=$(mktemp -d /tmp/dp-bench-pages.XXXXXX)
bare_port=${BARE_PORT:-5195}
portal_port=${PORTAL_PORT:-5190}
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

dotnet bench/DirectPayments.Bare/bin/Release/net10.0/DirectPayments.Bare.dll --urls "http://127.0.0.1:$bare_port" > "$work/bare.log" 2>&1 &
pids+=($!)
(
  cd src/DirectPayments.Web
  ASPNETCORE_ENVIRONMENT=Benchmark DemoData__Enabled=true Database__DataFolder="$work/data" \
    Serilog__MinimumLevel__Default=Warning RateLimiting__EstimatorRequestsPerMinute=100000000 \
    exec dotnet bin/Release/net10.0/DirectPayments.Web.dll --urls "http://127.0.0.1:$portal_port"
) > "$work/portal.log" 2>&1 &
pids+=($!)

bare="http://127.0.0.1:$bare_port"
portal="http://127.0.0.1:$portal_port"
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$portal/health/ready" && curl -sf -o /dev/null "$bare/" && break
  sleep 1
done
curl -sf -o /dev/null "$portal/health/ready" || { echo "The portal did not start: see $work/portal.log" >&2; cat "$work/portal.log" >&2; exit 1; }

# Signs in through the form, as a person would, and prints the session cookie.
sign_in() {
  local page token antiforgery
  page=$(curl -s -D "$work/h1" "$portal/account/sign-in")
  token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//;s/"$//')
  antiforgery=$(grep -i '^set-cookie: DirectPayments.Antiforgery' "$work/h1" | sed 's/^[Ss]et-[Cc]ookie: //;s/;.*//' | tr -d '\r')
  curl -s -o /dev/null -D "$work/h2" -H "Cookie: $antiforgery" --data-urlencode "Email=$1" --data-urlencode "Password=Demo-Passw0rd!" \
    --data-urlencode "__RequestVerificationToken=$token" "$portal/account/sign-in"
  grep -i '^set-cookie: DirectPayments.Auth' "$work/h2" | sed 's/^[Ss]et-[Cc]ookie: //;s/;.*//' | tr -d '\r'
}
citizen=$(sign_in citizen@example.org)
[ -n "$citizen" ] || { echo "The demo citizen could not sign in" >&2; exit 1; }
case_path=$(curl -s -H "Cookie: $citizen" "$portal/citizen" | grep -o '/citizen/cases/[0-9a-f-]*' | head -1)
[ -n "$case_path" ] || { echo "The demo citizen has no case" >&2; exit 1; }

cat > "$work/estimate.json" << 'EOF'
{"financialYear":"2025-26","age":30,"pensionCreditAgeReached":false,"couple":false,"loneParent":false,
"dependentChildren":0,"disabilityPremium":true,"enhancedDisabilityPremium":true,"carerPremium":false,"declinedToDisclose":false,
"incomes":[{"type":"PipDailyLiving","amount":110.40,"frequency":"Weekly"},{"type":"PipMobility","amount":77.05,"frequency":"Weekly"},
{"type":"EmploymentAndSupportAllowance","amount":140.55,"frequency":"Weekly"},{"type":"HousingBenefit","amount":95.00,"frequency":"Weekly"}],
"capital":[{"type":"Savings","amount":5000.00,"share":1.0}],"housingCosts":[],"disabilityRelatedExpenditure":24.55,"weeklyCostOfCare":60.00}
EOF
cat > "$work/post.lua" << EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$work/estimate.json", "r")
wrk.body = file:read("*a")
file:close()
EOF

results="$work/results"
: > "$results"

# run NAME URL [cookie COOKIE | post]: a warm-up, then rounds; appends "NAME|median-req/s p99-ms non-2xx".
run() {
  local name=$1 url=$2 curl_args=() wrk_args=()
  case "${3:-}" in
    cookie) curl_args=(-H "Cookie: $4"); wrk_args=(-H "Cookie: $4") ;;
    post) curl_args=(-X POST -H "Content-Type: application/json" --data @"$work/estimate.json"); wrk_args=(-s "$work/post.lua") ;;
  esac
  echo "Measuring $name..." >&2
  # A target that does not answer 200 would measure an error page: refuse it.
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "${curl_args[@]}" "$url")
  if [ "$status" != 200 ]; then echo "$url answered $status, not 200" >&2; exit 1; fi
  wrk -t2 -c32 -d"${warmup}s" "${wrk_args[@]}" "$url" > /dev/null
  local median
  median=$(for _ in $(seq 1 "$rounds"); do
    wrk -t2 -c32 -d"${seconds}s" --latency "${wrk_args[@]}" "$url" | awk '
      /Requests\/sec/ { rps = $2 }
      /Non-2xx/ { bad = $4 }
      $1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
                    p99 = (u == "us") ? v / 1000 : (u == "s") ? v * 1000 : v }
      END { printf "%s %.2f %d\n", rps, p99, bad + 0 }'
  done | sort -n | awk -v n="$rounds" 'NR == int((n + 1) / 2) { print }')
  printf '%s|%s\n' "$name" "$median" >> "$results"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M')
run "Bare Kestrel (GET / \"ok\")" "$bare/"
run "Start page, anonymous" "$portal/"
run "Accessibility statement, anonymous" "$portal/accessibility"
run "Accessibility statement, signed in" "$portal/accessibility" cookie "$citizen"
run "Citizen's case page, signed in" "$portal$case_path" cookie "$citizen"
run "Citizen's account page, signed in" "$portal$case_path/account" cookie "$citizen"
run "Bare JSON echo (POST /echo)" "$bare/echo" post
run "Estimator API (POST)" "$portal/api/v1/contribution-estimates" post
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

summary=artifacts/bench/summary-pages.md
mkdir -p artifacts/bench
{
  echo "Run $started UTC on $(nproc) cores, .NET $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }'), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "wrk -t2 -c32, ${rounds} round(s) of ${seconds} s after ${warmup} s of warm-up per target; load average before $load_before, after $load_after"
  echo
  echo "| Target | requests/s (median round) | p99 (ms) | non-2xx | ratio to bare |"
  echo "|---|---|---|---|---|"
  awk -F'|' '
    { split($2, f, " "); name[NR] = $1; rps[NR] = f[1]; p99[NR] = f[2]; bad[NR] = f[3] }
    name[NR] ~ /^Bare Kestrel/ { kestrel = f[1] }
    name[NR] ~ /^Bare JSON echo/ { echo = f[1] }
    END {
      for (i = 1; i <= NR; i++) {
        base = (name[i] ~ /Estimator|echo/) ? echo : kestrel
        printf "| %s | %.0f | %.2f | %d | %.3f |\n", name[i], rps[i], p99[i], bad[i], rps[i] / base
      }
    }' "$results"
  awk -F'|' '
    { split($2, f, " ") }
    $1 ~ /Accessibility statement, anonymous/ { anon = f[1] }
    $1 ~ /Accessibility statement, signed in/ { signed = f[1] }
    END { printf "\nThe same static page signed in costs %.2f× what it costs anonymous (requests a second, anonymous / signed in).\n", anon / signed }' "$results"
} > "$summary"
echo
cat "$summary"
