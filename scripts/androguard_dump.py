#!/usr/bin/env python3
"""Print what androguard reads from APKs, one JSON object per line, for crates/apk/tests/androguard.rs.

Usage: androguard_dump.py FILE.apk...   (one process for all files: androguard is slow to import)

Run with the venv of scripts/ensure-androguard.sh. Each line has:
  path           the argument as given
  androguard     androguard's version
  opened         androguard.core.apk.APK(path) returned (the ZIP was read), or, when it raised,
                 APK(path, skip_analysis=True) did (the ZIP was read, the manifest raised)
  parsed         APK.is_valid_APK(): AndroidManifest.xml decoded and its root is <manifest>
                 (false when APK(path) raised)
  error          "ExceptionType: message" when APK(path) raised, else null
  package, version_code, version_name, min_sdk, target_sdk, max_sdk
                 attribute values as androguard returns them (strings, or null), when parsed
  permissions    the distinct <uses-permission> names, sorted (APK.get_permissions())
  uses_permissions  [name, maxSdkVersion or null] per <uses-permission> element, in order
  certificates   ({} when not opened) {"v1": [...], "v2": [...], "v3": [...], "v31": [...]}: {sha1, sha256} of the
                 DER bytes androguard returns per scheme (v1: APK.get_certificate_der() of each
                 signature file, which is the certificate of a SignerInfo androguard verified
                 against its .SF; v2/v3/v3.1: APK.get_certificates_der_v2()/_v3()/_v31(), every
                 certificate of every signer), in androguard's order
  certificate_errors  {scheme: "ExceptionType: message"} for a scheme whose reading raised
Androguard's loguru logging is switched off; stdout carries only the JSON lines.
"""

import hashlib
import json
import sys


def described(error):
    return f"{type(error).__name__}: {error}"


def fingerprints(ders):
    return [
        {"sha1": hashlib.sha1(der).hexdigest(), "sha256": hashlib.sha256(der).hexdigest()}
        for der in ders
        if der is not None
    ]


def v1_ders(apk):
    return [apk.get_certificate_der(name) for name in apk.get_signature_names()]


def dump(path, version, APK):
    out = {
        "path": path,
        "androguard": version,
        "opened": False,
        "parsed": False,
        "error": None,
        "certificates": {},
        "certificate_errors": {},
    }
    try:
        apk = APK(path)
    except Exception as error:  # noqa: BLE001 - androguard raises anything on broken files
        out["error"] = described(error)
        # The manifest may be what raised: open the ZIP alone, for the signatures.
        try:
            apk = APK(path, skip_analysis=True)
        except Exception:  # noqa: BLE001
            return out
    out["opened"] = True
    out["parsed"] = bool(apk.is_valid_APK())
    if out["parsed"]:
        out["package"] = apk.get_package()
        out["version_code"] = apk.get_androidversion_code()
        out["version_name"] = apk.get_androidversion_name()
        out["min_sdk"] = apk.get_min_sdk_version()
        out["target_sdk"] = apk.get_target_sdk_version()
        out["max_sdk"] = apk.get_max_sdk_version()
        out["permissions"] = sorted(apk.get_permissions())
        out["uses_permissions"] = [list(p) for p in apk.uses_permissions]
    certificates = {}
    errors = {}
    for scheme, read in [
        ("v1", v1_ders),
        ("v2", lambda a: a.get_certificates_der_v2()),
        ("v3", lambda a: a.get_certificates_der_v3()),
        ("v31", lambda a: a.get_certificates_der_v31()),
    ]:
        try:
            certificates[scheme] = fingerprints(read(apk))
        except Exception as error:  # noqa: BLE001
            certificates[scheme] = []
            errors[scheme] = described(error)
    out["certificates"] = certificates
    out["certificate_errors"] = errors
    return out


def main(paths):
    from loguru import logger

    logger.remove()
    logger.disable("androguard")
    import androguard
    from androguard.core.apk import APK

    # Importing androguard may add handlers of its own: remove those too.
    logger.remove()
    for path in paths:
        print(json.dumps(dump(path, androguard.__version__, APK), sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
