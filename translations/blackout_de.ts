<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Blackout::AltText</name>
    <message>
        <source>[redacted]</source>
        <comment>stands in the image description for text that was redacted</comment>
        <translation>[geschwärzt]</translation>
    </message>
</context>
<context>
    <name>Blackout::BatchCommand</name>
    <message>
        <source>Files and folders (walked recursively).</source>
        <translation>Dateien und Ordner (rekursiv durchsucht).</translation>
    </message>
    <message>
        <source>Write the JSON report to FILE.</source>
        <translation>Den JSON-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Data types to find, comma-separated (default: all): %1.</source>
        <translation>Zu suchende Datentypen, durch Kommas getrennt (Standard: alle): %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Default country for phone numbers, e.g. US or DE (default: from the locale).</source>
        <translation>Standardland für Telefonnummern, z. B. US oder DE (Standard: aus den Regionseinstellungen).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>LAND</translation>
    </message>
    <message>
        <source>A file of names and terms to always find, one per line.</source>
        <translation>Eine Datei mit Namen und Begriffen, die immer gefunden werden sollen, einer pro Zeile.</translation>
    </message>
    <message>
        <source>A regular expression to find (type custom); repeatable.</source>
        <translation>Ein zu suchender regulärer Ausdruck (Typ custom); wiederholbar.</translation>
    </message>
    <message>
        <source>REGEX</source>
        <translation>REGEX</translation>
    </message>
    <message>
        <source>Password for encrypted PDFs.</source>
        <translation>Passwort für verschlüsselte PDFs.</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>Files processed in parallel (default: the number of cores).</source>
        <translation>Anzahl parallel verarbeiteter Dateien (Standard: die Anzahl der Prozessorkerne).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Working resolution of PDF pages (default: 300).</source>
        <translation>Arbeitsauflösung für PDF-Seiten (Standard: 300).</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Print nothing but errors.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <source>Print every file as it is done.</source>
        <translation>Jede Datei ausgeben, sobald sie fertig ist.</translation>
    </message>
    <message>
        <source>Folder for the redacted images (required).</source>
        <translation>Ordner für die geschwärzten Bilder (erforderlich).</translation>
    </message>
    <message>
        <source>OUTDIR</source>
        <translation>ZIELORDNER</translation>
    </message>
    <message>
        <source>Export preset: original, x, mastodon, bluesky or instagram (default: original).</source>
        <translation>Export-Vorgabe: original, x, mastodon, bluesky oder instagram (Standard: original).</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>VORGABE</translation>
    </message>
    <message>
        <source>Redaction style: black, colour, label or mosaic (default: black).</source>
        <translation>Schwärzungsstil: black, colour, label oder mosaic (Standard: black).</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STIL</translation>
    </message>
    <message>
        <source>Image format: png, jpeg or webp (default: png).</source>
        <translation>Bildformat: png, jpeg oder webp (Standard: png).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Apply saved review decisions (&lt;file&gt;.blackout.json) where they exist.</source>
        <translation>Gespeicherte Prüfentscheidungen (&lt;Datei&gt;.blackout.json) anwenden, wo vorhanden.</translation>
    </message>
    <message>
        <source>Skip files whose outputs exist already (resume an interrupted run).</source>
        <translation>Dateien überspringen, deren Ausgaben schon existieren (setzt einen unterbrochenen Lauf fort).</translation>
    </message>
    <message>
        <source>Exit 0 even when the leak check reads redacted text again.</source>
        <translation>Auch dann mit 0 beenden, wenn die Leck-Prüfung geschwärzten Text wieder lesen kann.</translation>
    </message>
    <message>
        <source>Do not read the exports again with OCR (faster, less safe).</source>
        <translation>Die Exporte nicht erneut mit Texterkennung (OCR) lesen (schneller, weniger sicher).</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; in --types</source>
        <translation>unbekannter Typ „%1“ in --types</translation>
    </message>
    <message>
        <source>cannot read the watch list %1</source>
        <translation>die Beobachtungsliste %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>invalid --pattern &apos;%1&apos;: %2</source>
        <translation>ungültiges --pattern „%1“: %2</translation>
    </message>
    <message>
        <source>redact needs an output folder: -o OUTDIR</source>
        <translation>redact braucht einen Ausgabeordner: -o ZIELORDNER</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; use original, x, mastodon, bluesky or instagram</source>
        <translation>unbekannte Vorgabe „%1“; verwenden Sie original, x, mastodon, bluesky oder instagram</translation>
    </message>
    <message>
        <source>unknown style &apos;%1&apos;; use black, colour, label or mosaic</source>
        <translation>unbekannter Stil „%1“; verwenden Sie black, colour, label oder mosaic</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use png, jpeg or webp</source>
        <translation>unbekanntes Format „%1“; verwenden Sie png, jpeg oder webp</translation>
    </message>
    <message>
        <source>blackout-cli: no input given</source>
        <translation>blackout-cli: keine Eingabe angegeben</translation>
    </message>
    <message>
        <source>blackout-cli: the output folder %1 lies inside an input folder; choose another</source>
        <translation>blackout-cli: Der Ausgabeordner %1 liegt in einem Eingabeordner; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>blackout-cli: %1: no such file or folder</source>
        <translation>blackout-cli: %1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>skipped (not an email, PDF or image): %1</source>
        <translation>übersprungen (weder E-Mail noch PDF noch Bild): %1</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>fertig: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>LEAK: %1</source>
        <translation>LECK: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>; interrupted: the report lists what was finished</source>
        <translation>; unterbrochen: Der Bericht führt auf, was fertig wurde</translation>
    </message>
    <message>
        <source>; output in %1</source>
        <translation>; Ausgabe in %1</translation>
    </message>
    <message>
        <source>Stop working on a file after SECONDS and report it as an error (default: 300; 0: no limit).</source>
        <translation>Die Arbeit an einer Datei nach SEKUNDEN abbrechen und als Fehler melden (Standard: 300; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Pages taken from one file at most (default: 1000).</source>
        <translation>Höchstens so viele Seiten aus einer Datei lesen (Standard: 1000).</translation>
    </message>
    <message>
        <source>--file-timeout takes a whole number of seconds (0: no limit)</source>
        <translation>--file-timeout erwartet eine ganze Zahl von Sekunden (0: keine Grenze)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>OCR language(s) or script, e.g. eng, eng+deu or Latin (default: Latin if installed, else eng).</source>
        <translation>OCR-Sprache(n) oder Schrift, z. B. eng, eng+deu oder Latin (Standard: Latin, falls installiert, sonst eng).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>Largest image or rendered page, in millions of pixels (default: 200).</source>
        <translation>Größtes Bild oder größte gerenderte Seite, in Millionen Pixeln (Standard: 200).</translation>
    </message>
    <message>
        <source>Largest email, raw or decoded, in megabytes (default: 256).</source>
        <translation>Größte E-Mail, roh oder dekodiert, in Megabyte (Standard: 256).</translation>
    </message>
    <message>
        <source>MIME parts in one email at most (default: 1000).</source>
        <translation>Höchstens so viele MIME-Teile in einer E-Mail (Standard: 1000).</translation>
    </message>
    <message>
        <source>Nesting of parts and attached emails at most (default: 32).</source>
        <translation>Höchste Verschachtelungstiefe von Teilen und angehängten E-Mails (Standard: 32).</translation>
    </message>
    <message>
        <source>%1 (%2 ok, %3 failed, %4 skipped as not documents), %5, hits: %6; %7; %8 s</source>
        <translation>%1 (%2 in Ordnung, %3 fehlgeschlagen, %4 als Nicht-Dokumente übersprungen), %5, Treffer: %6; %7; %8 s</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leak(s)</source>
        <translation>
            <numerusform>%n Leck</numerusform>
            <numerusform>%n Lecks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) already done by an earlier run</source>
        <translation>
            <numerusform>; %n Datei bereits von einem früheren Lauf erledigt</numerusform>
            <numerusform>; %n Dateien bereits von einem früheren Lauf erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>blackout-cli: stopping; the report lists the finished files (press Ctrl+C again to quit at once)</source>
        <translation>blackout-cli: wird beendet; der Bericht führt die fertigen Dateien auf (erneut Strg+C beendet sofort)</translation>
    </message>
    <message>
        <source>Links to find: personal (profiles, shared files, links with tokens or user names; the default) or all.</source>
        <translation>Zu findende Links: personal (Profile, geteilte Dateien, Links mit Tokens oder Benutzernamen; Standard) oder all.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>unknown link policy &apos;%1&apos;; use personal or all</source>
        <translation>unbekannte Link-Regel „%1“; verwenden Sie personal oder all</translation>
    </message>
    <message>
        <source>Memory of each worker process at most, in megabytes (default: a share of this machine&apos;s memory, %1 here; 0: no limit).</source>
        <translation>Speicher jedes Arbeitsprozesses höchstens, in Megabyte (Vorgabe: ein Anteil am Speicher dieses Rechners, hier %1; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>How exports are read again: auto (pages Blackout laid out itself: their own text, the lines around every box and the boxes&apos; pixels; other pages whole), full (every page whole) or none (default: auto).</source>
        <translation>Wie Exporte erneut geprüft werden: auto (von Blackout selbst gesetzte Seiten: ihr eigener Text, die Zeilen um jedes Feld und die Pixel der Felder; andere Seiten ganz), full (jede Seite ganz) oder none (Standard: auto).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>unknown leak check &apos;%1&apos;; use auto, full or none</source>
        <translation>unbekannte Leck-Prüfung &apos;%1&apos;; verwenden Sie auto, full oder none</translation>
    </message>
</context>
<context>
    <name>Blackout::BatchRunner</name>
    <message>
        <source>Blackout stopped while reading this file (it may crash it); it was not read again: run it on its own to retry</source>
        <translation>Blackout wurde beim Lesen dieser Datei beendet (sie bringt es womöglich zum Absturz); sie wurde nicht erneut gelesen: einzeln verarbeiten, um es erneut zu versuchen</translation>
    </message>
</context>
<context>
    <name>Blackout::CliApp</name>
    <message>
        <source>blackout-cli: no command given; see &apos;blackout-cli --help&apos;</source>
        <translation>blackout-cli: kein Befehl angegeben; siehe „blackout-cli --help“</translation>
    </message>
    <message>
        <source>blackout-cli: unknown command &apos;%1&apos;; see &apos;blackout-cli --help&apos;</source>
        <translation>blackout-cli: unbekannter Befehl „%1“; siehe „blackout-cli --help“</translation>
    </message>
    <message>
        <source>Find and black out personal data in emails, PDFs and images.

Commands:
  scan INPUT...            find personal data and print the JSON report
  redact INPUT... -o DIR   redact every hit and export every page

Run &apos;blackout-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Persönliche Daten in E-Mails, PDFs und Bildern finden und schwärzen.

Befehle:
  scan EINGABE...               persönliche Daten suchen, JSON-Bericht ausgeben
  redact EINGABE... -o ORDNER   jeden Treffer schwärzen, jede Seite exportieren

Mit „blackout-cli BEFEHL --help“ sehen Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>scan or redact</source>
        <translation>scan oder redact</translation>
    </message>
</context>
<context>
    <name>Blackout::CropCommand</name>
    <message>
        <source>Remove crop</source>
        <translation>Zuschnitt entfernen</translation>
    </message>
    <message>
        <source>Crop page</source>
        <translation>Seite zuschneiden</translation>
    </message>
</context>
<context>
    <name>Blackout::CustomDetector</name>
    <message>
        <source>The pattern is empty.</source>
        <translation>Das Muster ist leer.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; is not a valid regular expression: %2 (at character %3).</source>
        <translation>Das Muster „%1“ ist kein gültiger regulärer Ausdruck: %2 (bei Zeichen %3).</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; matches empty text, so it would find nothing useful.</source>
        <translation>Das Muster „%1“ passt auf leeren Text und würde daher nichts Sinnvolles finden.</translation>
    </message>
</context>
<context>
    <name>Blackout::DocumentLoader</name>
    <message>
        <source>the file does not exist</source>
        <translation>Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not an email, PDF or image</source>
        <translation>Weder E-Mail noch PDF noch Bild</translation>
    </message>
    <message>
        <source>the clipboard holds no image</source>
        <translation>Die Zwischenablage enthält kein Bild</translation>
    </message>
    <message>
        <source>The email is larger than %1 MB, the limit for one message.</source>
        <translation>Die E-Mail ist größer als %1 MB, die Grenze für eine Nachricht.</translation>
    </message>
</context>
<context>
    <name>Blackout::DocumentOpener</name>
    <message>
        <source>%1 could not be opened. %2</source>
        <translation>%1 konnte nicht geöffnet werden. %2</translation>
    </message>
    <message>
        <source>That password did not open %1. Try again:</source>
        <translation>Mit diesem Passwort ließ sich %1 nicht öffnen. Versuchen Sie es erneut:</translation>
    </message>
    <message>
        <source>%1 is protected by a password:</source>
        <translation>%1 ist durch ein Passwort geschützt:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>Blackout::EmailDocument</name>
    <message>
        <source>The email could not be read: it is damaged or too large.</source>
        <translation>Die E-Mail konnte nicht gelesen werden: Sie ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>Blackout::EmailLayout</name>
    <message>
        <source>Emails cannot be laid out: the program was started without its font system.</source>
        <translation>E-Mails können nicht dargestellt werden: Das Programm wurde ohne sein Schriftsystem gestartet.</translation>
    </message>
    <message>
        <source>The email has no page %1.</source>
        <translation>Die E-Mail hat keine Seite %1.</translation>
    </message>
</context>
<context>
    <name>Blackout::ExportDialog</name>
    <message>
        <source>Export Images</source>
        <translation>Bilder exportieren</translation>
    </message>
    <message>
        <source>This page (%1)</source>
        <translation>Diese Seite (%1)</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>Black boxes</source>
        <translation>Schwarze Balken</translation>
    </message>
    <message>
        <source>Coloured boxes</source>
        <translation>Farbige Balken</translation>
    </message>
    <message>
        <source>Labelled boxes</source>
        <translation>Beschriftete Balken</translation>
    </message>
    <message>
        <source>Mosaic</source>
        <translation>Mosaik</translation>
    </message>
    <message>
        <source>PNG (lossless)</source>
        <translation>PNG (verlustfrei)</translation>
    </message>
    <message>
        <source>JPEG (smaller)</source>
        <translation>JPEG (kleiner)</translation>
    </message>
    <message>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Replace files that already exist</source>
        <translation>Bereits vorhandene Dateien ersetzen</translation>
    </message>
    <message>
        <source>Describe the image for people who use a screen reader.</source>
        <translation>Beschreiben Sie das Bild für Menschen, die einen Bildschirmleser verwenden.</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>&amp;Seiten:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>S&amp;til:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Or&amp;dner:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <source>Leak check:</source>
        <translation>Leck-Prüfung:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Exactly what will be written:</source>
        <translation>Genau das wird geschrieben:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied the first of %1 images.</source>
        <translation>Das erste von %1 Bildern wurde kopiert.</translation>
    </message>
    <message>
        <source>Copied the image.</source>
        <translation>Das Bild wurde kopiert.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Page %1 is still being read.</source>
        <translation>Seite %1 wird noch gelesen.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird gerendert …</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>✓ None of the blacked-out text can be read in the export.</source>
        <translation>✓ Kein geschwärzter Text ist im Export noch lesbar.</translation>
    </message>
    <message>
        <source>⚠ Still readable after redaction: %1. Draw a box over it before sharing.</source>
        <translation>⚠ Nach der Schwärzung noch lesbar: %1. Zeichnen Sie vor dem Teilen einen Balken darüber.</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), the first %1 × %2 pixels</source>
        <translation>
            <numerusform>%n Bild, das erste %1 × %2 Pixel groß</numerusform>
            <numerusform>%n Bilder, das erste %1 × %2 Pixel groß</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>The page is still being read; try again in a moment.</source>
        <translation>Die Seite wird noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n page(s)…</source>
        <translation>
            <numerusform>%n Seite wird exportiert …</numerusform>
            <numerusform>%n Seiten werden exportiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting and checking page %1 of %2…</source>
        <translation>Seite %1 von %2 wird exportiert und geprüft…</translation>
    </message>
    <message>
        <source>page %1: “%2”</source>
        <translation>Seite %1: „%2“</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1, but some blacked-out text can still be read: %2. Draw a box over it and export again before sharing.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben, aber geschwärzter Text ist noch lesbar: %2. Zeichnen Sie einen Kasten darüber und exportieren Sie erneut, bevor Sie teilen.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben, aber geschwärzter Text ist noch lesbar: %2. Zeichnen Sie einen Kasten darüber und exportieren Sie erneut, bevor Sie teilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation>Seite %1 wird gezeichnet…</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered again.</source>
        <translation>Seite %1 konnte nicht erneut gezeichnet werden.</translation>
    </message>
    <message>
        <source>page %1 could not be rendered again</source>
        <translation>Seite %1 konnte nicht erneut gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>Blackout::ExportPreset</name>
    <message>
        <source>Original size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Instagram (portrait 4:5)</source>
        <translation>Instagram (Hochformat 4:5)</translation>
    </message>
