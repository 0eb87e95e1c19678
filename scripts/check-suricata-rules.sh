#!/usr/bin/env bash
# Checks a rules file written by `unstalk indicators export --format suricata`:
#  1. `suricata -T` loads every rule: no rule fails, no detection warning, and the number of
#     rules loaded equals the number of rule lines;
#  2. for each PCAP given, runs Suricata on it (HOME_NET = loopback, as the corpus captures are
#     loopback traffic) and prints the alerts, so a caller can compare them with what it expects.
# Usage: scripts/check-suricata-rules.sh RULES [PCAP...]
#   (needs suricata >= 5 for `dotprefix`; on Debian bookworm it is in bookworm-backports:
#    apt-get install -t bookworm-backports suricata)
# Exit: 0 ok, 1 check failed, 2 usage, 77 suricata not installed.
set -euo pipefail

if [[ $# -lt 1 || ! -f $1 ]]; then
    echo "usage: $0 RULES [PCAP...]" >&2
    exit 2
fi
if ! command -v suricata >/dev/null; then
    echo "SKIPPED: suricata not found (apt-get install -t bookworm-backports suricata)" >&2
    exit 77
fi
rules=$(realpath "$1")
shift
config=${SURICATA_CONFIG:-/etc/suricata/suricata.yaml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

expected=$(grep -cvE '^[[:space:]]*(#|$)' "$rules" || true)
set +e
output=$(suricata -T -v -c "$config" -S "$rules" -l "$work" 2>&1)
status=$?
set -e
problems=$(grep -E '^(E|W|Error|Warning|Warn): (detect|suricata)' <<<"$output" || true)
if [[ $status -ne 0 || -n $problems ]]; then
    echo "FAIL: suricata -T exited $status for $rules:" >&2
    echo "${problems:-$output}" >&2
    exit 1
fi
loaded=$(sed -nE 's/.* ([0-9]+) rules successfully loaded, ([0-9]+) rules failed.*/\1 \2/p' <<<"$output")
read -r ok failed <<<"${loaded:-? ?}"
if [[ $ok != "$expected" || $failed != 0 ]]; then
    echo "FAIL: $rules has $expected rule(s); suricata loaded $ok, failed $failed" >&2
    exit 1
fi
echo "ok: $rules: $ok rule(s) load in $(suricata -V | sed 's/^This is //')"

for pcap in "$@"; do
    rm -rf "$work/run" && mkdir "$work/run"
    suricata -c "$config" -S "$rules" -l "$work/run" -k none -r "$pcap" \
        --set 'vars.address-groups.HOME_NET=[127.0.0.0/8,::1]' >/dev/null 2>&1
    alerts=$(wc -l <"$work/run/fast.log")
    echo "pcap $(basename "$pcap"): $alerts alert(s)"
    sed -E 's/.*\[1:([0-9]+):[0-9]+\] /  sid \1: /; s/ \[\*\*\].*//' "$work/run/fast.log" | sort | uniq -c
done
