#!/usr/bin/env bash
# Device scan benchmark: commands sent to the phone and wall time of a full `unstalk scan
# --device`, against spytrap-adb's `scan`, on the same pretend phone (unstalk-adb-replay) with
# 40 and with 400 installed apps and a fixed latency per command. Prints a table and the ratios;
# timings are information, never asserted: exits 0 whatever the numbers.
#
# Usage: bash bench/device-scan.sh
#   env RUNS (default 3, the median is shown), LATENCY_MS (default 30), UNSTALK_CORPUS,
#   SPYTRAP_VERSION (default 0.3.5, installed once with `cargo install` into target/bench-tools)
#
# Needs the real `adb` (Debian package `adb`). unstalk talks to an adb server of its own on a
# free port. spytrap-adb can only talk to the server on 127.0.0.1:5037 (forensic-adb's fixed
# default), so its runs use a server started on 5037 by this script, and only when nothing
# listens there; otherwise they are skipped, saying why. Every server and replay process this
# script starts is stopped at the end (by its port or its process id).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${UNSTALK_CORPUS:-../shared/corpus}"
runs="${RUNS:-3}"
latency_ms="${LATENCY_MS:-30}"
spytrap_version="${SPYTRAP_VERSION:-0.3.5}"
package_counts=(40 400)
echap="$corpus/stalkerware-indicators"
[ -d "$echap" ] || { echo "bench: corpus not found at $corpus (set UNSTALK_CORPUS)" >&2; exit 2; }
command -v adb >/dev/null || { echo "bench: adb not found: apt-get install adb" >&2; exit 2; }
command -v ss >/dev/null || { echo "bench: ss not found: apt-get install iproute2" >&2; exit 2; }

work="$(mktemp -d)"
replay_pid=""
adb_ports=()
cleanup() {
    if [ -n "$replay_pid" ]; then kill "$replay_pid" 2>/dev/null || true; wait "$replay_pid" 2>/dev/null || true; fi
    for port in "${adb_ports[@]}"; do adb -P "$port" kill-server >/dev/null 2>&1 || true; done
    rm -rf "$work"
}
trap cleanup EXIT

echo "Device scan: commands and wall time, replay phone with ${latency_ms} ms per command, median of $runs runs"
cargo build --release --locked -q -p unstalk -p unstalk-adb-replay
unstalk="$PWD/target/release/unstalk"
replay="$PWD/target/release/unstalk-adb-replay"

tools="$PWD/target/bench-tools"
spytrap="$tools/bin/spytrap-adb"
spytrap_note=""
if [ ! -x "$spytrap" ] || ! "$spytrap" --version 2>/dev/null | grep -qx "spytrap-adb $spytrap_version"; then
    echo "installing spytrap-adb $spytrap_version into $tools (cargo install: several minutes on 2 cores)"
    if ! cargo install spytrap-adb --locked --version "$spytrap_version" --root "$tools" -q 2>"$work/install.log"; then
        tail -5 "$work/install.log" >&2
        spytrap_note="spytrap-adb could not be installed (cargo install failed): no comparison"
    fi
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
listening() { ss -Hltn "sport = :$1" | grep -q .; }

# unstalk's private server.
our_adb="$(free_port)"
adb_ports+=("$our_adb")
adb -P "$our_adb" start-server >/dev/null 2>&1
# spytrap-adb's server: 5037, ours only if free.
spy_adb=5037
if [ -z "$spytrap_note" ]; then
    if listening 5037; then
        spytrap_note="something already listens on 127.0.0.1:5037 (a person's adb server?) and spytrap-adb can use no other port: not touched, no comparison"
    else
        echo "note: spytrap-adb only talks to 127.0.0.1:5037: this script starts its own adb server there for spytrap's runs and kills it at the end"
        adb_ports+=("$spy_adb")
        adb -P "$spy_adb" start-server >/dev/null 2>&1
    fi
fi

rules=()
for file in ioc.yaml watchware.yaml; do
    [ -f "$echap/$file" ] && rules+=(--rules "$echap/$file")
done

