#!/usr/bin/env python3
"""Our counts on a generated corpus next to the generator's manifest (called by bench/run.sh).

Usage: bench/counts.py MANIFEST REPORT_JSON TIME_FILE CORPUS_DIR

Five of the manifest's six counts are compared as counts. The sixth, `overlap`, is compared cue by
cue: the generator counts a cue that starts before the previous cue's end; `overlap` (SPEC 4.8)
compares a cue with the latest end among all earlier cues, and `invalid-timing` reports a start
before the previous start. So our overlap and invalid-timing cues must be the manifest's cues plus
the cues that start after the previous cue's end but inside an earlier, longer cue, which this
script finds in the corpus itself. It prints those cues, and exits 1 when any count differs.
"""
import json
import os
import re
import sys

TIMING = re.compile(rb"(\d+):(\d\d):(\d\d)[,.](\d{3}) --> (\d+):(\d\d):(\d\d)[,.](\d{3})")


def ms(g, at):
    return ((int(g[at]) * 60 + int(g[at + 1])) * 60 + int(g[at + 2])) * 1000 + int(g[at + 3])


def overlapping_cues(corpus):
    """(file, cue) of each cue that starts before the previous cue's end, and of each that starts
    after it but before the latest end among the earlier cues."""
    previous_end_rule, latest_end_only = set(), set()
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".srt"):
            continue
        with open(os.path.join(corpus, name), "rb") as f:
            data = f.read()
        prev_end = latest = None
        for cue, m in enumerate(TIMING.finditer(data), start=1):
            g = m.groups()
            start, end = ms(g, 0), ms(g, 4)
            if prev_end is not None:
                if start < prev_end:
                    previous_end_rule.add((name, cue))
                elif start < latest:
                    latest_end_only.add((name, cue))
            prev_end = end
            latest = end if latest is None else max(latest, end)
    return previous_end_rule, latest_end_only


def main(manifest_file, report_file, time_file, corpus):
    manifest = json.load(open(manifest_file))
    report = json.load(open(report_file))
    timing = open(time_file).read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (.*)", timing).group(1)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1))
    parts = [float(p) for p in wall.split(":")]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))

    cues = {}
    for f in report["files"]:
        for x in f["findings"]:
            cues.setdefault(x["rule"], set()).add((os.path.basename(f["path"]), x["cue"]))
    ours = {k: len(v) for k, v in cues.items()}
    print(f"corpus: {manifest['files']} files, {manifest['cues']} cues, {manifest['bytes'] / 1e6:.1f} MB")
    print(f"wall {seconds:.1f} s (whole mvn run), peak RSS {rss / 1024:.0f} MB, "
          f"{manifest['cues'] / seconds / 1000:.0f}k cues/s, {manifest['bytes'] / 1e6 / seconds:.1f} MB/s")
    print(f"{'expected':<10} {'ours':<32} {'expected':>9} {'ours':>9}")
    differ = False
    for key, name, n in [("cps", "reading-speed", ours.get("reading-speed", 0)),
                         ("line", "line-length (cues)", ours.get("line-length", 0)),
                         ("gap", "min-gap", ours.get("min-gap", 0)),
                         ("short", "min-duration", ours.get("min-duration", 0)),
                         ("long", "max-duration", ours.get("max-duration", 0))]:
        ok = manifest[key] == n
        differ |= not ok
        print(f"{key:<10} {name:<32} {manifest[key]:>9} {n:>9} {'ok' if ok else 'DIFF'}")

    previous_end_rule, latest_end_only = overlapping_cues(corpus)
    reported = cues.get("overlap", set()) | cues.get("invalid-timing", set())
    expected = previous_end_rule | latest_end_only
    ok = len(previous_end_rule) == manifest["overlap"] and reported == expected
    differ |= not ok
    print(f"{'overlap':<10} {'overlap + invalid-timing order':<32} {manifest['overlap']:>9} {len(reported):>9} "
          f"{'ok' if ok else 'DIFF'}: the manifest's {len(previous_end_rule)} cues (start before the previous "
          f"cue's end) and {len(latest_end_only)} that start inside an earlier, longer cue, cue by cue")
    for name, cue in sorted(latest_end_only):
        print(f"           inside an earlier cue: {name} cue {cue}")
    if reported != expected:
        print(f"           reported, not expected: {sorted(reported - expected)[:10]}")
        print(f"           expected, not reported: {sorted(expected - reported)[:10]}")
    print(f"report: {report['summary']}")
    return 1 if differ else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
