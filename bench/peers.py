"""Peer measurements for bench/run.sh, on the files unstalk-bench wrote.

- MVT: time to load the 16,000-indicator STIX bundle with MVT's own Indicators class
  (what `mvt-android check-* --iocs FILE` does first). Skipped when MVT is not importable.
- A plain Python baseline for domain matching: a dict of listed domains, and for each query
  the name and each parent suffix looked up (the dict/endswith loop a script would write).
Prints one JSON object.
"""

import json
import logging
import sys
import time


def best_of(runs, work):
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


def mvt_load(stix_path):
    try:
        from mvt.common.indicators import Indicators
    except ImportError:
        return None, None
    log = logging.getLogger("mvt-bench")
    log.setLevel(logging.WARNING)

    def load():
        indicators = Indicators(log=log)
        indicators.load_indicators_files([stix_path], load_default=False)
        return indicators.total_ioc_count

    return best_of(3, load)


def domain_baseline(indicators_path, queries_path):
    listed = {}
    with open(indicators_path) as f:
        for line in f:
            listed[line.strip()] = True
    with open(queries_path) as f:
        queries = [line.strip() for line in f]

    def run():
        hits = 0
        for query in queries:
            name = query.lower().rstrip(".")
            while True:
                if name in listed:
                    hits += 1
                    break
                dot = name.find(".")
                if dot < 0:
                    break
                name = name[dot + 1:]
        return hits

    seconds, hits = best_of(3, run)
    return seconds, hits, len(queries)


def main():
    stix_path, indicators_path, queries_path = sys.argv[1:4]
    mvt_seconds, mvt_count = mvt_load(stix_path)
    py_seconds, py_hits, py_queries = domain_baseline(indicators_path, queries_path)
    print(json.dumps({
        "mvt_stix_load_seconds": mvt_seconds,
        "mvt_stix_indicators": mvt_count,
        "python_domain_seconds": py_seconds,
        "python_domain_hits": py_hits,
        "python_domain_queries": py_queries,
    }))


if __name__ == "__main__":
    main()
