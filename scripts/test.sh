#!/usr/bin/env bash
# The test command of the README: installs the real peer tools the tests compare against
# (MVT from PyPI, in a project-local virtual environment), then runs every test of the
# workspace. Tests that need the shared corpus find it through UNSTALK_CORPUS or ../shared/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
MVT_VENV="$(bash scripts/ensure-mvt.sh)"
export MVT_VENV
cargo test --locked --workspace "$@"