# The replay folder for N apps: the corpus's SpyLive360 phone (one app, com.wifi0) grown with
# N-1 made-up apps by --extra-packages, answering every command either tool sends.
make_folder() {
    python3 - "$corpus" "$1" "$2" <<'PY'
import json, os, sys
corpus, folder, extra = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(folder, exist_ok=True)
mvt = os.path.join(corpus, "mvt-artifacts/android_data")
dumps = os.path.join(corpus, "spytrap-adb/dumpsys")
apk = "/data/app/~~V5jud4ex5-s8L3x2B4lvUA==/com.wifi0-q-C29yRZYy55N91XTD2EoA==/base.apk"
text = lambda s: {"text": s}
commands = {
    # What unstalk reads (DeviceCommand::survey); the root check is left unanswered
    # ("inaccessible or not found").
    "getprop": os.path.join(mvt, "getprop.txt"),
    "settings list secure": text("enabled_accessibility_services=com.wifi0/com.wifi0.AccessibilityReceiver4\nenabled_notification_listeners=\n"),
    "settings list global": text("adb_enabled=1\npackage_verifier_enable=1\n"),
    "settings list system": text("screen_brightness=102\n"),
    "pm list packages -f -i -U --show-versioncode":
        text(f"package:{apk}=com.wifi0 versionCode:140  installer=com.android.packageinstaller uid:10155\n"),
    "dumpsys package": os.path.join(dumps, "package/spylive360.txt"),
    "dumpsys accessibility": os.path.join(dumps, "accessibility/spylive360.txt"),
    "dumpsys device_policy": text("Current Device Policy Manager state:\n  Enabled Device Admins (User 0, provisioningState: 0):\n"),
    "dumpsys appops": os.path.join(mvt, "dumpsys_appops.txt"),
    "dumpsys deviceidle whitelist": text("system-excidle,com.android.shell,2000\n"),
    "cmd package query-activities --brief -a android.intent.action.MAIN -c android.intent.category.LAUNCHER":
        text("1 activities found:\n  Activity #0:\n    com.wifi0/.activities.WelcomeActivity\n"),
    "ps -A -o USER,PID,PPID,NAME 2>/dev/null || ps": os.path.join(mvt, "ps.txt"),
    # What spytrap-adb 0.3.5 reads.
    "date -u '+%Y-%m-%d %T %N'": text("2024-05-01 12:00:00 000000000\n"),
    "settings get global package_verifier_enable": text("1\n"),
    "settings get global package_verifier_user_consent": text("null\n"),
    "settings get global upload_apk_enable": text("null\n"),
    "dumpsys -l": text("Currently running services:\n  accessibility\n  appops\n  device_policy\n  deviceidle\n  package\n  settings\n"),
    "pm list packages": text("package:com.wifi0\n"),
    "dumpsys package com.wifi0": os.path.join(dumps, "package/spylive360.txt"),
}
# spytrap-adb then runs `dumpsys package ID` for each line of `pm list packages`. The replay
# device adds its made-up apps to every `pm list packages…` in the `-f -i -U --show-versioncode`
# shape, so spytrap takes the rest of the line for the ID (shell-quoted, since it holds spaces);
# each is answered with that app's section, as `dumpsys package NAME` prints it.
for number in range(1, extra + 1):
    name = f"com.unstalk.synthetic.app{number:04}"
    uid = 10_000 + number - 1
    line = f"/data/app/{name}-1/base.apk={name} versionCode:1  installer=com.android.vending uid:{uid}"
    commands[f"dumpsys package '{line}'"] = text(
        f"Packages:\n  Package [{name}] ({uid:x}):\n    userId={uid}\n    pkg=Package{{{uid:x} {name}}}\n"
        f"    codePath=/data/app/{name}-1\n    resourcePath=/data/app/{name}-1\n"
        "    versionCode=1 minSdk=21 targetSdk=30\n    versionName=1.0\n"
        "    flags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ALLOW_BACKUP ]\n"
        "    timeStamp=2024-01-01 00:00:00\n    firstInstallTime=2024-01-01 00:00:00\n"
        "    lastUpdateTime=2024-01-01 00:00:00\n    installerPackageName=com.android.vending\n"
        "    requested permissions:\n      android.permission.INTERNET\n"
        "    install permissions:\n      android.permission.INTERNET: granted=true\n")
replay = {"device": {"product": "beyond1lteeea", "model": "SM-G973F", "device": "beyond1lte"},
          "commands": {line: os.path.abspath(spec) if isinstance(spec, str) else spec
                       for line, spec in commands.items()}}
with open(os.path.join(folder, "replay.json"), "w") as out:
    json.dump(replay, out)
PY
}

