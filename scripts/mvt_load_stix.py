#!/usr/bin/env python3
"""Load a STIX 2.1 file with MVT's own Indicators class and check how many indicators it keeps.

Usage: mvt_load_stix.py FILE.stix2 [EXPECTED]

Does what `mvt-android check-iocs --iocs FILE` does before checking anything
(mvt.common.command.Command.iocs): Indicators(log).load_indicators_files([FILE]). That also
loads the indicators MVT downloaded (MVT_DATA_FOLDER) and those named by MVT_STIX2, so run it
with both pointing nowhere (scripts/check-mvt-stix.sh does) to count only FILE.

Prints each collection MVT built and the total ("Loaded a total of N unique indicators").
Exit status: 0 when the total equals EXPECTED (or no EXPECTED was given), 1 when it differs or
MVT logged a warning or error while loading, 2 when MVT raised (e.g. a pattern it cannot split).
"""

import logging
import re
import sys
import traceback


class Capture(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    path = argv[1]
    expected = int(argv[2]) if len(argv) == 3 else None

    capture = Capture()
    mvt_logger = logging.getLogger("mvt")
    mvt_logger.setLevel(logging.DEBUG)
    mvt_logger.addHandler(capture)
    log = logging.getLogger("mvt.unstalk-check")

    try:
        from mvt.common.indicators import Indicators
        from mvt.common.version import MVT_VERSION
    except ImportError as error:
        print(f"cannot import MVT: {error}", file=sys.stderr)
        return 2

    indicators = Indicators(log=log)
    try:
        indicators.load_indicators_files([path])
    except Exception:  # noqa: BLE001 - any exception is MVT failing on our file
        print(f"MVT {MVT_VERSION} raised while loading {path}:", file=sys.stderr)
        traceback.print_exc()
        return 2

    print(f"MVT {MVT_VERSION}: {len(indicators.ioc_collections)} collection(s) from {path}")
    for collection in indicators.ioc_collections:
        lists = {
            key: len(value)
            for key, value in collection.items()
            if isinstance(value, list) and value
        }
        print(f"  {collection['name']!r}: {collection['count']} {lists}")

    problems = [
        record for record in capture.records if record.levelno >= logging.WARNING
    ]
    for record in problems:
        print(f"MVT {record.levelname}: {record.getMessage()}", file=sys.stderr)

    total = indicators.total_ioc_count
    logged = [
        int(match.group(1))
        for record in capture.records
        if (match := re.search(r"Loaded a total of (\d+) unique indicators", record.getMessage()))
    ]
    print(f"MVT loaded {total} unique indicators (log line: {logged})")
    if logged != [total]:
        print("MVT's log line and its counter disagree", file=sys.stderr)
        return 1
    if problems:
        return 1
    if expected is not None and total != expected:
        print(f"expected {expected} indicators, MVT loaded {total}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
