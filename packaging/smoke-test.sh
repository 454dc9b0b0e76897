#!/bin/sh
# Proves a built bundle is complete: it starts without the checkout or the venv, opens and
# migrates a new store, loads the demo (resources), prints a PDF (fonts) and passes its check.
# Usage: sh packaging/smoke-test.sh dist/obecdesk/obecdesk
set -eu
APP=$(realpath "$1")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"  # not the checkout: the bundle must not read files from it
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$WORK/config"
"$APP" --version
"$APP" --data-dir "$WORK/store" demo
"$APP" --data-dir "$WORK/store" stats --json > stats.json
grep -q '"actors": [1-9]' stats.json || { echo "smoke test: no actors after demo"; exit 1; }
meeting=$("$APP" --data-dir "$WORK/store" list meetings --json | sed -n 's/.*"id": "\([^"]*\)".*/\1/p' | head -1)
"$APP" --data-dir "$WORK/store" report agenda --meeting "$meeting" --out agenda.pdf
[ -s agenda.pdf ] || { echo "smoke test: no PDF"; exit 1; }
"$APP" --data-dir "$WORK/store" search-minutes bydleni --json > hits.json  # diacritics-insensitive
grep -q '"meeting_id"' hits.json || { echo "smoke test: minutes search found nothing"; exit 1; }
"$APP" --data-dir "$WORK/store" list methods --json | grep -q '"id"' || { echo "smoke test: no methods"; exit 1; }
"$APP" --data-dir "$WORK/store" check
echo "packaged obecdesk works: $(cat stats.json | tr -d ' \n' | cut -c1-80)…"
