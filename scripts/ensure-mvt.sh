#!/usr/bin/env bash
# Makes sure the MVT the tests and benchmarks compare against is installed, and prints the
# virtual environment's path. Usage: venv="$(bash scripts/ensure-mvt.sh)"
# The venv is ${MVT_VENV:-.venv/mvt} under the repository root; MVT comes from PyPI at the
# version below (MVT's STIX reading changes between releases, so the tests pin it), together
# with jsonschema, which scripts/check-report-schema.sh validates reports with.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mvt_version="2026.10.26"
venv="${MVT_VENV:-.venv/mvt}"
[[ "$venv" = /* ]] || venv="$root/$venv"
jsonschema_version="4.26.0"
if ! "$venv/bin/python" -c 'import mvt, jsonschema' >/dev/null 2>&1; then
    echo "installing MVT $mvt_version and jsonschema into $venv (once)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        "mvt==$mvt_version" "jsonschema==$jsonschema_version" >&2
fi
echo "$venv"