</context>
<context>
    <name>Blackout::Exporter</name>
    <message>
        <source>There is no page image to export.</source>
        <translation>Es gibt kein Seitenbild zum Exportieren.</translation>
    </message>
    <message>
        <source>The area to export lies outside the page.</source>
        <translation>Der zu exportierende Bereich liegt außerhalb der Seite.</translation>
    </message>
    <message>
        <source>The image could not be encoded as %1.</source>
        <translation>Das Bild konnte nicht als %1 kodiert werden.</translation>
    </message>
    <message>
        <source>The image cannot be made small enough for %1.</source>
        <translation>Das Bild lässt sich für %1 nicht klein genug machen.</translation>
    </message>
    <message>
        <source>No folder was chosen for the exported images.</source>
        <translation>Für die exportierten Bilder wurde kein Ordner gewählt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another folder or allow replacing files.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Ordner oder erlauben Sie das Ersetzen von Dateien.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Blackout::FileJob</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>%1: page %2: &quot;%3&quot; is still readable near %4,%5</source>
        <translation>%1: Seite %2: „%3“ ist nahe %4,%5 noch lesbar</translation>
    </message>
    <message>
        <source>stopped after %1 s (raise the limit with --file-timeout)</source>
        <translation>nach %1 s abgebrochen (die Grenze lässt sich mit --file-timeout erhöhen)</translation>
    </message>
    <message>
        <source>%1: only the first %2 pages were read (raise the limit with --max-pages)</source>
        <translation>%1: Nur die ersten %2 Seiten wurden gelesen (die Grenze lässt sich mit --max-pages erhöhen)</translation>
    </message>
    <message>
        <source>%1; raise the limit with %2</source>
        <translation>%1; die Grenze lässt sich mit %2 anheben</translation>
    </message>
