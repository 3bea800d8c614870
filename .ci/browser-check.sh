#!/usr/bin/env bash
# Browser check: loads every HTML page `ppm build` makes for the flagship policy in a real headless
# Chromium, saves a screenshot of each under target/screenshots/, and fails when a page logs anything
# to the console (a script error, a blocked script or resource — the pages have no scripts and a CSP
# that forbids them, so any console message is a defect) or renders nothing.
#
# Usage: .ci/browser-check.sh [POLICY]   (default: the flagship). Needs the built jar or builds it via ./ppm.
# Installs Debian's chromium (and a CJK font for readable screenshots) when missing; needs root for that.
set -euo pipefail
cd "$(dirname "$0")/.."

policy="${1:-examples/jinshang-consumer-finance/policy.yaml}"
work="target/browser-check"
site="$work/site"
shots="target/screenshots"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "browser-check: installing ${missing[*]} from Debian's packages" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

rm -rf "$work" "$shots"
mkdir -p "$site" "$shots" "$work/logs"

# One fresh profile per page; no network services, no first-run UI, console messages to stderr.
render() { # render PAGE PNG LOG
  local page="$1" png="$2" log="$3" profile
  profile="$(mktemp -d)"
  local status=0
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
      --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
      --enable-logging=stderr --v=0 --hide-scrollbars --window-size=1440,1800 \
      --screenshot="$png" "file://$(realpath "$page")" >/dev/null 2>"$log" || status=$?
  rm -rf "$profile"
  return $status
}

console_errors() { # lines Chromium logs for console messages of the page
  grep -E ':CONSOLE(\(|:)[0-9]+' "$1" || true
}

# The check must be able to fail: a page that logs to the console has to be caught.
canary="$work/canary.html"
printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>canary</title></head><body><p>canary</p><script>console.error("browser-check canary")</script></body></html>\n' > "$canary"
render "$canary" "$work/canary.png" "$work/logs/canary.log"
if [ -z "$(console_errors "$work/logs/canary.log")" ]; then
  echo "browser-check: Chromium's console log is not being captured; the check would pass blindly" >&2
  exit 1
fi

./ppm build "$policy" -o "$site"

pages=()
while IFS= read -r page; do pages+=("$page"); done < <(find "$site" -name '*.html' | sort)
if [ ${#pages[@]} -lt 15 ]; then
  echo "browser-check: expected the index and 14 table pages, found ${#pages[@]}" >&2
  exit 1
fi

failed=0
for page in "${pages[@]}"; do
  name="${page#"$site"/}"
  name="${name//\//_}"
  png="$shots/${name%.html}.png"
  log="$work/logs/${name%.html}.log"
  if ! render "$page" "$png" "$log"; then
    echo "FAIL $page: chromium exited with an error (log: $log)" >&2
    failed=1
    continue
  fi
  errors="$(console_errors "$log")"
  if [ -n "$errors" ]; then
    echo "FAIL $page: console messages:" >&2
    echo "$errors" >&2
    failed=1
  elif [ ! -s "$png" ] || [ "$(stat -c %s "$png")" -lt 10000 ]; then
    echo "FAIL $page: no screenshot, or a blank one ($png)" >&2
    failed=1
  else
    echo "ok   $page -> $png"
  fi
done

if [ $failed -ne 0 ]; then
  echo "browser-check: failed" >&2
  exit 1
fi
echo "browser-check: ${#pages[@]} pages rendered without console messages; screenshots in $shots/"
