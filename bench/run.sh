#!/usr/bin/env bash
# Benchmarks unstalk's indicator work against its peers, measured in the same run, and prints
# ratios. Usage: bash bench/run.sh   (env UNSTALK_CORPUS, MVT_VENV as for the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${UNSTALK_CORPUS:-../shared/corpus}"
echap="$corpus/stalkerware-indicators"
[ -d "$echap" ] || { echo "bench: corpus not found at $corpus (set UNSTALK_CORPUS)" >&2; exit 2; }
venv="$(bash scripts/ensure-mvt.sh)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --release --locked -q -p unstalk-bench
ours="$(./target/release/unstalk-bench "$echap" "$work")"
peers="$("$venv/bin/python" bench/peers.py "$work/bench-16k.stix2" "$work/domain-indicators.txt" "$work/domain-queries.txt")"

python3 - "$ours" "$peers" <<'PY'
import json, sys
ours, peers = json.loads(sys.argv[1]), json.loads(sys.argv[2])
ms = lambda s: f"{s * 1000:.1f} ms"
print(f"Echap folder load + merge (ioc.yaml, watchware.yaml, samples.csv, rules.yar): {ms(ours['echap_load_merge_seconds'])}")
print(f"STIX bundle, {ours['stix_indicators_written']} indicators:")
print(f"  unstalk load: {ms(ours['stix_load_seconds'])} ({ours['stix_indicators_loaded']} indicators)   [target < 50 ms]")
if peers["mvt_stix_load_seconds"] is not None:
    ratio = peers["mvt_stix_load_seconds"] / ours["stix_load_seconds"]
    print(f"  MVT load:     {ms(peers['mvt_stix_load_seconds'])} ({peers['mvt_stix_indicators']} indicators)   -> unstalk {ratio:.0f}x faster")
else:
    print("  MVT not importable: no comparison")
rate = ours["domain_lookups_per_second"]
print(f"Domain matching, {ours['domain_queries']:,} mixed queries on one core:")
print(f"  unstalk: {ms(ours['domain_match_seconds'])}, {rate / 1e6:.1f} M lookups/s ({ours['domain_hits']:,} hits)   [target >= 10 M/s]")
py = peers["python_domain_seconds"]
print(f"  Python dict + suffix loop: {ms(py)}, {peers['python_domain_queries'] / py / 1e6:.2f} M lookups/s ({peers['python_domain_hits']:,} hits)   -> unstalk {py / ours['domain_match_seconds']:.0f}x faster")
if peers["python_domain_hits"] != ours["domain_hits"]:
    print("  WARNING: hit counts differ between unstalk and the baseline")
PY

echo
bash bench/apk-scan.sh

echo
bash bench/device-scan.sh