# The replay device's log: "listening on …", then one "received ANSWER SERVICE" per command.
received() { grep -c '^received ' "$1" || true; }
# Waits until the log stops growing (it is flushed every 100 ms), then prints its command count.
settled_count() {
    local log="$1" before after
    after="$(received "$log")"
    while :; do
        sleep 0.4
        before="$after"
        after="$(received "$log")"
        [ "$before" = "$after" ] && break
    done
    echo "$after"
}

elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
# How the phone answered commands FROM+1..TO of LOG (Replayed, Synthesised, NotFound, Refused).
tally() { grep '^received ' "$1" | sed -n "$(($2 + 1)),$3p" | cut -d' ' -f2 | sort | uniq -c | awk '{ printf "%s %s, ", $1, $2 }' | sed 's/, $//'; }

connect() { # adb port, serial
    local said
    said="$(adb -P "$1" connect "$2" 2>&1)"
    case "$said" in *"connected to"*) ;; *) echo "bench: adb connect $2 said: $said" >&2; return 1 ;; esac
    for _ in $(seq 100); do
        adb -P "$1" devices | grep -q "^$2[[:space:]]*device\$" && return 0
        sleep 0.1
    done
    echo "bench: $2 never became ready on the adb server at port $1" >&2
    return 1
}

results="$work/results.tsv"
: >"$results"
for packages in "${package_counts[@]}"; do
    folder="$work/phone-$packages"
    make_folder "$folder" "$((packages - 1))"
    log="$work/replay-$packages.log"
    : >"$log"
    "$replay" --latency-ms "$latency_ms" --extra-packages "$((packages - 1))" "$folder" >"$log" 2>&1 &
    replay_pid=$!
    for _ in $(seq 100); do grep -q '^listening on' "$log" && break; sleep 0.05; done
    serial="$(sed -n 's/^listening on \([0-9.:]*\).*/\1/p' "$log")"
    [ -n "$serial" ] || { echo "bench: the replay device did not start:" >&2; cat "$log" >&2; exit 1; }

    # unstalk, through its private server.
    connect "$our_adb" "$serial"
    for run in $(seq "$runs"); do
        before="$(settled_count "$log")"
        started="$(date +%s.%N)"
        status=0
        ADB_SERVER_SOCKET="tcp:127.0.0.1:$our_adb" "$unstalk" --indicators "$echap" scan --device \
            --serial "$serial" --pull-apks none --json >"$work/unstalk.json" 2>"$work/unstalk.err" || status=$?
        ended="$(date +%s.%N)"
        if [ "$status" -gt 1 ]; then
            echo "bench: unstalk scan --device failed against the replay phone ($packages apps), exit $status:" >&2
            cat "$work/unstalk.err" >&2
            exit 1
        fi
        after="$(settled_count "$log")"
        printf 'unstalk\t%s\t%s\t%s\n' "$packages" "$((after - before))" "$(elapsed "$started" "$ended")" >>"$results"
    done
    tally "$log" "$before" "$after" >"$work/answers-unstalk-$packages"
    python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print("yes" if any(
        s["verdict"] != "nothing_found" and "com.wifi0" in json.dumps(s["subject"]) for s in r["subjects"]) else "NO")' \
        "$work/unstalk.json" >"$work/found-unstalk-$packages"
    adb -P "$our_adb" disconnect "$serial" >/dev/null 2>&1 || true

    # spytrap-adb, through the server on 5037.
    if [ -z "$spytrap_note" ]; then
        connect "$spy_adb" "$serial"
        for run in $(seq "$runs"); do
            before="$(settled_count "$log")"
            started="$(date +%s.%N)"
            status=0
            "$spytrap" --start-adb-server never scan "${rules[@]}" "$serial" \
                >"$work/spytrap.out" 2>"$work/spytrap.err" || status=$?
            ended="$(date +%s.%N)"
            if [ "$status" -ne 0 ]; then
                spytrap_note="spytrap-adb scan failed ($packages apps, exit $status): $(tail -3 "$work/spytrap.err" | tr '\n' ' ')"
                break
            fi
            after="$(settled_count "$log")"
            printf 'spytrap-adb\t%s\t%s\t%s\n' "$packages" "$((after - before))" "$(elapsed "$started" "$ended")" >>"$results"
        done
        if [ -z "$spytrap_note" ]; then
            tally "$log" "$before" "$after" >"$work/answers-spytrap-$packages"
            if grep -q 'Found known stalkerware with rule: "com.wifi0"' "$work/spytrap.err"; then echo yes; else echo NO; fi \
                >"$work/found-spytrap-$packages"
        fi
        adb -P "$spy_adb" disconnect "$serial" >/dev/null 2>&1 || true
    fi
    kill "$replay_pid" 2>/dev/null || true
    wait "$replay_pid" 2>/dev/null || true
    replay_pid=""
