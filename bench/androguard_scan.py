"""androguard's side of bench/apk-scan.sh: read what an APK triage needs from every file given.

Usage: androguard_scan.py FILE.apk...   (run with the venv of scripts/ensure-androguard.sh)

For each file, in one process: androguard.core.apk.APK(path) (which reads the ZIP and decodes
the manifest), then the package, version, permissions, activities, services and receivers, the
v1 certificates (get_certificates()) and the v2/v3 ones (get_certificates_der_v2/_v3()), and the
SHA-256 of the file. A file on which androguard raises is counted, not fatal.
Prints one JSON object: files, errors, import_seconds (importing androguard) and loop_seconds
(the loop over the files, without interpreter startup and imports). The caller times the whole
process for the wall time including startup.
"""

import hashlib
import json
import sys
import time


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read(APK, path):
    apk = APK(path)
    return {
        "package": apk.get_package(),
        "version_code": apk.get_androidversion_code(),
        "version_name": apk.get_androidversion_name(),
        "permissions": apk.get_permissions(),
        "activities": apk.get_activities(),
        "services": apk.get_services(),
        "receivers": apk.get_receivers(),
        "v1": apk.get_certificates(),
        "v2": apk.get_certificates_der_v2(),
        "v3": apk.get_certificates_der_v3(),
        "sha256": sha256_of(path),
    }


def main():
    paths = sys.argv[1:]
    start = time.perf_counter()
    from loguru import logger

    logger.remove()
    from androguard.core.apk import APK

    imported = time.perf_counter()
    errors = 0
    for path in paths:
        try:
            read(APK, path)
        except Exception:  # noqa: BLE001 - androguard raises anything on broken files
            errors += 1
    done = time.perf_counter()
    print(json.dumps({
        "files": len(paths),
        "errors": errors,
        "import_seconds": imported - start,
        "loop_seconds": done - imported,
    }))


if __name__ == "__main__":
    main()
