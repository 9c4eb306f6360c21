#!/usr/bin/env bash
# Refreshes the list of common passwords the portal refuses, from zxcvbn-ts's English-agnostic common dictionary
# (npm @zxcvbn-ts/language-common, MIT): its passwords.json, the most common passwords seen in breaches, most common
# first. Usage: scripts/update-common-passwords.sh [version]
set -euo pipefail
version="${1:-4.1.3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/DirectPayments.Infrastructure/Identity/CommonPasswords.txt"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@zxcvbn-ts/language-common@$version" >/dev/null && tar xzf ./*.tgz)
python3 - "$work/package/src/passwords.json" "$out" "$version" <<'PY'
import json, sys
words = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# @zxcvbn-ts/language-common {sys.argv[3]} passwords.json (MIT, https://github.com/zxcvbn-ts/zxcvbn); refreshed by scripts/update-common-passwords.sh\n")
    for w in words:
        w = w.strip().lower()
        if w and not w.startswith("#"):
            f.write(w + "\n")
PY
echo "Wrote $(($(wc -l < "$out") - 1)) common passwords to $out"
