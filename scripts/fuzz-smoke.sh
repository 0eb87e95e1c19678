#!/usr/bin/env bash
# A short run of every fuzz target (fuzz/fuzz_targets), seeded from the shared corpus, so a
# parser change that panics or hangs fails CI. A longer campaign is `cargo fuzz run` by hand
# (fuzz/README.md records those runs).
#
# Usage: scripts/fuzz-smoke.sh [SECONDS_PER_TARGET]   (default 20; FUZZ_TARGETS="dex axml" picks)
# FUZZ_KEEP=DIR keeps the seeds and the corpus each run grows in DIR (e.g. fuzz/corpus, ignored
# by git), so a long campaign run after run starts where the last one stopped.
# Needs cargo-fuzz (installed into ~/.cargo/bin when missing) and a C++ compiler for libFuzzer.
# The seeds are copied into a temporary folder each run, never into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
corpus="${UNSTALK_CORPUS:-$(cd .. && pwd)/shared/corpus}"
if [ ! -f "$corpus/README.md" ]; then
    echo "fuzz-smoke: the shared corpus is not at $corpus (set UNSTALK_CORPUS)" >&2
    exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz --version 0.13.2 --locked -q
fi

if [ -n "${FUZZ_KEEP:-}" ]; then
    mkdir -p "$FUZZ_KEEP"
    work="$(cd "$FUZZ_KEEP" && pwd)"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi

# seed TARGET FILE...: copies each file into the target's seed folder under a unique name.
seed() {
    local target="$1"
    shift
    mkdir -p "$work/$target"
    local file
    for file in "$@"; do
        [ -f "$file" ] && cp "$file" "$work/$target/$(sha1sum "$file" | cut -c1-16)"
    done
    return 0
}

# seed_dump INDEX FILE...: android_dumps reads the first byte as the parser's index in
# DumpKind::ALL (crates/android/src/dump.rs), the rest as the dump's text.
seed_dump() {
    local index="$1"
    shift
    mkdir -p "$work/android_dumps"
    local file
    for file in "$@"; do
        { printf "\\$(printf '%03o' "$index")"; cat "$file"; } \
            > "$work/android_dumps/$index-$(sha1sum "$file" | cut -c1-16)"
    done
}

# seed_entries TARGET ENTRY: the named zip entry of every corpus APK (manifests, resource tables).
seed_entries() {
    mkdir -p "$work/$1"
    python3 - "$corpus/apks" "$work/$1" "$2" <<'PY'
import hashlib, pathlib, sys, zipfile
source, out, entry = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
for apk in sorted(source.rglob("*.apk")):
    try:
        data = zipfile.ZipFile(apk).read(entry)
    except Exception:
        continue  # broken on purpose, or no such entry: nothing to seed from it
    (out / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)
PY
}

ind="$corpus/stalkerware-indicators"
mvt="$corpus/mvt-artifacts"
small_apks=()
while IFS= read -r -d '' apk; do small_apks+=("$apk"); done \
    < <(find "$corpus/apks" -name '*.apk' -size -300k -print0 | sort -z)
seed stix2 "$mvt"/stix2/*
seed misp "$ind/generated/misp_event.json"
seed tinycheck "$ind/generated/indicators-for-tinycheck.json"
seed csv "$ind/samples.csv" "$ind/generated/network.csv"
seed echap_yaml "$ind/ioc.yaml" "$ind/watchware.yaml"
seed yara "$ind/rules.yar"
seed dex "$corpus"/apks/androguard/dex/* "$corpus"/apks/synthetic/dex/*.dex
seed apk_container "${small_apks[@]}" "$corpus"/apks/synthetic/malformed/*
seed signing_block "${small_apks[@]}"
seed axml "$corpus"/apks/androguard/axml/*
seed_entries axml AndroidManifest.xml
seed_entries arsc resources.arsc
seed android_dumpsys_package "$corpus"/spytrap-adb/dumpsys/package/* "$mvt/android_data/dumpsys_packages.txt"
seed android_accessibility "$corpus"/spytrap-adb/dumpsys/accessibility/* "$mvt"/android_data/dumpsys_accessibility*.txt
seed android_acquisition_zip "$mvt/androidqf.zip"
seed_dump 0 "$mvt/androidqf/getprop.txt" "$mvt/android_data/getprop.txt"
seed_dump 6 "$mvt/android_data/dumpsys_packages.txt"
seed_dump 7 "$mvt"/android_data/dumpsys_accessibility*.txt
seed_dump 9 "$mvt/android_data/dumpsys_appops.txt"
seed_dump 10 "$mvt/android_data/ps.txt" "$mvt/androidqf/ps.txt"
mkdir -p "$work/adb_host" "$work/adb_wire"   # protocol replies: no recorded seeds
# The evasion cases of issue 12 (unstalk_demo::crafted): whole files, their manifests and DEX
# files, and the index each apk_shapes run starts from. Release profile, to share the build of
# .ci/run's main-command check.
cargo run --locked --release -q -p unstalk-demo --example crafted_seeds -- "$work"

cd fuzz
targets="${FUZZ_TARGETS:-$(cargo fuzz list)}"
echo "== building the fuzz targets"
cargo fuzz build -s none -O
# run TARGET: fuzzes one target; its output goes to $work/TARGET.log, a line saying how it
# ended to $work/TARGET.result.
run() {
    local target="$1"
    mkdir -p "$work/$target"
    local seeds
    seeds="$(find "$work/$target" -type f | wc -l)"
    # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: a parser must stay bounded.
    # The CPU seconds it used are what the campaign counts (fuzz/README.md).
    if /usr/bin/time -f "cpu_seconds: %U user %S system" -o "$work/$target.cpu" \
        cargo fuzz run -s none -O "$target" "$work/$target" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        > "$work/$target.log" 2>&1; then
        echo "ok $seeds" > "$work/$target.result"
    else
        echo "failed $seeds" > "$work/$target.result"
    fi
}
# One target per core at a time: each libFuzzer run is one process on one core.
jobs_at_once="$(nproc)"
for target in $targets; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_at_once" ]; do
        wait -n || true
    done
    run "$target" &
done
wait
failed=()
for target in $targets; do
    read -r outcome seeds < "$work/$target.result"
    echo "== fuzz $target for ${seconds}s ($seeds seeds): $outcome"
    if [ "$outcome" = ok ]; then
        grep -E '^(stat::number_of_executed_units|Done )' "$work/$target.log" || true
        cat "$work/$target.cpu"
    else
        tail -40 "$work/$target.log"
        failed+=("$target")
    fi
done
if [ "${#failed[@]}" -ne 0 ]; then
    echo "fuzz-smoke: crash, hang or leak in: ${failed[*]} (the input is in fuzz/artifacts/<target>/)" >&2
    exit 1
fi
echo "fuzz-smoke: every target ran ${seconds}s without a crash"
