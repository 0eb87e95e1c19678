#!/usr/bin/env bash
# The test command of the README: installs the real peer tools the tests compare against
# (MVT and jsonschema from PyPI, in a project-local virtual environment), then runs every test
# of the workspace and ends with one line totalling them. Tests that need the shared corpus
# find it through UNSTALK_CORPUS or ../shared/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
MVT_VENV="$(bash scripts/ensure-mvt.sh)"
export MVT_VENV
bash scripts/ensure-androguard.sh >/dev/null
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
cargo test --locked --workspace --no-fail-fast "$@" 2>&1 | tee "$log" || status=$?
# cargo prints one "test result" line per test binary; the last one is often a crate's empty
# doc-test run, so say the total plainly.
awk '/^test result:/ { passed += $4; failed += $6; ignored += $8 }
     /\*\*\* SKIPPED/ { skipped += 1 }
     END { printf "total: %d passed, %d failed, %d skipped\n", passed, failed, ignored + skipped }' "$log"
exit "$status"
