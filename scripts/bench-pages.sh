#!/usr/bin/env bash
# scripts/bench.sh pages [--quick] [--council]: the portal's pages under load, side by side with bare Kestrel, in one run.
#
# Two processes on loopback, both Release builds: bench/DirectPayments.Bare (Kestrel answering "ok", and a JSON echo)
# and the portal (environment "Benchmark", SQLite with the demo data in a fresh folder, Serilog at Warning, the
# estimator's per-client limit lifted). wrk (Debian's package) loads each target with 2 threads and 32 connections on
# the same 2 cores. The citizen signs in through the real sign-in form, so every signed-in request carries the real
# session cookie. Each target: a warm-up, then rounds; the median round's requests a second and p99 are reported, with
# the ratio to bare Kestrel (pages) or to the bare echo (the estimator API). Results in artifacts/bench/summary-pages.md.
#
# Staff sign in too, with the code their authenticator app would show (worked out from the demo staff's key), and their
# pages (caseload, review queue, payment-run preview) are measured under the 32 connections and as one member of staff
# waiting (1 connection: the latency a person sees).
#
# --council adds a large council's data to the demo's before the portal serves: 3,000 more people with active direct
# payments and five years of ledger lines (the benchmarks' generator), 250 of their cases on the demo case manager's
# caseload. Results in artifacts/bench/summary-pages-council.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/apt-install.sh

quick=false
council=false
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --council) council=true ;;
    *) echo "Unknown option $arg: scripts/bench.sh pages [--quick] [--council]" >&2; exit 1 ;;
  esac
done
rounds=$($quick && echo 1 || echo 3)
seconds=$($quick && echo 3 || echo 8)
warmup=$($quick && echo 2 || echo 4)

if ! command -v wrk > /dev/null; then
  apt_install "for the pages benchmark" wrk
fi
echo "Building the portal and the bare baseline (Release)..." >&2
dotnet build src/DirectPayments.Web -c Release -v q -nologo > /dev/null
dotnet build bench/DirectPayments.Bare -c Release -v q -nologo > /dev/null
$council && dotnet build bench/DirectPayments.Benchmarks -c Release -v q -nologo > /dev/null

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
bare="http://127.0.0.1:$bare_port"
portal="http://127.0.0.1:$portal_port"
start_portal() {
  (
    cd src/DirectPayments.Web
    ASPNETCORE_ENVIRONMENT=Benchmark DemoData__Enabled=true Database__DataFolder="$work/data" \
      Serilog__MinimumLevel__Default=Warning RateLimiting__EstimatorRequestsPerMinute=100000000 \
      exec dotnet bin/Release/net10.0/DirectPayments.Web.dll --urls "http://127.0.0.1:$portal_port"
  ) >> "$work/portal.log" 2>&1 &
  portal_pid=$!
  pids+=("$portal_pid")
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "$portal/health/ready" && curl -sf -o /dev/null "$bare/" && break
    sleep 1
  done
  curl -sf -o /dev/null "$portal/health/ready" || { echo "The portal did not start: see $work/portal.log" >&2; cat "$work/portal.log" >&2; exit 1; }
}
start_portal

if $council; then
  # The portal made the database, its demo data and its key ring; stopped, the generator adds a council to it.
  kill "$portal_pid"; wait "$portal_pid" 2> /dev/null || true
  echo "Adding 3,000 people with five years of history..." >&2
  dotnet bench/DirectPayments.Benchmarks/bin/Release/net10.0/DirectPayments.Benchmarks.dll generate --people 3000 --years 5 --into-existing \
    --out "$work/data/directpayments.db" >&2
  python3 - "$work/data/directpayments.db" << 'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
manager = db.execute("SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'CASEMANAGER@EXAMPLE.ORG'").fetchone()[0]
db.execute("UPDATE Cases SET CaseManagerId = ? WHERE Id IN (SELECT Id FROM Cases WHERE CaseManagerId = 'bench-case-manager' ORDER BY Reference LIMIT 250)", (manager,))
db.commit()
PY
  start_portal
fi

# The cookies a response set, as one Cookie header value.
cookies_from() { grep -i '^set-cookie:' "$1" | sed 's/^[Ss]et-[Cc]ookie: //;s/;.*//' | tr -d '\r' | paste -sd ';' | sed 's/;/; /g'; }

# The form's anti-forgery token in a page.
token_in() { grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<< "$1" | head -1 | sed 's/.*value="//;s/"$//'; }

