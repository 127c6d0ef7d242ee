#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Measure the detectors on eval-dev's emails and text-layer PDFs (no OCR): recall per type, decoy hits, FPs.

    python3 tests/core/detect/eval_detect.py build/tests/core/detect/detect_eval [--details] [--ocr DIR]

--ocr DIR adds the screenshots, read from DIR/<name>.txt (tesseract IMAGE DIR/<name> --psm 3 -l eng).

Follows the matching rules of eval-dev/README.md in a simplified way (per case, not per page)."""
import email, email.policy, html, json, re, subprocess, sys, unicodedata
from pathlib import Path

CASES = Path(__file__).resolve().parents[4] / 'shared/eval-dev/cases'


def fold(s):
    s = s.replace('ß', 'ss').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()


def norm(t, s):
    s = fold(s)
    if t in ('phone', 'card', 'ssn'):
        return re.sub(r'\D', '', s)
    if t == 'email':
        return re.sub(r'^mailto:', '', s.strip().strip('<>'))
    if t == 'url':
        return re.sub(r'^[a-z]+://', '', s.strip()).rstrip('/')
    return re.sub(r'[^0-9a-z]', '', s)


def fix(s):
    # Raw 8-bit UTF-8 headers come back from the email module as surrogate escapes.
    return s.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')


def mail_case(path):
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    people, head = [], []
    for h in ('From', 'To', 'Cc'):
        v = msg.get(h)
        if not v:
            continue
        head.append(fix(f'{h}: {v}'))
        for a in getattr(v, 'addresses', []):
            people.append({'name': fix(a.display_name), 'address': fix(a.addr_spec)})
    head.append(fix(f"Subject: {msg.get('Subject', '')}"))
    part = msg.get_body(preferencelist=('plain', 'html'))
    body = part.get_content() if part else ''
    if part is not None and part.get_content_type() == 'text/html':
        body = html.unescape(re.sub(r'<[^>]+>', ' ', re.sub(r'<br\s*/?>|</p>|</div>', '\n', body)))
    return '\n'.join(head) + '\n\n' + body.replace('\r\n', '\n'), people


def pdf_case(path):
    out = subprocess.run(['pdftotext', '-enc', 'UTF-8', str(path), '-'], capture_output=True, text=True).stdout
    return out.replace('\f', '\n'), []


def edits(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def close(hn, w, ocr):
    if hn == w or (w and w in hn and len(hn) - len(w) <= max(4, len(w) // 2)):
        return True
    if ocr and len(w) >= 8:
        return edits(hn, w) <= (1 if len(w) < 20 else 2)
    return False


def main():
    driver = sys.argv[1]
    details = '--details' in sys.argv
    ocr_dir = Path(sys.argv[sys.argv.index('--ocr') + 1]) if '--ocr' in sys.argv else None
    truth = json.load(open(CASES / 'truth.json'))['cases']
    inputs = {}
    for cid, case in truth.items():
        files = case.get('file') or case.get('path') or cid
        p = CASES / 'files' / files if (CASES / 'files' / str(files)).exists() else None
        if p is None:
            continue
        if case['kind'] == 'email':
            inputs[cid] = mail_case(p)
        elif case['kind'] == 'pdf' and p.parent.name == 'pdf':
            inputs[cid] = pdf_case(p)
        elif ocr_dir and p.parent.name == 'shots' and (ocr_dir / (p.stem + '.txt')).exists():
            inputs[cid] = ((ocr_dir / (p.stem + '.txt')).read_text(), [])
    lines = ''.join(json.dumps({'case': c, 'text': t, 'people': pp}) + '\n' for c, (t, pp) in inputs.items())
    res = subprocess.run([driver], input=lines, capture_output=True, text=True)
    sys.stderr.write(res.stderr)
    hits = {json.loads(l)['case']: json.loads(l)['hits'] for l in res.stdout.splitlines() if l.strip()}
    stats = {}
    decoys = fps = tps = 0
    for cid in inputs:
        case = truth[cid]
        hs = [dict(h, used=False) for h in hits.get(cid, [])]
        for p in case['pii']:
            t = p['type']
            st = stats.setdefault(t, [0, 0])
            st[1] += 1
            wants = [norm(t, p['text'])] + [norm(t, a) for a in p.get('alt', [])]
            ok = False
            for h in hs:
                if h['used'] or h['type'] != t:
                    continue
                hn = norm(t, h['text'])
                if any(close(hn, w, cid.startswith('shots')) for w in wants):
                    h['used'] = ok = True
                    break
            if not ok:  # several hits together spell it
                cand = [h for h in hs if not h['used'] and h['type'] == t]
                for i in range(len(cand)):
                    acc = ''
                    for j in range(i, min(i + 6, len(cand))):
                        acc += norm(t, cand[j]['text'])
                        if acc in wants:
                            for h in cand[i:j + 1]:
                                h['used'] = True
                            ok = True
                            break
                        if not any(w.startswith(acc) for w in wants):
                            break
                    if ok:
                        break
            if ok:
                st[0] += 1
                tps += 1
            elif details:
                print(f'MISS {cid} {t}: {p["text"]!r} ({p.get("where")})')
        for h in hs:
            if h['used']:
                continue
            hn = norm('name', h['text'])
            if any(hn and (hn in norm('name', d['text']) or norm('name', d['text']) in hn) for d in case['decoys']):
                decoys += 1
                if details:
                    print(f'DECOY {cid} {h["type"]}: {h["text"]!r}')
            elif any(hn and (hn in norm('name', x['text']) or norm('name', x['text']) in hn)
                     for x in case.get('neutral', []) + case['pii']):
                pass
            else:
                fps += 1
                if details:
                    print(f'FP {cid} {h["type"]}: {h["text"]!r}')
    for t, (f, n) in sorted(stats.items()):
        print(f'{t:8s} recall {f / n:.3f} ({f}/{n})')
    print(f'cases={len(inputs)} tp={tps} decoy_hits={decoys} fp={fps} precision={tps / max(1, tps + decoys + fps):.3f}')


if __name__ == '__main__':
    main()
