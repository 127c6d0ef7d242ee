#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes truth.json from truth_spec.json: finds every listed item on its screenshot with tesseract's TSV
output (the image read at 2x, several page segmentation modes) and writes its pixel boxes, one per line.
An item with "lines" spans several lines; "n" is how many times it is visible (a warning when fewer are
found); "boxes" in the spec are measured by hand and used as they are.
  locate_truth.py [--check DIR]   (--check draws every box into DIR/*.png to look at)"""
import json, os, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FOLD = {"ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "đ": "d"}

def fold_chars(s):
    out = []  # (folded char, index in s)
    for i, ch in enumerate(s):
        f = FOLD.get(ch)
        if f is None:
            f = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        for c in f.lower():
            if c.isalnum():
                out.append((c, i))
    return out

def fold(s):
    return "".join(c for c, _ in fold_chars(s))

def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def ocr_lines(path, cache, extra=False):
    """extra: a second set of readings (3x, grey, contrast stretched) for items the first set missed."""
    key = os.path.join(cache, os.path.basename(path)) + (".extra" if extra else "")
    if os.path.exists(key + ".json"):
        return json.load(open(key + ".json"))
    runs = []
    big = key + ".x2.png"
    scale = 3 if extra else 2
    subprocess.run(["convert", path, "-resize", f"{scale}00%"] + (["-colorspace", "gray", "-normalize"] if extra else [])
                   + [big], check=True)
    for psm in (("11", "4") if extra else ("3", "11", "6")):
        tsv = subprocess.run(["tesseract", big, "-", "--psm", psm, "-l", "eng+deu", "tsv"],
                             capture_output=True, text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout
        lines = {}
        for row in tsv.splitlines()[1:]:
            f = row.split("\t")
            if len(f) < 12 or f[0] != "5" or not f[11].strip():
                continue
            k = (f[1], f[2], f[3], f[4])
            lines.setdefault(k, []).append([int(f[6]) / scale, int(f[7]) / scale, int(f[8]) / scale, int(f[9]) / scale, f[11]])
        runs.append(list(lines.values()))
    json.dump(runs, open(key + ".json", "w"))
    return runs

def find_in_line(words, target, maxed, in_email=False):
    raw, owner = "", []
    for wi, w in enumerate(words):
        if raw:
            raw += " "; owner.append(None)
        for ci in range(len(w[4])):
            owner.append((wi, ci))
        raw += w[4]
    fc = fold_chars(raw)
    fs = "".join(c for c, _ in fc)
    L, found, i = len(target), [], 0
    while i < len(fs):
        best = None
        for ln in range(max(1, L - maxed), L + maxed + 1):
            if i + ln > len(fs):
                break
            d = lev(fs[i:i + ln], target) if maxed else (0 if fs[i:i + ln] == target else 1)
            if d <= maxed and (best is None or d < best[0]):
                best = (d, ln)
        if best is None:
            i += 1
            continue
        if best[0] > 0 and any(lev(fs[j:j + L], target) < best[0] for j in range(i + 1, i + maxed + 1)):
            i += 1  # a closer reading starts a little later
            continue
        if best[0] > 0:  # prefer the window length that reads closest, shortest first
            best = min(((lev(fs[i:i + ln], target), ln) for ln in range(max(1, L - maxed), L + maxed + 1)
                        if i + ln <= len(fs)))
        a, b = fc[i][1], fc[i + best[1] - 1][1]
        touched = {owner[p][0] for p in range(a, b + 1) if owner[p] is not None}
        if not in_email and any("@" in words[t][4] for t in touched):
            i += 1
            continue
        x0 = y0 = 1e9; x1 = y1 = -1
        for p in range(a, b + 1):
            o = owner[p]
            if o is None:
                continue
            wl, wt, ww, wh, wt_text = words[o[0]]
            n = len(wt_text)
            cs, ce = wl + ww * o[1] / n, wl + ww * (o[1] + 1) / n
            x0, x1 = min(x0, cs), max(x1, ce)
            y0, y1 = min(y0, wt), max(y1, wt + wh)
        found.append((best[0], [int(x0), int(y0) - 2, int(x1 - x0 + 0.999), int(y1 - y0) + 4]))
        i += best[1]
    return found

def ink_box(path, box, grow=2, band=True):
    """Snaps box to its text line: the band of rows with ink around the box's middle (stopping at the first
    empty row, so a neighbouring line is left out), then the columns with ink in that band. Red spell-check
    waves count as background in LibreOffice shots."""
    x, y, w, h = box
    m = 6 + h // 2 if band else 0
    x0, y0 = max(0, x - grow), max(0, y - m)  # only the ink inside the box's columns (a "<" beside stays out)
    cw, ch = w + 2 * grow, h + 2 * m
    txt = subprocess.run(["convert", path, "-crop", f"{cw}x{ch}+{x0}+{y0}", "+repage", "-depth", "8", "txt:-"],
                         capture_output=True, text=True).stdout.splitlines()[1:]
    px = {}
    for line in txt:
        xy, rest = line.split(":", 1)
        i, j = map(int, xy.split(","))
        v = rest.split("(")[1].split(")")[0].split(",")[:3]
        px[i, j] = tuple(int(float(c)) for c in v)
    if not px:
        return box
    from collections import Counter
    bg = Counter(px.values()).most_common(1)[0][0]
    wave = "libreoffice" in path or "calc" in path or "writer" in path
    def ink(p):
        if wave and p[0] - p[1] > 30 and p[0] - p[2] > 30:
            return False
        return sum(abs(p[k] - bg[k]) for k in range(3)) > 150
    W = max(i for i, _ in px) + 1
    H = max(j for _, j in px) + 1
    grid = [[ink(px.get((i, j), bg)) for i in range(W)] for j in range(H)]
    # rules and separators (a row or column inked nearly all along) are not text
    for j in range(H):
        if sum(grid[j]) > 0.85 * W:
            grid[j] = [False] * W
    for i in range(W):
        if sum(grid[j][i] for j in range(H)) > 0.85 * H:
            for j in range(H):
                grid[j][i] = False
    ink = None
    rows = [sum(grid[j]) for j in range(H)]
    mid = min(H - 1, (y + h // 2) - y0)
    if not band:
        inked = [j for j in range(H) if rows[j]]
        if not inked:
            return box
        top, bot = inked[0], inked[-1]
    elif not rows[mid]:
        near = [j for j in range(H) if rows[j] and y - y0 <= j < y - y0 + h]
        if not near:
            return box
        mid = min(near, key=lambda j: abs(j - mid))
    if band:
        top = bot = mid
    while band and top > 0 and rows[top - 1]:
        top -= 1
    while band and bot < H - 1 and rows[bot + 1]:
        bot += 1
    cols = [i for i in range(W) if any(grid[j][i] for j in range(top, bot + 1))]
    if not cols:
        return box
    return [x0 + cols[0] - 1, y0 + top - 1, cols[-1] - cols[0] + 3, bot - top + 3]

def overlap(a, b):
    return not (a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1])

def locate(runs, text, within=None, in_email=False):
    if within:
        big, small = fold(within), fold(text)
        a = big.index(small)
        out = []
        for box in locate(runs, within, in_email=in_email):
            x, y, w, h = box
            cw = (w - 4) / len(big)
            out.append([int(x + 2 + cw * a) - 2, y, int(cw * len(small)) + 4, h])
        return out
    target = fold(text)
    digits = sum(c.isdigit() for c in target) * 2 > len(target)
    maxed = 0 if len(target) < 6 or digits else (1 if len(target) < 16 else 2)
    hits = []
    for lines in runs:
        for words in lines:
            hits += find_in_line(words, target, maxed, in_email)
    kept = []
    for d, box in sorted(hits, key=lambda h: (h[0], h[1][3], h[1][2])):  # exact, then tightest readings first
        if not any(overlap(box, k) for k in kept):
            kept.append(box)
    return sorted(kept, key=lambda b: (b[1], b[0]))

def main():
    spec = json.load(open(os.path.join(HERE, "truth_spec.json")))
    cache = "/tmp/blackout-screens-ocr"
    os.makedirs(cache, exist_ok=True)
    out = {"version": 1, "generator": "tests/data/screens/make_screens.sh + locate_truth.py (real programs under Xvfb)",
           "cases": {}}
    warnings = 0
    for rel, case in spec["cases"].items():
        path = os.path.join(HERE, "files", rel)
        if "layout_of" in case:
            res = json.loads(json.dumps(out["cases"][case["layout_of"]]))
            res.update({"program": case["program"], "variant": case["variant"]})
            out["cases"][rel] = res
            continue
        w, h = map(int, subprocess.run(["identify", "-format", "%w %h", path], capture_output=True, text=True).stdout.split())
        runs = ocr_lines(path, cache)
        res = {"kind": "screenshot", "format": "png", "width": w, "height": h, "scale": case.get("scale", 1),
               "program": case["program"], "variant": case["variant"], "screen": f"{w}x{h}", "pii": [], "decoys": [],
               "neutral": case.get("neutral", [])}
        for listname in ("pii", "decoys"):
            for item in case.get(listname, []):
                n = item.get("n", 1)
                if "term" in item:  # a terminal's character cells: row, column, length
                    t, (row, col, ln) = case["term"], item["term"]
                    insts = [[[t["x0"] + col * t["cw"], t["top"] + row * t["pitch"], ln * t["cw"], t["pitch"]]]]
                elif "cell" in item:  # a spreadsheet cell: its ink
                    g = case["grid"]
                    c, r = item["cell"]
                    x0, x1 = g["cols"][c]
                    insts = [[ink_box(path, [x0 + 2, g["row0"] + g["pitch"] * r + 2, x1 - x0 - 3, g["pitch"] - 3], 0, band=False)]]
                elif "boxes" in item:  # measured by hand: one instance per entry, each a list of line boxes
                    insts = item["boxes"]
                elif "lines" in item:
                    parts = [locate(runs, t) for t in item["lines"]]
                    parts = [p[:1] if len(p) > 1 and n == 1 else p for p in parts]
                    insts = [[p[k] for p in parts] for k in range(min(len(p) for p in parts))] if all(parts) else []
                else:
                    insts = [[b] for b in locate(runs, item["text"], item.get("within"), item["type"] in ("email", "url", "ip") if "type" in item else True)]
                if len(insts) < n and "boxes" not in item and "lines" not in item:
                    runs2 = runs + ocr_lines(path, cache, extra=True)
                    insts = [[b] for b in locate(runs2, item["text"], item.get("within"),
                                                 item["type"] in ("email", "url", "ip") if "type" in item else True)]
                sc = case.get("scale", 1)  # a box far wider or taller than the text can be is a misreading
                insts = [bs for bs in insts if all(b[2] <= len(item["text"]) * 11 * sc + 24 and b[3] <= 30 * sc
                                                   for b in bs)]
                insts += [[b] for b in item.get("extra_boxes", [])]  # measured by hand (rows tesseract misread)
                if len(insts) != n:
                    warnings += 1
                    print(f"WARN {rel}: {item['text']!r} found {len(insts)} times, expected {n}", file=sys.stderr)
                if case.get("snap", True) and "cell" not in item and "term" not in item and "boxes" not in item:
                    insts = [[ink_box(path, b, 0) for b in boxes] for boxes in insts]
                for boxes in insts[:n]:
                    e = {k: v for k, v in item.items() if k not in ("n", "boxes", "lines", "within", "cell", "term", "extra_boxes")}
                    e.update({"page": 0, "boxes": boxes, "ink": boxes})
                    res[listname].append(e)
        for i, e in enumerate(res["pii"]):
            e["id"] = i
        out["cases"][rel] = res
    json.dump(out, open(os.path.join(HERE, "truth.json"), "w"), indent=1, ensure_ascii=False)
    if "--qa" in sys.argv:  # each box read alone must say the item (a box too wide or on the wrong row shows here)
        for rel, c in out["cases"].items():
            for e in c["pii"] + c["decoys"]:
                for k, (x, y, bw, bh) in enumerate(e["boxes"]):
                    want = fold(e.get("lines", [e["text"]])[k] if False else e["text"])
                    got = fold(subprocess.run(
                        f"convert '{os.path.join(HERE, 'files', rel)}' -crop {bw + 6}x{bh + 4}+{x - 3}+{y - 2} +repage "
                        f"-resize 300% -colorspace gray -normalize png:- | tesseract - - --psm 7 -l eng+deu",
                        shell=True, capture_output=True, text=True).stdout)
                    if len(e["boxes"]) == 1 and lev(got, want) > 2 + len(want) // 8:
                        print(f"QA {rel} {e['text']!r} box {[x, y, bw, bh]} reads {got!r}", file=sys.stderr)
    if len(sys.argv) > 2 and sys.argv[1] == "--check":
        os.makedirs(sys.argv[2], exist_ok=True)
        for rel, c in out["cases"].items():
            args = ["convert", os.path.join(HERE, "files", rel), "-fill", "none", "-strokewidth", "1"]
            for col, lst in (("red", c["pii"]), ("blue", c["decoys"])):
                for e in lst:
                    for x, y, bw, bh in e["boxes"]:
                        args += ["-stroke", col, "-draw", f"rectangle {x},{y} {x + bw - 1},{y + bh - 1}"]
            subprocess.run(args + [os.path.join(sys.argv[2], rel.replace("/", "_"))], check=True)
    print(f"{sum(len(c['pii']) for c in out['cases'].values())} pii, "
          f"{sum(len(c['decoys']) for c in out['cases'].values())} decoys, {warnings} warnings", file=sys.stderr)

main()