# Signs in through the form, as a person would, and prints the session cookie. Staff then give the code their
# authenticator app shows now: the demo staff's key, RFC 6238 (30-second steps, 6 digits); a code works once per
# account, which each account here uses once.
sign_in() {
  local page token antiforgery waiting
  page=$(curl -s -D "$work/h1" "$portal/account/sign-in")
  token=$(token_in "$page")
  antiforgery=$(cookies_from "$work/h1")
  curl -s -o /dev/null -D "$work/h2" -H "Cookie: $antiforgery" --data-urlencode "Email=$1" --data-urlencode "Password=Demo-Passw0rd!" \
    --data-urlencode "__RequestVerificationToken=$token" "$portal/account/sign-in"
  if grep -qi '^location: .*authenticator-code' "$work/h2"; then
    waiting="$antiforgery; $(cookies_from "$work/h2")"
    page=$(curl -s -H "Cookie: $waiting" "$portal/account/authenticator-code")
    token=$(token_in "$page")
    local code
    code=$(python3 -c '
import base64, hashlib, hmac, struct, time
key = base64.b32decode("DEMOSTAFFAUTHENTICATORKEYABCDEFG")
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 15
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000))')
    curl -s -o /dev/null -D "$work/h2" -H "Cookie: $waiting" --data-urlencode "Code=$code" \
      --data-urlencode "__RequestVerificationToken=$token" "$portal/account/authenticator-code"
  fi
  grep -i '^set-cookie: DirectPayments.Auth' "$work/h2" | sed 's/^[Ss]et-[Cc]ookie: //;s/;.*//' | tr -d '\r'
}
citizen=$(sign_in citizen@example.org)
[ -n "$citizen" ] || { echo "The demo citizen could not sign in" >&2; exit 1; }
case_path=$(curl -s -H "Cookie: $citizen" "$portal/citizen" | grep -o '/citizen/cases/[0-9a-f-]*' | head -1)
[ -n "$case_path" ] || { echo "The demo citizen has no case" >&2; exit 1; }
manager=$(sign_in casemanager@example.org)
reviewer=$(sign_in reviewer@example.org)
finance=$(sign_in finance@example.org)
for who in manager reviewer finance; do [ -n "${!who}" ] || { echo "The demo $who could not sign in" >&2; exit 1; }; done
preview_path=$(curl -s -H "Cookie: $finance" "$portal/payments" | grep -o '/payments/preview?period=[0-9-]*' | head -1)
[ -n "$preview_path" ] || { echo "The payments page offers no period to preview" >&2; exit 1; }

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
# CONNS sets the connections (32 unless said; 1 is one person waiting for each page in turn).
run() {
  local name=$1 url=$2 curl_args=() wrk_args=() conns=${CONNS:-32}
  local load=(-t"$(( conns < 2 ? 1 : 2 ))" -c"$conns")
  case "${3:-}" in
    cookie) curl_args=(-H "Cookie: $4"); wrk_args=(-H "Cookie: $4") ;;
    post) curl_args=(-X POST -H "Content-Type: application/json" --data @"$work/estimate.json"); wrk_args=(-s "$work/post.lua") ;;
  esac
  echo "Measuring $name..." >&2
  # A target that does not answer 200 would measure an error page: refuse it.
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "${curl_args[@]}" "$url")
  if [ "$status" != 200 ]; then echo "$url answered $status, not 200" >&2; exit 1; fi
  wrk "${load[@]}" -d"${warmup}s" "${wrk_args[@]}" "$url" > /dev/null
  local median
  median=$(for _ in $(seq 1 "$rounds"); do
    wrk "${load[@]}" -d"${seconds}s" --latency "${wrk_args[@]}" "$url" | awk '
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
run "Caseload, case manager signed in" "$portal/case-management" cookie "$manager"
run "Review queue, reviewer signed in" "$portal/review" cookie "$reviewer"
run "Payment-run preview, finance signed in" "$portal$preview_path" cookie "$finance"
CONNS=1 run "Caseload, 1 connection" "$portal/case-management" cookie "$manager"
CONNS=1 run "Review queue, 1 connection" "$portal/review" cookie "$reviewer"
CONNS=1 run "Payment-run preview, 1 connection" "$portal$preview_path" cookie "$finance"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

summary=artifacts/bench/summary-pages$($council && echo -council || true).md
mkdir -p artifacts/bench
{
  echo "Run $started UTC on $(nproc) cores, .NET $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }'), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "wrk -t2 -c32 (1 connection where a row says so), ${rounds} round(s) of ${seconds} s after ${warmup} s of warm-up per target; load average before $load_before, after $load_after"
  if $council; then echo; echo "Data: the demo's, plus 3,000 people with active direct payments and five years of ledger lines, 250 of them on the demo case manager's caseload."; fi
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