</context>
<context>
    <name>Blackout::HitsModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>hits panel group row: type name, number of hits</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n kept</source>
        <translation>
            <numerusform>%1, %n sichtbar</numerusform>
            <numerusform>%1, %n sichtbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>hit decision: leave visible</comment>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Redact</source>
        <comment>hit decision: black out</comment>
        <translation>Schwärzen</translation>
    </message>
    <message>
        <source>Redact?</source>
        <comment>proposed, not yet reviewed</comment>
        <translation>Schwärzen?</translation>
    </message>
    <message>
        <source>%1 on page %2, %3% sure</source>
        <translation>%1 auf Seite %2, zu %3 % sicher</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Sure</source>
        <comment>confidence column</comment>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>Blackout::ImageDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>%1 is not an image format Blackout can read.</source>
        <translation>%1 hat kein Bildformat, das Blackout lesen kann.</translation>
    </message>
    <message>
        <source>The image %1 is damaged or truncated and could not be decoded.</source>
        <translation>Das Bild %1 ist beschädigt oder unvollständig und konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>Page %1 of the image %2 is damaged and could not be decoded.</source>
        <translation>Seite %1 des Bildes %2 ist beschädigt und konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>Page %1 does not exist; the image has %2 pages.</source>
        <translation>Seite %1 existiert nicht; das Bild hat %2 Seiten.</translation>
    </message>
    <message>
        <source>The image %1 is %2 × %3 pixels, more than the limit of %4 million pixels.</source>
        <translation>Das Bild %1 hat %2 × %3 Pixel, mehr als die Grenze von %4 Millionen Pixeln.</translation>
    </message>
