#!/usr/bin/env bash
# The main job on the real plan: validate, schedule, chart, report. Output goes to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-browser.sh
npm run --silent build
mkdir -p out
plan() { node bin/plan "$@"; }
plan validate plans/*.yaml
plan schedule plans/e-zusammenarbeit.yaml
plan gantt plans/e-zusammenarbeit.yaml -o out/e-zusammenarbeit.svg -o out/e-zusammenarbeit.png \
  -o out/e-zusammenarbeit.md
plan report plans/e-zusammenarbeit.yaml -o out/beschlusskontrolle.md \
  -o out/beschlusskontrolle.html
echo "charts and reports written to out/"