done

python3 - "$results" "$work" "$spytrap_note" "${package_counts[@]}" <<'PY'
import os, statistics, sys
from collections import defaultdict
path, work, note, counts = sys.argv[1], sys.argv[2], sys.argv[3], [int(c) for c in sys.argv[4:]]
commands, seconds = defaultdict(set), defaultdict(list)
for line in open(path):
    tool, packages, sent, took = line.split("\t")
    commands[tool, int(packages)].add(int(sent))
    seconds[tool, int(packages)].append(float(took))
shown = lambda s: "/".join(str(c) for c in sorted(s))
print(f"{'tool':<12} {'apps':>5} {'commands':>9} {'seconds':>8}")
for packages in counts:
    for tool in ("unstalk", "spytrap-adb"):
        if (tool, packages) in seconds:
            print(f"{tool:<12} {packages:>5} {shown(commands[tool, packages]):>9} "
                  f"{statistics.median(seconds[tool, packages]):>8.2f}")
for packages in counts:
    for tool, short in (("unstalk", "unstalk"), ("spytrap-adb", "spytrap")):
        answers = os.path.join(work, f"answers-{short}-{packages}")
        if os.path.exists(answers):
            found = open(os.path.join(work, f"found-{short}-{packages}")).read().strip()
            print(f"  {tool} at {packages} apps, last run: flagged SpyLive360 (com.wifi0): {found}; "
                  f"the phone answered {open(answers).read().strip()}")
print("  (Replayed: from the recorded dumps; Synthesised: with the made-up apps added; NotFound: not in\n"
      "   the replay folder, answered as Android's shell answers a missing command: here unstalk's root check)")
for packages in counts:
    ours, theirs = ("unstalk", packages), ("spytrap-adb", packages)
    if ours in seconds and theirs in seconds:
        ratio_c = statistics.median(commands[theirs]) / statistics.median(commands[ours])
        ratio_t = statistics.median(seconds[theirs]) / statistics.median(seconds[ours])
        print(f"{packages} apps: spytrap-adb / unstalk = {ratio_c:.1f}x the commands, {ratio_t:.1f}x the time")
if note:
    print(f"spytrap-adb: {note}")
low, high = ("unstalk", counts[0]), ("unstalk", counts[-1])
if low in commands and high in commands:
    same = commands[low] == commands[high] and len(commands[low]) == 1
    print(f"unstalk's command count {'stayed constant' if same else 'did NOT stay constant'} from "
          f"{counts[0]} to {counts[-1]} apps ({shown(commands[low])} -> {shown(commands[high])})"
          "   [target: constant]")
PY
