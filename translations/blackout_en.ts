<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Blackout::BatchCommand</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leak(s)</source>
        <translation>
            <numerusform>%n leak</numerusform>
            <numerusform>%n leaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) already done by an earlier run</source>
        <translation>
            <numerusform>; %n file already done by an earlier run</numerusform>
            <numerusform>; %n files already done by an earlier run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Blackout::ExportDialog</name>
    <message numerus="yes">
        <source>%n image(s), the first %1 × %2 pixels</source>
        <translation>
            <numerusform>%n image, the first %1 × %2 pixels</numerusform>
            <numerusform>%n images, the first %1 × %2 pixels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n page(s)…</source>
        <translation>
            <numerusform>Exporting %n page…</numerusform>
            <numerusform>Exporting %n pages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1, but some blacked-out text can still be read: %2. Draw a box over it and export again before sharing.</source>
        <translation>
            <numerusform>Wrote %n file to %1, but some blacked-out text can still be read: %2. Draw a box over it and export again before sharing.</numerusform>
            <numerusform>Wrote %n files to %1, but some blacked-out text can still be read: %2. Draw a box over it and export again before sharing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Blackout::HitsModel</name>
    <message numerus="yes">
        <source>%1, %n kept</source>
        <translation>
            <numerusform>%1, %n kept</numerusform>
            <numerusform>%1, %n kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Blackout::MainWindow</name>
    <message numerus="yes">
        <source>Stopped: %1 of %n page(s) read.</source>
        <translation>
            <numerusform>Stopped: %1 of %n page read.</numerusform>
            <numerusform>Stopped: %1 of %n pages read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hit(s)</source>
        <translation>
            <numerusform>%1 · %n hit</numerusform>
            <numerusform>%1 · %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n reviewed</numerusform>
            <numerusform>%n reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept visible</source>
        <translation>
            <numerusform>%n kept visible</numerusform>
            <numerusform>%n kept visible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blacked out %n occurrence(s) of “%1”.</source>
        <translation>
            <numerusform>Blacked out %n occurrence of “%1”.</numerusform>
            <numerusform>Blacked out %n occurrences of “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Blackout::PageJobs</name>
    <message numerus="yes">
        <source>Reading page 1 of %n…</source>
        <translation>
            <numerusform>Reading page 1 of %n…</numerusform>
            <numerusform>Reading page 1 of %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s).</source>
        <translation>
            <numerusform>Read %n page.</numerusform>
            <numerusform>Read %n pages.</numerusform>
        </translation>
    </message>
</context>
</TS>
