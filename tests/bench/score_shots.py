#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# score_shots.py TRUTH_JSON TEXT_DIR [KIND]: how many email/phone strings of the eval screenshots (or scans)
# appear in the OCR text that `bench_ocr --text TEXT_DIR` wrote, whitespace normalised.
import json, os, re, sys

truth = json.load(open(sys.argv[1]))["cases"]
textdir = sys.argv[2]
kind = sys.argv[3] if len(sys.argv) > 3 else "shots/"
norm = lambda s: re.sub(r"\s+", " ", s).strip()
found = total = 0
for case, info in sorted(truth.items()):
    if not case.startswith(kind):
        continue
    base = os.path.splitext(os.path.basename(case))[0]
    pages = sorted(f for f in os.listdir(textdir) if f == base + ".txt" or f.startswith(base + "-"))
    if not pages:
        continue
    text = norm(" ".join(open(os.path.join(textdir, p), encoding="utf-8").read() for p in pages))
    missed = []
    for pii in info["pii"]:
        if pii["type"] not in ("email", "phone"):
            continue
        total += 1
        if norm(pii["text"]) in text:
            found += 1
        else:
            missed.append(pii["text"])
    print(f"{case:16} {info.get('notes','')[:60]:60} missed: {missed}")
print(f"found {found}/{total} = {found / max(total, 1):.3f}")
