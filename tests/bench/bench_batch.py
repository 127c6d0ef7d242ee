#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Batch benchmark of blackout-cli (issue 8): not part of CTest, run by hand and quoted in notes.

    tests/bench/bench_batch.py build/app/cli/blackout-cli [--emails 200] [--text-pdfs 60] [--pdf-pages 20]

Generates a folder of emails (variations of the bundled sample), a folder of text PDFs (copies of the
bundled one-page sample) and a folder of scanned PDF pages (the bundled sample PDF rasterised, so every page
needs OCR), then runs `blackout-cli redact` with --jobs 1 and
--jobs 2 and prints files or pages per second and peak memory (ru_maxrss of the child). The baseline in
the same run is the `tesseract` command on the same page images (OMP_THREAD_LIMIT=1).
"""
import argparse, os, pathlib, shutil, subprocess, sys, tempfile, time

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = HERE.parent.parent / "resources" / "samples"
NAMES = ["Amy Pascal", "Jonas Berg", "Priya Raman", "Tom Okafor", "Lena Vogt", "Ines Duarte", "Marek Novak"]


def make_emails(folder, count):
    template = (SAMPLES / "leaked-memo.eml").read_text(encoding="utf-8")
    folder.mkdir(parents=True)
    for i in range(count):
        name = NAMES[i % len(NAMES)]
        text = template.replace("Marcus Oyelaran", name).replace("0148", f"{100 + i % 100:04d}")
        (folder / f"mail-{i:04d}.eml").write_text(text, encoding="utf-8")


def jpeg_pdf(jpeg, width, height, out):
    """A one-page PDF holding a JPEG at 200 DPI: what a scanner writes (ImageMagick may not write PDF)."""
    data = jpeg.read_bytes()
    pw, ph = width * 72 / 200, height * 72 / 200
    content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
               f"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
               f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray "
               f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode() + data
               + b"\nendstream",
               f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"]
    body, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    body += f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    out.write_bytes(body)


def make_text_pdfs(folder, count):
    """Copies of the bundled text PDF: pages whose text layer is trusted (no OCR to find, targeted leak check)."""
    folder.mkdir(parents=True)
    for i in range(count):
        shutil.copy(SAMPLES / "invoice-dispute.pdf", folder / f"invoice-{i:04d}.pdf")


def make_scans(folder, pages):
    folder.mkdir(parents=True)
    pdf = SAMPLES / "invoice-dispute.pdf"
    png = folder.parent / "page.png"  # outside the batch folder: it is the baseline's input
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", str(pdf), str(png)[:-4]], check=True)
    for i in range(pages):
        jpeg = folder / f"scan-{i:03d}.jpg"
        subprocess.run(["convert", str(png), "-rotate", str((i % 5) - 2) + ".0", "-background", "white",
                        "-flatten", "-colorspace", "Gray", "-quality", "85", str(jpeg)], check=True)
        size = subprocess.run(["identify", "-format", "%w %h", str(jpeg)], check=True, capture_output=True,
                              text=True).stdout.split()
        jpeg_pdf(jpeg, int(size[0]), int(size[1]), folder / f"scan-{i:03d}.pdf")
        jpeg.unlink()
    return png


def run(cmd, env=None):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    return time.monotonic() - start, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("--emails", type=int, default=200)
    ap.add_argument("--pdf-pages", type=int, default=20)
    ap.add_argument("--text-pdfs", type=int, default=60)
    ap.add_argument("--flat", type=int, default=0,
                    help="also compare peak memory over 10 emails and over this many (e.g. 1000)")
    args = ap.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="blackout-bench-"))
    try:
        make_emails(work / "emails", args.emails)
        make_text_pdfs(work / "texts", args.text_pdfs)
        png = make_scans(work / "scans", args.pdf_pages)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        # The same model Blackout reads with by default (Latin when installed).
        lang = "Latin" if "Latin" in subprocess.run(["tesseract", "--list-langs"], capture_output=True,
                                                    text=True).stdout.split() else "eng"
        t, _, _ = run(["tesseract", str(png), str(work / "tess"), "--psm", "3", "-l", lang], env)
        print(f"baseline: tesseract command ({lang}) on one page: {t:.2f} s")
        if args.flat:
            for n in (10, args.flat):
                make_emails(work / f"flat-{n}", n)
                t, rss, code = run([args.cli, "redact", str(work / f"flat-{n}"), "-o", str(work / f"out-flat-{n}"),
                                    "--jobs", "2", "--quiet", "--no-leak-check"])
                print(f"{n:5} emails --jobs 2 --no-leak-check: {n / t:6.2f} files/s, peak {rss:6.0f} MiB, exit {code}")
        for folder, unit, count in (("emails", "files", args.emails), ("texts", "pages", args.text_pdfs),
                                    ("scans", "pages", args.pdf_pages)):
            for extra in ([], ["--leak-check", "full"], ["--no-leak-check"]):
                for jobs in (1, 2):
                    out = work / f"out-{folder}-{jobs}-{'-'.join(extra)}"
                    t, rss, code = run([args.cli, "redact", str(work / folder), "-o", str(out), "--jobs", str(jobs),
                                        "--quiet"] + extra)
                    label = " ".join(extra) or "default leak check"
                    print(f"{folder:6} --jobs {jobs} ({label}): {count / t:6.2f} {unit}/s, {t:6.1f} s, "
                          f"peak {rss:6.0f} MiB, exit {code}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
