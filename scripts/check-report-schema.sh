#!/bin/sh
# Validates the committed example scan report against the committed JSON Schema, and checks that
# the schema rejects a few broken reports. Needs Python 3 with `jsonschema` (scripts/ensure-mvt.sh
# installs it; PYTHON names the interpreter, default python3).
# Usage: scripts/check-report-schema.sh [report.json ...]   (default: the committed example)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"${PYTHON:-python3}" - "$root/docs/schema/scan-report.schema.json" "${@:-$root/docs/schema/scan-report.example.json}" <<'PY'
import copy, json, sys

try:
    import jsonschema
except ImportError:
    sys.exit("check-report-schema: Python's jsonschema is missing; run `pip install jsonschema`")

schema_path, *reports = sys.argv[1:]
with open(schema_path) as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

failed = False
for path in reports:
    with open(path) as f:
        report = json.load(f)
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
    for error in errors:
        print(f"{path}: /{'/'.join(map(str, error.path))}: {error.message}")
    failed |= bool(errors)
    if not errors:
        print(f"{path}: valid")

# The schema must reject what readers would choke on (only checked against the example).
if len(sys.argv) == 3:
    example = reports[0]
    with open(example) as f:
        good = json.load(f)
    def broken(change):
        report = copy.deepcopy(good)
        change(report)
        return report
    cases = {
        "unknown verdict": lambda r: r["subjects"][0].update(verdict="safe"),
        "malformed finding id": lambda r: r["subjects"][0]["findings"][0].update(id="Indicator Package"),
        "short sha256": lambda r: r["inputs"][0].update(sha256="abc"),
        "missing not_checked": lambda r: r.pop("not_checked"),
    }
    for name, change in cases.items():
        if validator.is_valid(broken(change)):
            print(f"schema accepts a report with {name}")
            failed = True
    unknown_id = broken(lambda r: r["subjects"][0]["findings"][0].update(id="ios.profile.installed"))
    if not validator.is_valid(unknown_id):
        print("schema rejects an unknown but well-formed finding id")
        failed = True

sys.exit(1 if failed else 0)
PY
