#!/usr/bin/env bash
# Checks a ClamAV hash database written by `unstalk indicators export --format clamav`:
#  1. clamscan loads it without error and counts one signature per line;
#  2. lines in the same form (`HASH:*:NAME:73`) for a probe file's MD5, SHA-1 and SHA-256,
#     appended to a copy of it, each make clamscan report the probe as FOUND.
# Usage: scripts/check-clamav-sigs.sh FILE.hsb   (needs clamscan: apt-get install clamav)
# Exit: 0 ok, 1 check failed, 2 usage, 77 clamscan not installed.
set -euo pipefail

if [[ $# -ne 1 || ! -f $1 ]]; then
    echo "usage: $0 FILE.hsb" >&2
    exit 2
fi
if ! command -v clamscan >/dev/null; then
    echo "SKIPPED: clamscan not found (apt-get install clamav)" >&2
    exit 77
fi

db=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
probe=$work/probe.bin
printf 'unstalk clamav probe\n' >"$probe"

# 1. The export loads, with one signature per line.
cp "$db" "$work/export.hsb"
lines=$(grep -c . "$work/export.hsb" || true)
set +e
summary=$(clamscan -d "$work/export.hsb" "$probe" 2>&1)
status=$?
set -e
if [[ $status -ne 0 ]]; then
    echo "FAIL: clamscan exited $status loading $db (expected 0: loaded, probe clean):" >&2
    echo "$summary" >&2
    exit 1
fi
known=$(sed -n 's/^Known viruses: //p' <<<"$summary")
if [[ $known != "$lines" ]]; then
    echo "FAIL: $db has $lines line(s) but clamscan loaded $known signature(s)" >&2
    exit 1
fi
echo "ok: $db loads, $known signature(s)"

# 2. Each hash kind in the export's line form detects the probe.
for tool in md5sum sha1sum sha256sum; do
    hash=$($tool "$probe" | cut -d' ' -f1)
    cp "$db" "$work/probe.hsb"
    echo "$hash:*:Unstalk.Check.Probe.${tool%sum}:73" >>"$work/probe.hsb"
    set +e
    result=$(clamscan --no-summary -d "$work/probe.hsb" "$probe" 2>&1)
    status=$?
    set -e
    if [[ $status -ne 1 || $result != *"Unstalk.Check.Probe.${tool%sum}"*FOUND* ]]; then
        echo "FAIL: a ${tool%sum} line with wildcard size did not detect the probe (exit $status): $result" >&2
        exit 1
    fi
    echo "ok: ${tool%sum} wildcard-size signature detects"
done
