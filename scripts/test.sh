#!/usr/bin/env bash
# The test command of the README: installs the real peer tools the tests compare against
# (MVT from PyPI, in a project-local virtual environment), then runs every test of the
# workspace. Tests that need the shared corpus find it through UNSTALK_CORPUS or ../shared/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
export MVT_VENV="${MVT_VENV:-$(pwd)/.venv/mvt}"
# The version the tests were written against; MVT's STIX reading changes between releases.
mvt_version="2026.10.26"
if ! "$MVT_VENV/bin/python" -c "import mvt" 2>/dev/null; then
    echo "installing MVT $mvt_version into $MVT_VENV" >&2
    python3 -m venv "$MVT_VENV"
    "$MVT_VENV/bin/pip" install --quiet --disable-pip-version-check "mvt==$mvt_version"
fi
cargo test --locked --workspace "$@"