</context>
<context>
    <name>Blackout::LeakCheck</name>
    <message>
        <source>a box that is not filled</source>
        <translation>ein nicht gefülltes Feld</translation>
    </message>
</context>
<context>
    <name>Blackout::MainWindow</name>
    <message>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <source>Page %1 could not be read: %2</source>
        <translation>Seite %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n page(s) read.</source>
        <translation>
            <numerusform>Angehalten: %1 von %n Seite gelesen.</numerusform>
            <numerusform>Angehalten: %1 von %n Seiten gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <source>Documents (*.eml *.mbox *.mbx *.pdf *.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;Emails (*.eml *.mbox *.mbx);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Dokumente (*.eml *.mbox *.mbx *.pdf *.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;E-Mails (*.eml *.mbox *.mbx);;PDF (*.pdf);;Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a Document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>&amp;Paste Screenshot</source>
        <translation>Bildschirmfoto &amp;einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a screenshot first, then paste it here.</source>
        <translation>Die Zwischenablage enthält kein Bild. Kopieren Sie zuerst ein Bildschirmfoto und fügen Sie es dann hier ein.</translation>
    </message>
    <message>
        <source>&amp;Export Images…</source>
        <translation>Bilder e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>Dokument &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete Box</source>
        <translation>Balken &amp;löschen</translation>
    </message>
    <message>
        <source>Redact Every &amp;Occurrence…</source>
        <translation>&amp;Jedes Vorkommen schwärzen …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Previous Hit</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Toggle Hit</source>
        <translation>Treffer &amp;umschalten</translation>
    </message>
    <message>
        <source>&amp;Redact Hit</source>
        <translation>&amp;Schwärzen</translation>
    </message>
    <message>
        <source>Black out this hit and go to the next one</source>
        <translation>Diesen Treffer schwärzen und zum nächsten gehen</translation>
    </message>
    <message>
        <source>&amp;Keep Hit Visible</source>
        <translation>S&amp;ichtbar lassen</translation>
    </message>
    <message>
        <source>Leave this hit visible and go to the next one</source>
        <translation>Diesen Treffer sichtbar lassen und zum nächsten gehen</translation>
    </message>
    <message>
        <source>Redact All of This &amp;Type</source>
        <translation>Alle dieses &amp;Typs schwärzen</translation>
    </message>
    <message>
        <source>Keep All of This T&amp;ype</source>
        <translation>Alle dieses T&amp;yps sichtbar lassen</translation>
    </message>
    <message>
        <source>Redact All With This Te&amp;xt</source>
        <translation>Alle mit diesem Te&amp;xt schwärzen</translation>
    </message>
    <message>
        <source>Keep All With This Tex&amp;t</source>
        <translation>Alle mit diesem T&amp;ext sichtbar lassen</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>&amp;Lesen anhalten</translation>
    </message>
    <message>
        <source>&amp;Select and Toggle</source>
        <translation>&amp;Auswählen und umschalten</translation>
    </message>
    <message>
        <source>&amp;Draw Redaction Box</source>
        <translation>Schwärzungsbalken &amp;zeichnen</translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation>Zu&amp;schneiden</translation>
    </message>
    <message>
        <source>Click a hit to toggle it; drag a box to move it, its corners to resize it (V)</source>
        <translation>Klicken Sie auf einen Treffer, um ihn umzuschalten; ziehen Sie einen Balken, um ihn zu verschieben, oder seine Ecken, um seine Größe zu ändern (V)</translation>
    </message>
    <message>
        <source>Drag over anything detection missed to black it out (B)</source>
        <translation>Ziehen Sie über alles, was die Erkennung übersehen hat, um es zu schwärzen (B)</translation>
    </message>
    <message>
        <source>Drag the part of the page to export; click once to export the whole page (C)</source>
        <translation>Ziehen Sie über den Teil der Seite, der exportiert werden soll; ein Klick exportiert die ganze Seite (C)</translation>
    </message>
    <message>
        <source>Remove C&amp;rop</source>
        <translation>Zuschnitt &amp;entfernen</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>An &amp;Breite anpassen</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>An &amp;Seite anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Blackout</source>
        <translation>&amp;Über Blackout</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Messages in the mailbox</source>
        <translation>Nachrichten im Postfach</translation>
    </message>
    <message>
        <source>%1 – Blackout</source>
        <translation>%1 – Blackout</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Your decisions could not be saved: %1</source>
        <translation>Ihre Entscheidungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Pasted screenshot</source>
        <translation>Eingefügtes Bildschirmfoto</translation>
    </message>
    <message>
        <source>There is nothing to export yet: open a document and wait until its first page is read.</source>
        <translation>Es gibt noch nichts zu exportieren: Öffnen Sie ein Dokument und warten Sie, bis seine erste Seite gelesen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hit(s)</source>
        <translation>
            <numerusform>%1 · %n Treffer</numerusform>
            <numerusform>%1 · %n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document to start.</source>
        <translation>Öffnen Sie ein Dokument, um zu beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept visible</source>
        <translation>
            <numerusform>%n sichtbar gelassen</numerusform>
            <numerusform>%n sichtbar gelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact Every Occurrence of “%1”</source>
        <translation>Jedes Vorkommen von „%1“ schwärzen</translation>
    </message>
    <message>
        <source>“%1” was not found in the text of the pages read so far.</source>
        <translation>„%1“ wurde im Text der bisher gelesenen Seiten nicht gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Blacked out %n occurrence(s) of “%1”.</source>
        <translation>
            <numerusform>%n Vorkommen von „%1“ geschwärzt.</numerusform>
            <numerusform>%n Vorkommen von „%1“ geschwärzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redact Every Occurrence</source>
        <translation>Jedes Vorkommen schwärzen</translation>
    </message>
    <message>
        <source>Black out every place this text appears:</source>
        <translation>Jede Stelle schwärzen, an der dieser Text vorkommt:</translation>
    </message>
    <message>
        <source>About Blackout</source>
        <translation>Über Blackout</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Blackout %1&lt;/h3&gt;&lt;p&gt;Finds personal data in emails, PDFs and screenshots, lets you review it, and burns solid redactions into the pixels before you share.&lt;/p&gt;&lt;p&gt;Everything happens on this computer; nothing is uploaded.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Blackout %1&lt;/h3&gt;&lt;p&gt;Findet persönliche Daten in E-Mails, PDFs und Bildschirmfotos, lässt Sie sie prüfen und brennt deckende Schwärzungen in die Pixel ein, bevor Sie etwas teilen.&lt;/p&gt;&lt;p&gt;Alles geschieht auf diesem Computer; nichts wird hochgeladen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the document again with the new settings; your decisions are kept.</source>
        <translation>Das Dokument wird mit den neuen Einstellungen erneut gelesen; Ihre Entscheidungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The new resolution applies to the next PDF you open.</source>
        <translation>Die neue Auflösung gilt ab dem nächsten PDF, das Sie öffnen.</translation>
    </message>
</context>
<context>
    <name>Blackout::MboxDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The mbox file is larger than 2 GB, the limit for one file.</source>
        <translation>Die Mbox-Datei ist größer als 2 GB, die Grenze für eine Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The mbox file could not be read: it is damaged or too large.</source>
        <translation>Die Mbox-Datei konnte nicht gelesen werden: Sie ist beschädigt oder zu groß.</translation>
    </message>
    <message>
        <source>The mbox file has no page %1.</source>
        <translation>Die Mbox-Datei hat keine Seite %1.</translation>
    </message>
</context>
<context>
    <name>Blackout::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Blackout::MimeParser</name>
    <message>
        <source>The email is nested more than %1 levels deep, the limit for one message.</source>
        <translation>Die E-Mail ist mehr als %1 Ebenen tief verschachtelt, die Grenze für eine Nachricht.</translation>
    </message>
    <message>
        <source>The email has more than %1 parts, the limit for one message.</source>
        <translation>Die E-Mail hat mehr als %1 Teile, die Grenze für eine Nachricht.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Kopie:</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>Blindkopie:</translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation>Antwort an:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>The email&apos;s decoded content is larger than %1 MB, the limit for one message.</source>
        <translation>Der dekodierte Inhalt der E-Mail ist größer als %1 MB, die Grenze für eine Nachricht.</translation>
    </message>
    <message>
        <source>unnamed %1</source>
        <translation>unbenannte Datei %1</translation>
    </message>
    <message>
        <source>[Encrypted content, not shown]</source>
        <translation>[Verschlüsselter Inhalt, nicht angezeigt]</translation>
    </message>
    <message>
        <source>Attached message:</source>
        <translation>Angehängte Nachricht:</translation>
    </message>
    <message>
        <source>This is not an email: no headers found.</source>
        <translation>Dies ist keine E-Mail: Es wurden keine Kopfzeilen gefunden.</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file, not a MIME email: save it as .eml first.</source>
        <translation>Dies ist eine Outlook-Datei (.msg), keine MIME-E-Mail: Speichern Sie sie zuerst als .eml.</translation>
    </message>
    <message>
        <source>The email is empty.</source>
        <translation>Die E-Mail ist leer.</translation>
    </message>
    <message>
        <source>This is not an mbox file: it does not start with a &quot;From &quot; line.</source>
        <translation>Dies ist keine Mbox-Datei: Sie beginnt nicht mit einer „From “-Zeile.</translation>
    </message>
    <message>
        <source>The mbox file holds no messages.</source>
        <translation>Die Mbox-Datei enthält keine Nachrichten.</translation>
    </message>
    <message>
        <source>The email&apos;s text is longer than %1 million characters, the limit for one message.</source>
        <translation>Der Text der E-Mail ist länger als %1 Millionen Zeichen, die Grenze für eine Nachricht.</translation>
    </message>
    <message>
        <source>A message in the mbox is larger than %1 MB, the limit for one message.</source>
        <translation>Eine Nachricht in der Mbox-Datei ist größer als %1 MB, die Grenze für eine Nachricht.</translation>
    </message>
</context>
<context>
    <name>Blackout::OcrEngine</name>
    <message>
        <source>No OCR language was chosen.</source>
        <translation>Es wurde keine Sprache für die Texterkennung (OCR) gewählt.</translation>
    </message>
    <message>
        <source>The OCR language “%1” is not installed; install the package tesseract-ocr-%1.</source>
        <translation>Die Texterkennungssprache „%1“ ist nicht installiert; installieren Sie das Paket tesseract-ocr-%1.</translation>
    </message>
    <message>
        <source>The text recognition engine could not start with the language data in %1.</source>
        <translation>Die Texterkennung konnte mit den Sprachdaten in %1 nicht starten.</translation>
    </message>
    <message>
        <source>The text recognition engine could not start.</source>
        <translation>Die Texterkennung konnte nicht starten.</translation>
    </message>
    <message>
        <source>There is no image to read text from.</source>
        <translation>Es gibt kein Bild, aus dem Text gelesen werden könnte.</translation>
    </message>
    <message>
        <source>Reading the text was cancelled.</source>
        <translation>Das Lesen des Textes wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The image is too large to read its text.</source>
        <translation>Das Bild ist zu groß, um seinen Text zu lesen.</translation>
    </message>
    <message>
        <source>The text recognition engine could not read this image.</source>
        <translation>Die Texterkennung konnte dieses Bild nicht lesen.</translation>
    </message>
    <message>
        <source>The text recognition engine failed on this image.</source>
        <translation>Die Texterkennung ist an diesem Bild gescheitert.</translation>
    </message>
    <message>
        <source>The OCR script “%1” is not installed; install its package, e.g. tesseract-ocr-script-latn for Latin.</source>
        <translation>Die OCR-Schrift „%1“ ist nicht installiert; installieren Sie ihr Paket, z. B. tesseract-ocr-script-latn für Latin.</translation>
    </message>
</context>
<context>
    <name>Blackout::OutlineDocument</name>
    <message>
        <source>this page is read by a worker process</source>
        <translation>diese Seite liest ein Arbeitsprozess</translation>
    </message>
</context>
<context>
    <name>Blackout::PageItem</name>
    <message>
        <source>Reading page %1…</source>
        <translation>Seite %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Page %1 could not be read.</source>
        <translation>Seite %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Page %1 was not read: reading was stopped.</source>
        <translation>Seite %1 wurde nicht gelesen: Das Lesen wurde angehalten.</translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation>Seite %1 wird gezeichnet…</translation>
    </message>
</context>
<context>
    <name>Blackout::PageJobs</name>
    <message numerus="yes">
        <source>Reading page 1 of %n…</source>
        <translation>
            <numerusform>Seite 1 von %n wird gelesen …</numerusform>
            <numerusform>Seite 1 von %n wird gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s).</source>
        <translation>
            <numerusform>%n Seite gelesen.</numerusform>
            <numerusform>%n Seiten gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1 s: the reader hung on this file</source>
        <translation>nach %1 s abgebrochen: der Leser hing an dieser Datei</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>the page image could not be read back from the worker process</source>
        <translation>das Seitenbild des Arbeitsprozesses ließ sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>it needs more than the %1 MB of memory a reader may use</source>
        <translation>sie braucht mehr als die %1 MB Speicher, die ein Leseprozess nutzen darf</translation>
    </message>
    <message>
        <source>the text recognition crashed on the exported image</source>
        <translation>die Texterkennung ist am exportierten Bild abgestürzt</translation>
    </message>
    <message>
        <source>the exported image could not be handed to the reader</source>
        <translation>das exportierte Bild konnte dem Leseprozess nicht übergeben werden</translation>
    </message>
</context>
<context>
    <name>Blackout::PageProcessor</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Blackout::PageView</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>Blackout::PageWorker</name>
    <message>
        <source>the page image could not be written</source>
        <translation>das Seitenbild ließ sich nicht schreiben</translation>
    </message>
    <message>
        <source>an exported image could not be read</source>
        <translation>ein exportiertes Bild konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Blackout::PdfDocument</name>
    <message>
        <source>Untitled PDF</source>
        <translation>Unbenanntes PDF</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF is empty.</source>
        <translation>Das PDF ist leer.</translation>
    </message>
    <message>
        <source>The PDF is damaged and could not be repaired.</source>
        <translation>Das PDF ist beschädigt und konnte nicht repariert werden.</translation>
    </message>
    <message>
        <source>The PDF is password-protected.</source>
        <translation>Das PDF ist passwortgeschützt.</translation>
    </message>
    <message>
        <source>The password for the PDF is wrong.</source>
        <translation>Das Passwort für das PDF ist falsch.</translation>
    </message>
    <message>
        <source>The PDF has no pages that can be read.</source>
        <translation>Das PDF hat keine lesbaren Seiten.</translation>
    </message>
    <message>
        <source>The PDF is damaged and could not be read.</source>
        <translation>Das PDF ist beschädigt und konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Page %1 does not exist; the PDF has %2 pages.</source>
        <translation>Seite %1 existiert nicht; das PDF hat %2 Seiten.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is damaged.</source>
        <translation>Seite %1 des PDFs ist beschädigt.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF could not be rendered.</source>
        <translation>Seite %1 des PDFs konnte nicht gerendert werden.</translation>
    </message>
    <message>
        <source>Rendering page %1 of the PDF was stopped.</source>
        <translation>Das Rendern von Seite %1 der PDF-Datei wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Page %1 would be %2 × %3 pixels at %4 DPI, more than the limit of %5 million pixels.</source>
        <translation>Seite %1 hätte bei %4 DPI %2 × %3 Pixel, mehr als die Grenze von %5 Millionen Pixeln.</translation>
    </message>
</context>
<context>
    <name>Blackout::PiiType</name>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>Sozialversicherungsnummer</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Custom pattern</source>
        <translation>Eigenes Muster</translation>
    </message>
    <message>
        <source>Secret or token</source>
        <translation>Geheimnis oder Token</translation>
    </message>
    <message>
        <source>ID number or date of birth</source>
        <translation>Ausweisnummer oder Geburtsdatum</translation>
    </message>
    <message>
        <source>Unreadable text</source>
        <translation>Unlesbarer Text</translation>
    </message>
</context>
<context>
    <name>Blackout::ProgressLine</name>
    <message>
        <source>[%1] %2/%3 files, %4 files/s, %5 pages, %6 pages/s, %7 left</source>
        <translation>[%1] %2/%3 Dateien, %4 Dateien/s, %5 Seiten, %6 Seiten/s, noch %7</translation>
    </message>
</context>
<context>
    <name>Blackout::RecentFilesMenu</name>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>Blackout::RegionCommand</name>
    <message>
        <source>Add redaction box</source>
        <translation>Schwärzungsbalken hinzufügen</translation>
    </message>
    <message>
        <source>Move redaction box</source>
        <translation>Schwärzungsbalken verschieben</translation>
    </message>
    <message>
        <source>Delete redaction box</source>
        <translation>Schwärzungsbalken löschen</translation>
    </message>
</context>
<context>
    <name>Blackout::ReviewSession</name>
    <message>
        <source>Redact “%1”</source>
        <translation>„%1“ schwärzen</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>„%1“ sichtbar lassen</translation>
    </message>
    <message>
        <source>Redact every %1</source>
        <translation>Alle vom Typ %1 schwärzen</translation>
    </message>
    <message>
        <source>Keep every %1</source>
        <translation>Alle vom Typ %1 sichtbar lassen</translation>
    </message>
    <message>
        <source>Redact every “%1”</source>
        <translation>Jedes „%1“ schwärzen</translation>
    </message>
    <message>
        <source>Keep every “%1”</source>
        <translation>Jedes „%1“ sichtbar lassen</translation>
    </message>
    <message>
        <source>Redact every occurrence of “%1”</source>
        <translation>Jedes Vorkommen von „%1“ schwärzen</translation>
    </message>
</context>
<context>
    <name>Blackout::SessionFile</name>
    <message>
        <source>The review file is too large to be a Blackout review.</source>
        <translation>Die Prüfungsdatei ist zu groß für eine Blackout-Prüfung.</translation>
    </message>
    <message>
        <source>The review file is damaged and cannot be read.</source>
        <translation>Die Prüfungsdatei ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is not a Blackout review.</source>
        <translation>Die Datei ist keine Blackout-Prüfung.</translation>
    </message>
    <message>
        <source>The review file was written by a newer version of Blackout and cannot be read.</source>
        <translation>Die Prüfungsdatei wurde von einer neueren Version von Blackout geschrieben und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no saved review for this document.</source>
        <translation>Für dieses Dokument gibt es keine gespeicherte Prüfung.</translation>
    </message>
    <message>
        <source>The review file cannot be opened: %1</source>
        <translation>Die Prüfungsdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The review cannot be saved: %1</source>
        <translation>Die Prüfung kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Blackout::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>English and German (eng+deu)</source>
        <translation>Englisch und Deutsch (eng+deu)</translation>
    </message>
    <message>
        <source>Text &amp;recognition language:</source>
        <translation>Sprache der &amp;Texterkennung:</translation>
    </message>
    <message>
        <source>Used for screenshots, scans and images inside emails and PDFs.</source>
        <translation>Wird für Bildschirmfotos, Scans und Bilder in E-Mails und PDFs verwendet.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <source>from the system (%1)</source>
        <translation>vom System (%1)</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from (country code, e.g. DE):</source>
        <translation>Land für Telefonnummern ohne Ländervorwahl (z. B. DE):</translation>
    </message>
    <message>
        <source>Treat bare domain names (example.com) as web addresses</source>
        <translation>Reine Domainnamen (example.com) als Webadressen behandeln</translation>
    </message>
    <message>
        <source>One name or term per line; always found and blacked out.</source>
        <translation>Ein Name oder Begriff pro Zeile; wird immer gefunden und geschwärzt.</translation>
    </message>
    <message>
        <source>&amp;Watch list:</source>
        <translation>&amp;Beobachtungsliste:</translation>
    </message>
    <message>
        <source>One regular expression per line, e.g. EMP-[0-9]{6}</source>
        <translation>Ein regulärer Ausdruck pro Zeile, z. B. EMP-[0-9]{6}</translation>
    </message>
    <message>
        <source>&amp;Custom patterns:</source>
        <translation>&amp;Eigene Muster:</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Black boxes</source>
        <translation>Schwarze Balken</translation>
    </message>
    <message>
        <source>Coloured boxes</source>
        <translation>Farbige Balken</translation>
    </message>
    <message>
        <source>Labelled boxes</source>
        <translation>Beschriftete Balken</translation>
    </message>
    <message>
        <source>Mosaic</source>
        <translation>Mosaik</translation>
    </message>
    <message>
        <source>Redaction &amp;style:</source>
        <translation>&amp;Schwärzungsstil:</translation>
    </message>
    <message>
        <source>Hide how long each redacted word was</source>
        <translation>Verbergen, wie lang jedes geschwärzte Wort war</translation>
    </message>
    <message>
        <source>Export &amp;for:</source>
        <translation>Exportieren &amp;für:</translation>
    </message>
    <message>
        <source>Redaction and Export</source>
        <translation>Schwärzung und Export</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Personal links only (profiles, shared files, links with tokens)</source>
        <translation>Nur persönliche Links (Profile, geteilte Dateien, Links mit Tokens)</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Alle Links</translation>
    </message>
    <message>
        <source>&amp;Links to find:</source>
        <translation>Zu findende &amp;Links:</translation>
    </message>
</context>
<context>
    <name>Blackout::WelcomePage</name>
    <message>
        <source>Black out personal data before you share</source>
        <translation>Persönliche Daten schwärzen, bevor Sie etwas teilen</translation>
    </message>
    <message>
        <source>Open an email, a mailbox, a PDF or a screenshot, drop it here, or paste a screenshot with %1.</source>
        <translation>Öffnen Sie eine E-Mail, ein Postfach, ein PDF oder ein Bildschirmfoto, ziehen Sie es hierher oder fügen Sie ein Bildschirmfoto mit %1 ein.</translation>
    </message>
    <message>
        <source>Then go through the hits with J and K, press A to black one out or R to keep it, draw boxes over anything missed, and export.</source>
        <translation>Gehen Sie dann mit J und K durch die Treffer, drücken Sie A, um einen zu schwärzen, oder R, um ihn sichtbar zu lassen, zeichnen Sie Balken über alles Übersehene und exportieren Sie.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
</context>
<context>
    <name>Blackout::WorkerClient</name>
    <message>
        <source>the PDF reader crashed on this file</source>
        <translation>der PDF-Leser ist an dieser Datei abgestürzt</translation>
    </message>
    <message>
        <source>the email reader crashed on this file</source>
        <translation>der E-Mail-Leser ist an dieser Datei abgestürzt</translation>
    </message>
    <message>
        <source>the image reader crashed on this file</source>
        <translation>der Bildleser ist an dieser Datei abgestürzt</translation>
    </message>
    <message>
        <source>the worker process could not start</source>
        <translation>der Arbeitsprozess konnte nicht starten</translation>
    </message>
    <message>
        <source>it needs more than %1 MB of memory: raise --max-memory-mb</source>
        <translation>sie braucht mehr als %1 MB Speicher: --max-memory-mb erhöhen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Black out personal data in emails, PDFs and screenshots.</source>
        <translation>Persönliche Daten in E-Mails, PDFs und Bildschirmfotos schwärzen.</translation>
    </message>
    <message>
        <source>Documents to open.</source>
        <translation>Zu öffnende Dokumente.</translation>
    </message>
</context>
</TS>
