#!/usr/bin/env bash
# Proves the real MVT (Mobile Verification Toolkit) reads a STIX 2.1 file exported by unstalk.
#
# Usage: scripts/check-mvt-stix.sh EXPORT.stix2 EXPECTED_COUNT [ANDROIDQF_DIR]
#
#   EXPORT.stix2     the file written by `unstalk indicators export --format stix2 -o FILE ...`
#   EXPECTED_COUNT   how many indicators MVT must load: unstalk_indicators::formats::stix2::
#                    mvt_indicator_count (ExportCounts::mvt_loaded) for the exported set
#   ANDROIDQF_DIR    optional: also run `mvt-android check-androidqf --iocs EXPORT` on this
#                    AndroidQF folder (e.g. the corpus' mvt-artifacts/androidqf) and fail if
#                    MVT fails; detections are fine
#
# MVT comes from the virtualenv ${MVT_VENV:-.venv/mvt} (relative to the repository root), installed
# there by scripts/ensure-mvt.sh when missing (needs PyPI once).
#
# Runs offline and leaves the user's MVT alone: MVT_DATA_FOLDER / MVT_CONFIG_FOLDER /
# XDG_DATA_HOME / XDG_CONFIG_HOME point into a temporary folder (so no downloaded indicators
# are counted and no config.yaml is written to the home folder), MVT_STIX2 is unset,
# MVT_NETWORK_ACCESS_ALLOWED=false (no URL unshortening), and mvt-android gets
# --disable-update-check --disable-indicator-update-check (no PyPI/GitHub lookups).
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
    sed -n '2,12p' "$0" >&2
    exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
absolute() { (cd "$(dirname "$1")" && printf '%s/%s\n' "$(pwd)" "$(basename "$1")"); }

stix="$(absolute "$1")"
expected="$2"
androidqf="${3:-}"
[[ -f "$stix" ]] || { echo "no such file: $stix" >&2; exit 2; }
[[ "$expected" =~ ^[0-9]+$ ]] || { echo "EXPECTED_COUNT must be a number, got: $expected" >&2; exit 2; }
if [[ -n "$androidqf" ]]; then
    androidqf="$(absolute "$androidqf")"
    [[ -d "$androidqf" ]] || { echo "no such folder: $androidqf" >&2; exit 2; }
fi

venv="$(bash "$here/ensure-mvt.sh")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MVT_DATA_FOLDER="$work/mvt-data"
export MVT_CONFIG_FOLDER="$work/mvt-config"
export XDG_DATA_HOME="$work/xdg-data"
export XDG_CONFIG_HOME="$work/xdg-config"
export MVT_NETWORK_ACCESS_ALLOWED=false
unset MVT_STIX2

"$venv/bin/python" "$here/mvt_load_stix.py" "$stix" "$expected"

if [[ -n "$androidqf" ]]; then
    out="$work/androidqf-results"
    start=$SECONDS
    status=0
    "$venv/bin/mvt-android" --disable-update-check --disable-indicator-update-check \
        check-androidqf --iocs "$stix" --output "$out" --non-interactive "$androidqf" \
        </dev/null >"$work/androidqf.log" 2>&1 || status=$?
    elapsed=$((SECONDS - start))
    if [[ $status -ne 0 ]] || grep -q 'Traceback (most recent call last)' "$work/androidqf.log"; then
        cat "$work/androidqf.log" >&2
        echo "mvt-android check-androidqf failed (exit status $status)" >&2
        exit 1
    fi
    # MVT's own log file (the console output is wrapped by rich).
    log="$out/command.log"
    loaded="$(grep -o 'Loaded a total of [0-9]* unique indicators' "$log" 2>/dev/null | head -n1 || true)"
    if [[ "$loaded" != "Loaded a total of $expected unique indicators" ]]; then
        cat "$work/androidqf.log" >&2
        echo "mvt-android check-androidqf: expected 'Loaded a total of $expected unique indicators' in $log, got '$loaded'" >&2
        exit 1
    fi
    detections="$(grep -c 'matching indicator' "$log" || true)"
    echo "mvt-android check-androidqf: ok in ${elapsed}s; $loaded; $detections indicator match(es):"
    grep 'matching indicator' "$log" | sed 's/^[^]]*\] /  /; s/^.* - mvt\.[^ ]* - [A-Z]* - /  /' || true
fi
echo "MVT check passed: $stix"
