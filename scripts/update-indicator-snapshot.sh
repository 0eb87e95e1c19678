#!/usr/bin/env bash
# Regenerates the indicator snapshot compiled into unstalk,
# crates/indicators/data/echap-snapshot.json.gz, from a copy of Echap's stalkerware-indicators
# (ioc.yaml, watchware.yaml, samples.csv, rules.yar).
#
#   bash scripts/update-indicator-snapshot.sh [ECHAP_FOLDER]
#
# ECHAP_FOLDER defaults to ../shared/corpus/stalkerware-indicators. The commit id and its date
# come from the folder's git history when it is a clone, else from its SOURCE.md ("- Commit:"
# and "- Commit date:" lines); ECHAP_COMMIT and ECHAP_COMMIT_DATE override both, SNAPSHOT_DATE
# the day recorded as the snapshot's (default: today, UTC). The conversion is done by unstalk's
# own reader (the indicators crate's make-snapshot example), so the snapshot holds what unstalk
# reads from those files. Commit the new file with the commit id in the message.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
folder=${1:-$root/../shared/corpus/stalkerware-indicators}
out=$root/crates/indicators/data/echap-snapshot.json.gz

[ -f "$folder/ioc.yaml" ] || { echo "error: $folder holds no ioc.yaml: give a copy of Echap's stalkerware-indicators" >&2; exit 2; }
folder=$(cd "$folder" && pwd -P)

commit=${ECHAP_COMMIT:-}
commit_date=${ECHAP_COMMIT_DATE:-}
if [ -z "$commit" ] && [ "$(git -C "$folder" rev-parse --show-toplevel 2>/dev/null)" = "$folder" ]; then
  commit=$(git -C "$folder" rev-parse HEAD)
  commit_date=$(TZ=UTC git -C "$folder" log -1 --format=%cd --date=format-local:%Y-%m-%dT%H:%M:%SZ)
elif [ -z "$commit" ] && [ -f "$folder/SOURCE.md" ]; then
  commit=$(sed -n 's/^- Commit: *\([0-9a-f]\{40\}\).*/\1/p' "$folder/SOURCE.md" | head -n 1)
  raw_date=$(sed -n 's/^- Commit date: *\([0-9-]* [0-9:]* [+-][0-9]\{4\}\).*/\1/p' "$folder/SOURCE.md" | head -n 1)
  [ -n "$raw_date" ] && commit_date=$(date -u -d "$raw_date" +%Y-%m-%dT%H:%M:%SZ)
fi
[ -n "$commit" ] && [ -n "$commit_date" ] || {
  echo "error: cannot tell which Echap commit $folder is (no git clone, no SOURCE.md): set ECHAP_COMMIT and ECHAP_COMMIT_DATE" >&2
  exit 2
}
snapshot_date=${SNAPSHOT_DATE:-$(date -u +%F)}

# The crate embeds the file with include_bytes!, so it must exist for the converter to build;
# a placeholder is only ever needed on the very first run and is replaced below.
[ -f "$out" ] || : >"$out"
tmp=$(mktemp "$out.XXXXXX")
trap 'rm -f "$tmp"' EXIT
(cd "$root" && cargo run -q --locked -p unstalk-indicators --example make-snapshot -- \
  "$folder" "$commit" "$commit_date" "$snapshot_date" "$tmp")
chmod 644 "$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "snapshot of Echap ${commit:0:7} ($commit_date) in ${out#"$root"/}: $(wc -c <"$out") bytes"
