#!/bin/sh
# Validates scan reports (default: the committed example) against the committed JSON Schema,
# checks that they hold no field the schema leaves out and that docs/scan-report.md documents
# every field of the schema, and that the schema rejects a few broken reports. Needs Python 3
# with `jsonschema` (scripts/ensure-mvt.sh installs it; PYTHON names the interpreter, default
# python3).
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

# A report names no field the schema leaves out: checked against a closed copy of the schema,
# where an object that lists its properties allows no others (the committed schema stays open,
# so that older readers accept newer reports).
def closed(node):
    if isinstance(node, dict):
        node = {key: closed(value) for key, value in node.items()}
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        return node
    if isinstance(node, list):
        return [closed(value) for value in node]
    return node
closed_validator = jsonschema.Draft202012Validator(closed(schema), format_checker=jsonschema.FormatChecker())

# Every field the schema names is documented in docs/scan-report.md.
def property_names(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties":
                yield from value
            yield from property_names(value)
    elif isinstance(node, list):
        for value in node:
            yield from property_names(value)
with open(schema_path.replace("schema/scan-report.schema.json", "scan-report.md")) as f:
    documentation = f.read()
failed = False
for name in sorted(set(property_names(schema))):
    if f"`{name}`" not in documentation and f"\"{name}\"" not in documentation:
        print(f"docs/scan-report.md does not document the field `{name}`")
        failed = True

for path in reports:
    with open(path) as f:
        report = json.load(f)
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
    if not errors:
        errors = sorted(closed_validator.iter_errors(report), key=lambda e: list(e.path))
    for error in errors:
        print(f"{path}: /{'/'.join(map(str, error.path))}: {error.message}")
    failed |= bool(errors)
    if not errors:
        print(f"{path}: valid")

# The schema must reject what readers would choke on (only checked against the example).
if reports == [schema_path.replace("scan-report.schema.json", "scan-report.example.json")]:
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
