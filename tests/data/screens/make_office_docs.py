#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes contacts.fods (a LibreOffice Calc contact list) and letter.fodt (a Writer letter) into the folder
given, for make_screens.sh. Every person, address and number is made up."""
import sys
from xml.sax.saxutils import escape

out = sys.argv[1]
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')

ROWS = [
    ("Name", "Email", "Phone", "Address", "Country", "Customer since", "Last order"),
    ("Okafor, Hannah", "hannah.okafor@lagosbridge.ng", "+44 7700 900123", "27 Marlowe Street, Bristol BS1 4QA", "United Kingdom", "2019-04-02", "ORD-58213"),
    ("David J. Bradford", "dbradford@harrowgate.co.uk", "+44 7700 900457", "14 Cavendish Row, Leeds LS2 7QP", "United Kingdom", "2020-11-17", "ORD-60477"),
    ("Lotte van der Berg", "lotte.vdberg@kpnmail.nl", "+31 6 1234 5678", "Prinsengracht 263, 1016 GV Amsterdam", "Netherlands", "2021-02-08", "ORD-61002"),
    ("Jürgen Weißmüller", "j.weissmueller@posteo.de", "+49 30 901820", "Lindenallee 13, 10235 Berlin", "Germany", "2018-07-30", "ORD-55190"),
    ("Anna-Lena Schmidt", "anna-lena.schmidt@mailbox-nord.de", "+49 176 2476348", "Hauptstraße 5, 80331 München", "Germany", "2022-05-19", "ORD-62318"),
    ("María José Fernández Ruiz", "mjfernandez@correo-sur.es", "+34 612 345 678", "Calle de Alcalá 48, 28014 Madrid", "Spain", "2023-01-11", "ORD-63540"),
    ("Katarzyna Wójcik", "kasia.wojcik@onet.pl", "+48 601 234 567", "ul. Długa 12/4, 00-238 Warszawa", "Poland", "2020-03-03", "ORD-59961"),
    ("Bjørn Åkesson", "bjorn.akesson@fjordpost.no", "+47 912 34 567", "Storgata 21, 0184 Oslo", "Norway", "2017-09-14", "ORD-51207"),
    ("Priya Raghunathan", "priya.raghunathan@quillmail.in", "+91 98450 12345", "12 MG Road, Bengaluru 560001", "India", "2024-02-26", "ORD-64471"),
    ("SIOBHAN O'HARA", "siobhan.ohara@eirmail.ie", "+353 1 555 0142", "8 Harcourt Street, Dublin 2", "Ireland", "2019-12-01", "ORD-57733"),
    ("Will Thornton", "will.thornton@harrowgate.co.uk", "+44 20 7946 0321", "3 Mill Lane, Cambridge CB2 1RX", "United Kingdom", "2024-05-13", "ORD-64980"),
    ("May Chen", "may.chen@lionmail.sg", "+65 8123 4567", "21 Jalan Bukit Merah, Singapore 150021", "Singapore", "2021-08-23", "ORD-61655"),
]
WIDTHS = ["1.95in", "2.75in", "1.35in", "3.1in", "1.2in", "1.25in", "1.0in"]

cols = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties '
               f'style:column-width="{w}"/></style:style>' for i, w in enumerate(WIDTHS))
body = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(WIDTHS)))
for r, row in enumerate(ROWS):
    head = ' table:style-name="hd"' if r == 0 else ""
    cells = "".join(f'<table:table-cell office:value-type="string"{head}>'
                    f'<text:p>{escape(c)}</text:p></table:table-cell>' for c in row)
    body += f"<table:table-row>{cells}</table:table-row>"
fods = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:automatic-styles>'
        f'{cols}<style:style style:name="hd" style:family="table-cell"><style:text-properties fo:font-weight="bold"/>'
        '</style:style></office:automatic-styles><office:body><office:spreadsheet>'
        f'<table:table table:name="Contacts">{body}</table:table></office:spreadsheet></office:body></office:document>')
open(f"{out}/contacts.fods", "w", encoding="utf-8").write(fods)

LETTER = """Katarzyna Wójcik
ul. Długa 12/4
00-238 Warszawa
Poland

Mr Jürgen Weißmüller
Nordlicht Logistik GmbH
Lindenallee 13
10235 Berlin
Germany

Warszawa, 14 May 2024
Your reference: KD-2024-7781

Dear Mr Weißmüller,

thank you for your letter of 2 May. As agreed with your colleague Grace Whitfield, we will extend the grace period for invoice INV-2024-0413 until 31 May 2024. See the enclosed statement; if you have questions, Will Thornton (+44 20 7946 0321) or I will be glad to help. May I also ask you to mark our new address, kasia.wojcik@onet.pl, in your records?

Our bank details: IBAN PL61 1090 1014 0000 0712 1981 2874

Yours sincerely,

Katarzyna Wójcik"""
paras = "".join(f"<text:p>{escape(line)}</text:p>" for line in LETTER.split("\n"))
fodt = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
        f'{paras}</office:text></office:body></office:document>')
open(f"{out}/letter.fodt", "w", encoding="utf-8").write(fodt)
