#!/usr/bin/env bash
# Makes sure a headless Chromium or Chrome exists for SVG, PNG, PDF and HTML-report tests.
# Uses one that is already there (PUPPETEER_EXECUTABLE_PATH, or chromium / chrome on PATH);
# otherwise installs Debian's chromium when run as root with apt-get; otherwise says what to do.
set -euo pipefail

if [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -x "${PUPPETEER_EXECUTABLE_PATH}" ]; then
  echo "browser: ${PUPPETEER_EXECUTABLE_PATH} (PUPPETEER_EXECUTABLE_PATH)"
  exit 0
fi
for name in chromium chromium-browser google-chrome-stable google-chrome chrome; do
  if path=$(command -v "$name" 2>/dev/null); then
    echo "browser: $path"
    exit 0
  fi
done

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "browser: none found; installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-liberation fonts-dejavu-core \
    </dev/null >/dev/null
  echo "browser: $(command -v chromium)"
  exit 0
fi

cat >&2 <<'MSG'
No Chromium or Chrome found. SVG, PNG and PDF charts and the HTML-report tests need one:
  Debian/Ubuntu:  sudo apt-get install chromium
  or point planwerk at one:  export PUPPETEER_EXECUTABLE_PATH=/path/to/chrome
MSG
exit 1
