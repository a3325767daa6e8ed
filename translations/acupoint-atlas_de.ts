<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BodyMapAccessible</name>
    <message>
        <location filename="../src/ui/map/BodyMapAccessible.cpp" line="+39"/>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, midline</source>
        <translation>%1, Mittellinie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pregnancy: caution</source>
        <translation>Schwangerschaft: Vorsicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnancy: traditionally forbidden</source>
        <translation>Schwangerschaft: traditionell verboten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pregnancy: no caution known</source>
        <translation>Schwangerschaft: kein Vorsichtshinweis bekannt</translation>
    </message>
</context>
<context>
    <name>RunnerPrompts</name>
    <message>
        <location filename="../src/models/routine/RunnerPrompts.cpp" line="+12"/>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ten</source>
        <translation>zehn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>eleven</source>
        <translation>elf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twelve</source>
        <translation>zwölf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thirteen</source>
        <translation>dreizehn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourteen</source>
        <translation>vierzehn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fifteen</source>
        <translation>fünfzehn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sixteen</source>
        <translation>sechzehn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seventeen</source>
        <translation>siebzehn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eighteen</source>
        <translation>achtzehn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nineteen</source>
        <translation>neunzehn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>twenty</source>
        <translation>zwanzig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thirty</source>
        <translation>dreißig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forty</source>
        <translation>vierzig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fifty</source>
        <translation>fünfzig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sixty</source>
        <translation>sechzig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seventy</source>
        <translation>siebzig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eighty</source>
        <translation>achtzig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ninety</source>
        <translation>neunzig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <comment>two spoken sentences one after the other</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one second</source>
        <translation>eine Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seconds</source>
        <comment>%1 is a number in words</comment>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one minute</source>
        <translation>eine Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <comment>%1 is a number in words</comment>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Right side.</source>
        <translation>Rechte Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left side.</source>
        <translation>Linke Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides.</source>
        <translation>Beide Seiten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Right side, %1 of %2.</source>
        <translation>Rechte Seite, %1 von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left side, %1 of %2.</source>
        <translation>Linke Seite, %1 von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides, %1 of %2.</source>
        <translation>Beide Seiten, %1 von %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repetition %1 of %2.</source>
        <translation>Wiederholung %1 von %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now the right side.</source>
        <translation>Jetzt die rechte Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now the left side.</source>
        <translation>Jetzt die linke Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now both sides.</source>
        <translation>Jetzt beide Seiten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next point: %1.</source>
        <translation>Nächster Punkt: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next point: %1, right side first.</source>
        <translation>Nächster Punkt: %1, zuerst die rechte Seite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next point: %1, left side first.</source>
        <translation>Nächster Punkt: %1, zuerst die linke Seite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next point: %1, both sides.</source>
        <translation>Nächster Punkt: %1, beide Seiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next point: %1, right side.</source>
        <translation>Nächster Punkt: %1, rechte Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next point: %1, left side.</source>
        <translation>Nächster Punkt: %1, linke Seite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release.</source>
        <translation>Loslassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one</source>
        <comment>a quantity before a unit, as in one to two minutes</comment>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two</source>
        <comment>a quantity before a unit, as in two minutes</comment>
        <translation>zwei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one</source>
        <comment>the ones of a compound number, as in twenty-one</comment>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-%2</source>
        <comment>a compound number: %1 the tens, %2 the ones, as in twenty-one</comment>
        <translation>%2und%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2</source>
        <comment>one minute and thirty seconds</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least %1</source>
        <comment>a hold: at least two minutes</comment>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>up to %1</source>
        <comment>a hold: up to two minutes</comment>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 minutes</source>
        <comment>%1 and %2 are numbers in words: one to two minutes</comment>
        <translation>%1 bis %2 Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2 seconds</source>
        <comment>%1 and %2 are numbers in words: four to five seconds</comment>
        <translation>%1 bis %2 Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <comment>two durations: thirty seconds to one minute</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This point needs a helper.</source>
        <translation>Dieser Punkt braucht eine Hilfsperson.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get ready.</source>
        <translation>Machen Sie sich bereit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold for %1.</source>
        <comment>%1 is a duration in words</comment>
        <translation>Halten Sie %1 lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest for %1.</source>
        <comment>%1 is a duration in words</comment>
        <translation>Ruhen Sie sich %1 lang aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The routine is finished.</source>
        <translation>Die Routine ist beendet.</translation>
    </message>
</context>
<context>
    <name>acu::AddToRoutineMenu</name>
    <message>
        <location filename="../src/ui/routine/AddToRoutineMenu.cpp" line="+9"/>
        <source>Add to &amp;Routine</source>
        <translation>Zu &amp;Routine hinzufügen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add %1 to:</source>
        <translation>%1 hinzufügen zu:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New Routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
</context>
<context>
    <name>acu::BodyMapPanel</name>
    <message>
        <location filename="../src/ui/map/BodyMapPanel.cpp" line="+25"/>
        <source>Body view</source>
        <translation>Körperansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map legend</source>
        <translation>Kartenlegende</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Channel &amp;lines</source>
        <translation>Meridian&amp;linien</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Channel lines</source>
        <translation>Meridianlinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which channels&apos; courses the map draws</source>
        <translation>Welche Meridianverläufe die Karte zeigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected point&apos;s channel</source>
        <translation>Meridian der Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Alle Meridiane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Channel Lines</source>
        <translation>Meridian&amp;linien</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>●&#xa0;none&#xa0;known   ■&#xa0;pregnancy:&#xa0;care   ◆&#xa0;avoid&#xa0;in&#xa0;pregnancy   ◎&#xa0;selected</source>
        <translation>●&#xa0;kein&#xa0;Hinweis   ■&#xa0;Schwangerschaft:&#xa0;Vorsicht   ◆&#xa0;in&#xa0;der&#xa0;Schwangerschaft&#xa0;meiden   ◎&#xa0;ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>●&#xa0;point   ◎&#xa0;selected</source>
        <translation>●&#xa0;Punkt   ◎&#xa0;ausgewählt</translation>
    </message>
</context>
<context>
    <name>acu::BodyMapView</name>
    <message>
        <location filename="../src/ui/map/BodyMapView.cpp" line="+40"/>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body drawing with point markers. Click a marker to select its point.</source>
        <translation>Körperzeichnung mit Punktmarkierungen. Klicken Sie auf eine Markierung, um ihren Punkt zu wählen.</translation>
    </message>
</context>
<context>
    <name>acu::BodyPicture</name>
    <message>
        <location filename="../src/ui/print/BodyPicture.cpp" line="+83"/>
        <source>: both sides</source>
        <translation>: beide Seiten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(drawing missing)</source>
        <translation>(Zeichnung fehlt)</translation>
    </message>
</context>
<context>
    <name>acu::CatalogueChoice</name>
    <message>
        <location filename="../src/models/CatalogueChoice.cpp" line="+30"/>
        <source>built-in catalogue</source>
        <translation>eingebauter Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in catalogue (%1 could not be loaded)</source>
        <translation>eingebauter Katalog (%1 konnte nicht geladen werden)</translation>
    </message>
</context>
<context>
    <name>acu::CatalogueErrorDialog</name>
    <message>
        <location filename="../src/ui/window/CatalogueErrorDialog.cpp" line="+33"/>
        <source>Catalogue not loaded</source>
        <translation>Katalog nicht geladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be loaded: %2 problems.</source>
        <translation>%1 konnte nicht geladen werden: %2 Probleme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acupoint Atlas shows its built-in catalogue instead. The details list where each problem is and what it is.</source>
        <translation>Acupoint Atlas zeigt stattdessen seinen eingebauten Katalog. Die Details nennen zu jedem Problem, wo es liegt und worin es besteht.</translation>
    </message>
</context>
<context>
    <name>acu::ChannelKey</name>
    <message>
        <location filename="../src/ui/map/ChannelKey.cpp" line="+24"/>
        <source>Channel key</source>
        <translation>Meridianlegende</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Channel lines drawn: %1</source>
        <translation>Gezeigte Meridianlinien: %1</translation>
    </message>
</context>
<context>
    <name>acu::ChannelListModel</name>
    <message>
        <location filename="../src/models/ChannelListModel.cpp" line="+24"/>
        <source>All channels</source>
        <translation>Alle Meridiane</translation>
    </message>
</context>
<context>
    <name>acu::ChannelNames</name>
    <message>
        <location filename="../src/models/ChannelNames.cpp" line="+13"/>
        <source>Lung</source>
        <translation>Lunge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large Intestine</source>
        <translation>Dickdarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stomach</source>
        <translation>Magen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spleen</source>
        <translation>Milz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small Intestine</source>
        <translation>Dünndarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bladder</source>
        <translation>Blase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kidney</source>
        <translation>Niere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pericardium</source>
        <translation>Perikard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triple Energizer</source>
        <translation>Dreifacher Erwärmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallbladder</source>
        <translation>Gallenblase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liver</source>
        <translation>Leber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governor Vessel</source>
        <translation>Lenkergefäß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conception Vessel</source>
        <translation>Konzeptionsgefäß</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <extracomment>A channel in a selector or the map&apos;s key: &quot;Bladder (BL)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>acu::CommandLine</name>
    <message>
        <location filename="../src/ui/window/CommandLine.cpp" line="+61"/>
        <source>Load the catalogue from FILE instead of the built-in one.</source>
        <translation>Den Katalog aus FILE statt des eingebauten laden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the catalogue FILE, print OK or its errors, and exit.</source>
        <translation>Die Katalogdatei FILE prüfen, OK oder ihre Fehler ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print every point QUERY can mean (code, label, name or range), best first, as CODE&lt;TAB&gt;NAME&lt;TAB&gt;REASON, and exit.</source>
        <translation>Jeden Punkt ausgeben, den QUERY meinen kann (Code, Bezeichnung, Name oder Bereich), den besten zuerst, als CODE&lt;TAB&gt;NAME&lt;TAB&gt;REASON, und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the built-in and your own routines as ID&lt;TAB&gt;TITLE&lt;TAB&gt;STEPS&lt;TAB&gt;MINUTES, and exit.</source>
        <translation>Die eingebauten und Ihre eigenen Routinen als ID&lt;TAB&gt;TITLE&lt;TAB&gt;STEPS&lt;TAB&gt;MINUTES auflisten und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --lookup or --routines: print a JSON array instead.</source>
        <translation>Mit --lookup oder --routines: stattdessen ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the point that best matches QUERY (a code, label or name) at start.</source>
        <translation>Beim Start den Punkt wählen, der am besten zu QUERY passt (Code, Bezeichnung oder Name).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with TEXT in the search field, filtering the list.</source>
        <translation>Mit TEXT im Suchfeld starten; die Liste wird danach gefiltert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn pregnancy mode on: mark the points to avoid in pregnancy.</source>
        <translation>Den Schwangerschaftsmodus einschalten: die in der Schwangerschaft zu meidenden Punkte markieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the points of region ID.</source>
        <translation>Nur die Punkte der Region ID zeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the points the sources use for complaint ID (sciatica, neck-pain, ...).</source>
        <translation>Nur die Punkte zeigen, die die Quellen bei Beschwerde ID verwenden (sciatica, neck-pain, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the points of channel PREFIX (LU, LI, ST, ... GV, CV) in its order and draw its line on the map.</source>
        <translation>Die Punkte des Meridians PREFIX (LU, LI, ST, ... GV, CV) in ihrer Reihenfolge auflisten und seine Linie auf der Karte zeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which channel lines the map draws, as its Channel lines selector: selected (the selected point&apos;s channel), all, none, or a channel PREFIX.</source>
        <translation>Welche Meridianlinien die Karte zeigt, wie ihre Auswahl „Meridianlinien“: selected (der Meridian des gewählten Punkts), all, none oder ein Meridian-PREFIX.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show body view ID (front, back, side, ...).</source>
        <translation>Körperansicht ID zeigen (front, back, side, ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom the body map by FACTOR, from 1 (the whole drawing) to 8, about the selected point or the middle.</source>
        <translation>Die Körperkarte um FACTOR vergrößern, von 1 (die ganze Zeichnung) bis 8, um den gewählten Punkt oder die Mitte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render the window once it has painted, write it to FILE in the image format its suffix names (.png, .jpg, .bmp, ...), and exit. FILE is a new file in an existing folder, or a regular file to replace.</source>
        <translation>Das Fenster rendern, sobald es gezeichnet ist, in FILE im Bildformat schreiben, das die Endung nennt (.png, .jpg, .bmp, ...), und beenden. FILE ist eine neue Datei in einem vorhandenen Ordner oder eine reguläre Datei, die ersetzt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window size, such as 1280x800: from %1 to %2.</source>
        <translation>Fenstergröße, etwa 1280x800: von %1 bis %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a PDF to FILE.pdf and exit: the point card of --select, or the sheet of the points that --search and --region list.</source>
        <translation>Eine PDF-Datei nach FILE.pdf schreiben und beenden: die Punktkarte von --select oder die Liste der Punkte, die --search und --region anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the window with routine ID (see --routines) ready to start in the runner; with --export-pdf, write its sheet instead.</source>
        <translation>Das Fenster mit der Routine ID (siehe --routines) startbereit öffnen; mit --export-pdf stattdessen ihr Blatt schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --routine: start the run at once, at its first step (with --screenshot, the runner is rendered there).</source>
        <translation>Mit --routine: den Durchgang sofort mit dem ersten Schritt beginnen (mit --screenshot wird dieser Schritt gerendert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the window NAME beside the main window at start: history (the run history). With --screenshot, that window is captured, at --size if given.</source>
        <translation>Beim Start das Fenster NAME neben dem Hauptfenster öffnen: history (der Verlauf der Durchgänge). Mit --screenshot wird dieses Fenster aufgenommen, in der Größe --size, falls angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colours, as View &gt; Appearance: system (the desktop&apos;s), light or dark.</source>
        <translation>Farben wie unter Ansicht &gt; Darstellung: system (die der Arbeitsumgebung), light oder dark.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the window in language CODE: en, de or zh_CN (instead of View &gt; Language&apos;s choice or the system&apos;s language).</source>
        <translation>Das Fenster in der Sprache CODE zeigen: en, de oder zh_CN (statt der Wahl unter Ansicht &gt; Sprache oder der Systemsprache).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected argument &quot;%1&quot;: every option starts with --, and a value follows its option (see --help)</source>
        <translation>unerwartetes Argument „%1“: Jede Option beginnt mit --, und ein Wert folgt seiner Option (siehe --help)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is given %2 times: give it once</source>
        <translation>%1 wurde %2-mal angegeben: Geben Sie die Option nur einmal an</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be used with --validate, which checks its FILE and exits</source>
        <translation>%1 kann nicht mit --validate verwendet werden, das nur FILE prüft und sich dann beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be used with --routines, which lists the routines and exits</source>
        <translation>%1 kann nicht mit --routines verwendet werden, das nur die Routinen auflistet und sich dann beendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be used with --lookup, which prints and exits without a window</source>
        <translation>%1 kann nicht mit --lookup verwendet werden, das ohne Fenster ausgibt und sich dann beendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--json works only with --lookup or --routines</source>
        <translation>--json funktioniert nur mit --lookup oder --routines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--show: expected %1, found &quot;%2&quot;</source>
        <translation>--show: %1 erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--show cannot be used with --export-pdf, which writes a PDF without a window</source>
        <translation>--show kann nicht mit --export-pdf verwendet werden, das ohne Fenster eine PDF-Datei schreibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--start-routine works only with --routine ID: it starts that routine</source>
        <translation>--start-routine funktioniert nur mit --routine ID: Es startet diese Routine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--start-routine cannot be used with --export-pdf, which writes the routine&apos;s sheet and exits</source>
        <translation>--start-routine kann nicht mit --export-pdf verwendet werden, das das Blatt der Routine schreibt und sich beendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--routine cannot be used with --select with --export-pdf: the PDF is either a routine sheet or a point card</source>
        <translation>--routine kann zusammen mit --export-pdf nicht mit --select verwendet werden: Die PDF-Datei ist entweder ein Routinenblatt oder eine Punktkarte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export-pdf: the file name must end in .pdf, found &quot;%1&quot;</source>
        <translation>--export-pdf: Der Dateiname muss auf .pdf enden, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--export-pdf cannot be used with --screenshot: each writes a file and exits</source>
        <translation>--export-pdf kann nicht mit --screenshot verwendet werden: Beide schreiben eine Datei und beenden sich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--export-pdf: say what to export: --select QUERY for a point card, --routine ID for a routine sheet, or --search TEXT, --region ID, --complaint ID or --channel PREFIX for a sheet of points</source>
        <translation>--export-pdf: Geben Sie an, was exportiert werden soll: --select QUERY für eine Punktkarte, --routine ID für ein Routinenblatt oder --search TEXT, --region ID, --complaint ID oder --channel PREFIX für eine Punkteliste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--channel-lines: expected selected, all, none or a channel prefix (LU ... CV), found &quot;%1&quot;</source>
        <translation>--channel-lines: selected, all, none oder ein Meridianpräfix (LU ... CV) erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--appearance: expected system, light or dark, found &quot;%1&quot;</source>
        <translation>--appearance: system, light oder dark erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--language: expected en, de or zh_CN, found &quot;%1&quot;</source>
        <translation>--language: en, de oder zh_CN erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--zoom: expected a factor from 1 to 8 such as 2.5, found &quot;%1&quot;</source>
        <translation>--zoom: ein Faktor von 1 bis 8 wie 2.5 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--size: expected WIDTHxHEIGHT such as 1280x800, found &quot;%1&quot;</source>
        <translation>--size: BREITExHÖHE wie 1280x800 erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--size: %1 is outside the sizes the window can take: width %2 to %3, height %4 to %5</source>
        <translation>--size: %1 liegt außerhalb der möglichen Fenstergrößen: Breite %2 bis %3, Höhe %4 bis %5</translation>
    </message>
</context>
<context>
    <name>acu::ComplaintListModel</name>
    <message>
        <location filename="../src/models/ComplaintListModel.cpp" line="+16"/>
        <source>Any complaint</source>
        <translation>Alle Beschwerden</translation>
    </message>
</context>
<context>
    <name>acu::DataFile</name>
    <message>
        <location filename="../src/models/storage/DataFile.cpp" line="+28"/>
        <location line="+9"/>
        <source>could not be written: %1</source>
        <translation>konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation>nur %1 von %2 Byte erreichten den Datenträger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be saved: %1</source>
        <translation>konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>is larger than %1 may be and could not be moved aside; it is kept as it is and not overwritten</source>
        <translation>ist größer, als %1 sein darf, und konnte nicht beiseitegelegt werden; die Datei bleibt, wie sie ist, und wird nicht überschrieben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is not a file; %1 cannot be read</source>
        <translation>ist keine Datei; %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is %1 bytes, more than %2 may be</source>
        <translation>ist %1 Byte groß, mehr, als %2 sein darf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the folder for %1 could not be created</source>
        <translation>der Ordner für %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a file, so %1 cannot be saved there</source>
        <translation>ist keine Datei, daher können %1 dort nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not be read before it is replaced: %1</source>
        <translation>konnte vor dem Ersetzen nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>acu::DetailView</name>
    <message>
        <location filename="../src/ui/details/DetailView.cpp" line="+41"/>
        <source>Point details</source>
        <translation>Punktdetails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a point in the list or on the body map to read where it is, how to press it, its cautions and its sources.</source>
        <translation>Wählen Sie einen Punkt in der Liste oder auf der Körperkarte, um zu lesen, wo er liegt, wie man ihn drückt, welche Vorsichtshinweise gelten und woher die Angaben stammen.</translation>
    </message>
</context>
<context>
    <name>acu::FilterChoiceModel</name>
    <message>
        <location filename="../src/models/FilterChoiceModel.cpp" line="+45"/>
        <source>%1, %2 points</source>
        <translation>%1, %2 Punkte</translation>
    </message>
</context>
<context>
    <name>acu::FirstStartNotice</name>
    <message>
        <location filename="../src/ui/window/FirstStartNotice.cpp" line="+22"/>
        <source>Welcome to Acupoint Atlas</source>
        <translation>Willkommen bei Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Acupoint Atlas is a reference, not medical advice.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;See a doctor instead of pressing points when back pain is severe, lasts or gets worse, follows an injury or a fall, or comes with numbness, weakness, fever, or loss of bladder or bowel control.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Acupoint Atlas ist ein Nachschlagewerk, keine medizinische Beratung.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gehen Sie zum Arzt, statt Punkte zu drücken, wenn Rückenschmerzen stark sind, anhalten oder schlimmer werden, nach einer Verletzung oder einem Sturz auftreten oder mit Taubheit, Schwäche, Fieber oder dem Verlust der Blasen- oder Darmkontrolle einhergehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;Are you pregnant, or pressing points for someone who is?&lt;/b&gt; Traditional teaching forbids some points in pregnancy. Pregnancy mode marks them in the list and on the body map, and lets you hide them. You can change this at any time in the View menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sind Sie schwanger, oder drücken Sie Punkte für eine Schwangere?&lt;/b&gt; Die traditionelle Lehre verbietet einige Punkte in der Schwangerschaft. Der Schwangerschaftsmodus markiert sie in der Liste und auf der Körperkarte und lässt Sie sie ausblenden. Sie können das jederzeit im Menü „Ansicht“ ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn On Pregnancy Mode</source>
        <translation>Schwangerschaftsmodus einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>acu::HistoryActions</name>
    <message>
        <location filename="../src/ui/history/HistoryActions.cpp" line="+16"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the routines you have run and your pain ratings over time</source>
        <translation>Die durchgeführten Routinen und Ihre Schmerzbewertungen im zeitlichen Verlauf zeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your run history could not be read cleanly:</source>
        <translation>Ihr Verlauf konnte nicht fehlerfrei gelesen werden:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The run of “%1” was not added to your history: %2</source>
        <translation>Der Durchgang von „%1“ wurde nicht in Ihren Verlauf aufgenommen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run of “%1” could not be saved in your history (%2). It is kept until the app closes and saved with the next run.</source>
        <translation>Der Durchgang von „%1“ konnte nicht in Ihrem Verlauf gespeichert werden (%2). Er bleibt erhalten, bis die App geschlossen wird, und wird mit dem nächsten Durchgang gespeichert.</translation>
    </message>
</context>
<context>
    <name>acu::HistoryWindow</name>
    <message>
        <location filename="../src/ui/history/HistoryWindow.cpp" line="+27"/>
        <source>Your run history could not be saved (%1). The change is kept until the app closes.</source>
        <translation>Ihr Verlauf konnte nicht gespeichert werden (%1). Die Änderung bleibt erhalten, bis die App geschlossen wird.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete Run…</source>
        <translation>Durchgang &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear History…</source>
        <translation>Verlauf l&amp;eeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run History – Acupoint Atlas</source>
        <translation>Verlauf – Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runs, newest first</source>
        <translation>Durchgänge, neueste zuerst</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Delete the run of “%1” on %2 from your history?</source>
        <translation>Den Durchgang von „%1“ am %2 aus Ihrem Verlauf löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Run</source>
        <translation>Durchgang löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the one run in your history? This cannot be undone.</source>
        <translation>Den einzigen Durchgang in Ihrem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all %1 runs in your history? This cannot be undone.</source>
        <translation>Alle %1 Durchgänge in Ihrem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
</context>
<context>
    <name>acu::InfoDialogs</name>
    <message>
        <location filename="../src/ui/window/InfoDialogs.cpp" line="+22"/>
        <source>&lt;h2&gt;Acupoint Atlas %1&lt;/h2&gt;&lt;p&gt;A desktop reference for acupressure points.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Acupoint Atlas %1&lt;/h2&gt;&lt;p&gt;Ein Desktop-Nachschlagewerk für Akupressurpunkte.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;The catalogue holds %1 points from these sources:&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;p&gt;Der Katalog enthält %1 Punkte aus diesen Quellen:&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;p&gt;This app is a reference, not medical advice. See a doctor for severe, lasting or injury-related pain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese App ist ein Nachschlagewerk, keine medizinische Beratung. Gehen Sie bei starken, anhaltenden oder verletzungsbedingten Schmerzen zum Arzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Acupoint Atlas</source>
        <translation>Über Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medical disclaimer</source>
        <translation>Medizinischer Haftungsausschluss</translation>
    </message>
</context>
<context>
    <name>acu::LanguageMenu</name>
    <message>
        <location filename="../src/ui/language/LanguageMenu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
</context>
<context>
    <name>acu::MainWindow</name>
    <message>
        <location filename="../src/ui/window/MainWindow.cpp" line="+72"/>
        <source>Acupoint Atlas</source>
        <translation>Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Add to Routine</source>
        <translation>Zu Routine hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this point to one of your routines, or to a new one</source>
        <translation>Diesen Punkt zu einer Ihrer Routinen oder zu einer neuen hinzufügen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: 1 point</source>
        <translation>%1: 1 Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 points</source>
        <translation>%1: %2 Punkte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>◆ Pregnancy mode</source>
        <translation>◆ Schwangerschaftsmodus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The language changes when Acupoint Atlas starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Acupoint Atlas.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Your routines could not be saved; your changes are kept while the window is open and saved with the next change that can be: %1</source>
        <translation>Ihre Routinen konnten nicht gespeichert werden; Ihre Änderungen bleiben erhalten, solange das Fenster offen ist, und werden mit der nächsten Änderung gespeichert, bei der das möglich ist: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your routines are saved again.</source>
        <translation>Ihre Routinen sind wieder gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your routines could not all be read:
%1</source>
        <translation>Nicht alle Ihre Routinen konnten gelesen werden:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your routines file is damaged; the routines that could be read are kept, and a copy of the file is kept at %1:
%2</source>
        <translation>Ihre Routinendatei ist beschädigt; die Routinen, die gelesen werden konnten, bleiben erhalten, und eine Kopie der Datei liegt unter %1:
%2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel: %1</source>
        <translation>Meridian: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without the points to avoid in pregnancy</source>
        <translation>Ohne die in der Schwangerschaft zu meidenden Punkte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <comment>the filters of a printed list, one after another, as in Region: Lower back, Channel: Bladder</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Complaint: %1</source>
        <translation>Beschwerde: %1</translation>
    </message>
</context>
<context>
    <name>acu::MarkerChooser</name>
    <message>
        <location filename="../src/ui/map/MarkerChooser.cpp" line="+10"/>
        <source>Points here</source>
        <translation>Punkte hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points under the click</source>
        <translation>Punkte unter dem Klick</translation>
    </message>
</context>
<context>
    <name>acu::MedicalNotice</name>
    <message>
        <location filename="../src/ui/details/MedicalNotice.cpp" line="+27"/>
        <source>Medical notice</source>
        <translation>Medizinischer Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reference, not medical advice.</source>
        <translation>Ein Nachschlagewerk, keine medizinische Beratung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See a doctor for back pain that is severe, lasting or follows an injury.</source>
        <translation>Gehen Sie bei starken, anhaltenden oder verletzungsbedingten Rückenschmerzen zum Arzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disclaimer…</source>
        <translation>Mehr lesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the medical disclaimer</source>
        <translation>Den medizinischen Haftungsausschluss lesen</translation>
    </message>
</context>
<context>
    <name>acu::MessageBar</name>
    <message>
        <location filename="../src/ui/window/MessageBar.cpp" line="+16"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Die Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>acu::PageComposer</name>
    <message>
        <location filename="../src/ui/print/PageComposer.cpp" line="+90"/>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>acu::PainChart</name>
    <message>
        <location filename="../src/ui/history/PainChart.cpp" line="+52"/>
        <source>Pain ratings over time</source>
        <translation>Schmerzbewertungen im zeitlichen Verlauf</translation>
    </message>
    <message>
        <location line="+116"/>
        <location filename="../src/ui/history/PainSeries.cpp" line="+90"/>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/ui/history/PainSeries.cpp" line="-3"/>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>0 = no pain, 10 = worst</source>
        <translation>0 = kein Schmerz, 10 = am schlimmsten</translation>
    </message>
    <message>
        <location filename="../src/ui/history/PainSeries.cpp" line="-59"/>
        <source>%1 was %2 in one run</source>
        <translation>%1 lag in einem Durchgang bei %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>over %n runs</source>
        <translation>
            <numerusform>in %n Durchgang</numerusform>
            <numerusform>in %n Durchgängen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 fell from %2 to %3 %4</source>
        <translation>%1 sank von %2 auf %3 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rose from %2 to %3 %4</source>
        <translation>%1 stieg von %2 auf %3 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was %2 at the first and the last of %3</source>
        <translation>%1 lag beim ersten und beim letzten von %3 bei %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n runs</source>
        <translation>
            <numerusform>%n Durchgang</numerusform>
            <numerusform>%n Durchgängen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ratings yet. Run a routine and rate your pain before and after: the ratings are drawn here over time.</source>
        <translation>Noch keine Bewertungen. Führen Sie eine Routine durch und bewerten Sie Ihren Schmerz vorher und nachher: Die Bewertungen werden hier im zeitlichen Verlauf gezeichnet.</translation>
    </message>
</context>
<context>
    <name>acu::PainRatingBox</name>
    <message>
        <location filename="../src/ui/routine/PainRatingBox.cpp" line="+14"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: no pain</source>
        <translation>0: kein Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10: the worst imaginable</source>
        <translation>10: schlimmster vorstellbarer Schmerz</translation>
    </message>
</context>
<context>
    <name>acu::PdfExport</name>
    <message>
        <location filename="../src/ui/print/PdfExport.cpp" line="+49"/>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Acupoint Atlas</source>
        <translation>Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be drawn</source>
        <translation>%1 konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>acu::PointDetails</name>
    <message>
        <location filename="../src/ui/details/DetailsWriter.cpp" line="+122"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../src/ui/details/PointDetailsHtml.cpp" line="+30"/>
        <source>WHO code, written differently</source>
        <translation>WHO-Code, anders geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other channel prefix</source>
        <translation>anderes Meridian-Kürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older bladder numbering</source>
        <translation>ältere Blasen-Nummerierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French notation</source>
        <translation>französische Schreibweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older extra-point numbering</source>
        <translation>ältere Nummerierung der Extrapunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong code printed by an article</source>
        <translation>falscher Code in einem Artikel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where it is</source>
        <translation>Wo er liegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+209"/>
        <source>How to find it</source>
        <translation>So finden Sie ihn</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>How to press it</source>
        <translation>So drücken Sie ihn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who presses it</source>
        <translation>Wer ihn drückt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>Bezeichnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Acupressure name:</source>
        <translation>Akupressur-Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acupressure names:</source>
        <translation>Akupressur-Namen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Pregnancy: no caution known.&lt;/b&gt; No source in this catalogue warns against this point in pregnancy; that is not proof that it is safe.</source>
        <translation>&lt;b&gt;Schwangerschaft: kein Vorsichtshinweis bekannt.&lt;/b&gt; Keine Quelle in diesem Katalog warnt in der Schwangerschaft vor diesem Punkt; das ist kein Beweis, dass er unbedenklich ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;⚠ Pregnancy: traditionally forbidden.&lt;/b&gt; Do not press it if you are pregnant.</source>
        <translation>&lt;b&gt;⚠ Schwangerschaft: traditionell verboten.&lt;/b&gt; Drücken Sie ihn nicht, wenn Sie schwanger sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;⚠ Pregnancy: take care.&lt;/b&gt; Ask a midwife or doctor first.</source>
        <translation>&lt;b&gt;⚠ Schwangerschaft: Vorsicht.&lt;/b&gt; Fragen Sie zuerst Ihre Hebamme oder Ihren Arzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide&amp;nbsp;why</source>
        <translation>Warum&amp;nbsp;ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Channel:&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Meridian:&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Region:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Region:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;On the midline:&lt;/b&gt; one point</source>
        <translation>&lt;b&gt;Auf der Mittellinie:&lt;/b&gt; ein Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Bilateral:&lt;/b&gt; one point on each side of the body</source>
        <translation>&lt;b&gt;Beidseitig:&lt;/b&gt; je ein Punkt auf jeder Körperseite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also labelled</source>
        <translation>Auch bezeichnet als</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> &lt;i&gt;(also names another point)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(bezeichnet auch einen anderen Punkt)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and %1 more. %2</source>
        <translation>und %1 weitere. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all %1 labels</source>
        <translation>Alle %1 Bezeichnungen zeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Both sides:&lt;/b&gt; no source says whether to press them together or one after the other.</source>
        <translation>&lt;b&gt;Beide Seiten:&lt;/b&gt; Keine Quelle sagt, ob sie gleichzeitig oder nacheinander gedrückt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>both at once</source>
        <translation>beide gleichzeitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one side, then the other</source>
        <translation>erst die eine Seite, dann die andere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Both sides:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Beide Seiten:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Both sources: hold %1.</source>
        <translation>Beide Quellen: %1 halten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 sources: hold %2.</source>
        <translation>Alle %1 Quellen: %2 halten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most sources (%1 of %2): hold %3.</source>
        <translation>Die meisten Quellen (%1 von %2): %3 halten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sources differ: from %1.</source>
        <translation>Die Quellen weichen ab: von %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold %1%2</source>
        <translation>%1 halten%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat %1 times</source>
        <translation>%1-mal wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can press it yourself</source>
        <translation>Sie können ihn selbst drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a helper or therapist</source>
        <translation>Braucht eine Hilfsperson oder Fachkraft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Location</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to press</source>
        <translation>So drücken Sie ihn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources here give no pressing instructions for this point: no technique, no duration and no number of repetitions.</source>
        <translation>Die hier genutzten Quellen geben für diesen Punkt keine Druckanleitung: keine Technik, keine Dauer und keine Zahl der Wiederholungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long, how often, by whom</source>
        <translation>Wie lange, wie oft, von wem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used for</source>
        <translation>Angewendet bei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where sources disagree</source>
        <translation>Wo die Quellen voneinander abweichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes and corrections</source>
        <translation>Anmerkungen und Korrekturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Correction:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Korrektur:&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>acu::PointItemDelegate</name>
    <message>
        <location filename="../src/ui/list/PointItemDelegate.cpp" line="+84"/>
        <source>◆ avoid</source>
        <translation>◆ meiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>■ care</source>
        <translation>■ Vorsicht</translation>
    </message>
</context>
<context>
    <name>acu::PointListModel</name>
    <message>
        <location filename="../src/models/PointListModel.cpp" line="+82"/>
        <source> – traditionally forbidden in pregnancy</source>
        <translation> – in der Schwangerschaft traditionell verboten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> – take care in pregnancy</source>
        <translation> – Vorsicht in der Schwangerschaft</translation>
    </message>
</context>
<context>
    <name>acu::PointListPanel</name>
    <message>
        <location filename="../src/ui/list/PointListPanel.cpp" line="+65"/>
        <source>Body region</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search points</source>
        <translation>Punkte suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code or name: BL52, B47, Zhishi…</source>
        <translation>Code oder Name: BL52, B47, Zhishi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search all regions</source>
        <translation>In allen Regionen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show hidden points</source>
        <translation>Ausgeblendete Punkte zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop hiding the points to avoid in pregnancy</source>
        <translation>Die in der Schwangerschaft zu meidenden Punkte wieder zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In pregnancy: ◆ avoid · ■ take care</source>
        <translation>Schwangerschaft: ◆ meiden · ■ Vorsicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only points with &amp;pressing instructions</source>
        <translation>&amp;Nur Punkte mit Druckanleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the points for which the sources here give no technique, duration or repetitions</source>
        <translation>Die Punkte ausblenden, für die die hier genutzten Quellen keine Technik, Dauer oder Wiederholungen angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Region</source>
        <translation>Regi&amp;on</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>What hurts</source>
        <translation>Was schmerzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Complaint</source>
        <translation>Besch&amp;werde</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Channel</source>
        <translation>Meridian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Meridian</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no catalogue is loaded</source>
        <translation>es ist kein Katalog geladen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No match: %1.</source>
        <translation>Kein Treffer: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearest: %1</source>
        <translation>Am nächsten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for “%1”</source>
        <translation>Nach „%1“ suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 point matches</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 points match</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, none shown</source>
        <translation>, keiner angezeigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, %1 shown</source>
        <translation>, %1 angezeigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 outside this region</source>
        <translation>%1 außerhalb dieser Region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 point to avoid in pregnancy (Hide points is on)</source>
        <translation>1 in der Schwangerschaft zu meidender Punkt (Ausblenden ist an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points to avoid in pregnancy (Hide points is on)</source>
        <translation>%1 in der Schwangerschaft zu meidende Punkte (Ausblenden ist an)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 point without pressing instructions</source>
        <translation>1 Punkt ohne Druckanleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points without pressing instructions</source>
        <translation>%1 Punkte ohne Druckanleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden: %1.</source>
        <translation>Ausgeblendet: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
</context>
<context>
    <name>acu::PointSummary</name>
    <message>
        <location filename="../src/ui/print/PointSummary.cpp" line="+51"/>
        <source>Hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat %1 times</source>
        <translation>%1-mal wiederholen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Acupressure name: %1</source>
        <translation>Akupressur-Name: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acupressure names: %1</source>
        <translation>Akupressur-Namen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pregnancy: traditionally forbidden; do not press this point if you are pregnant</source>
        <translation>Schwangerschaft: traditionell verboten; drücken Sie diesen Punkt nicht, wenn Sie schwanger sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pregnancy: take care; ask a midwife or doctor first</source>
        <translation>Schwangerschaft: Vorsicht; fragen Sie zuerst Ihre Hebamme oder Ihren Arzt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where it is</source>
        <translation>Wo er liegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the midline: one point.</source>
        <translation>Auf der Mittellinie: ein Punkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point on each side of the body.</source>
        <translation>Je ein Punkt auf jeder Körperseite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to find it</source>
        <translation>So finden Sie ihn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to press it</source>
        <translation>So drücken Sie ihn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can press it yourself</source>
        <translation>Sie können ihn selbst drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a helper or therapist</source>
        <translation>Braucht eine Hilfsperson oder Fachkraft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sources here give no pressing instructions for this point.</source>
        <translation>Die hier genutzten Quellen geben für diesen Punkt keine Druckanleitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+10"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>acu::PracticeText</name>
    <message>
        <location filename="../src/ui/details/PracticeText.cpp" line="+19"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 min</source>
        <translation>%1 bis %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 s</source>
        <translation>%1 bis %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>acu::PrintDialogs</name>
    <message>
        <location filename="../src/ui/print/PrintDialogs.cpp" line="+29"/>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be used.</source>
        <translation>Der Drucker konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF was not written: %1.</source>
        <translation>Die PDF-Datei wurde nicht geschrieben: %1.</translation>
    </message>
</context>
<context>
    <name>acu::Printout</name>
    <message>
        <location filename="../src/ui/print/Printout.cpp" line="+43"/>
        <source>◆ Forbidden in pregnancy</source>
        <translation>◆ In der Schwangerschaft verboten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◇ Take care in pregnancy</source>
        <translation>◇ Vorsicht in der Schwangerschaft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: routine sheet, Acupoint Atlas</source>
        <translation>%1: Routinenblatt, Acupoint Atlas</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n step(s), from</source>
        <translation>
            <numerusform>%n Schritt, nach</numerusform>
            <numerusform>%n Schritte, nach</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pregnancy: read before you start</source>
        <translation>Schwangerschaft: vor dem Start lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step %1, %2: %3</source>
        <translation>Schritt %1, %2: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needs a helper: someone else presses this point.</source>
        <translation>Braucht eine Hilfsperson: Jemand anderes drückt diesen Punkt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: point card, Acupoint Atlas</source>
        <translation>%1: Punktkarte, Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Points: %1, Acupoint Atlas</source>
        <translation>Punkte: %1, Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acupoint Atlas</source>
        <translation>Acupoint Atlas</translation>
    </message>
</context>
<context>
    <name>acu::RegionListModel</name>
    <message>
        <location filename="../src/models/RegionListModel.cpp" line="+16"/>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
</context>
<context>
    <name>acu::RoutineActions</name>
    <message>
        <location filename="../src/ui/routine/RoutineActions.cpp" line="+37"/>
        <source>&amp;New Routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a routine of your own</source>
        <translation>Eine eigene Routine anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Routines…</source>
        <translation>Routinen &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the routine editor: your routines and the built-in ones</source>
        <translation>Den Routinen-Editor öffnen: Ihre Routinen und die eingebauten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Routine…</source>
        <translation>Routine &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the routines of a routine file to yours</source>
        <translation>Die Routinen einer Routinendatei zu Ihren hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Routine…</source>
        <translation>Routine e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a routine as a file</source>
        <translation>Eine Routine als Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 added to “%2”</source>
        <translation>%1 zu „%2“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New Routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the new routine:</source>
        <translation>Titel der neuen Routine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the new routine, starting with %1:</source>
        <translation>Titel der neuen Routine, beginnend mit %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+59"/>
        <source>Routine files (*.json)</source>
        <translation>Routinendateien (*.json)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>1 routine imported from %1</source>
        <translation>1 Routine aus %1 importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 routines imported from %2</source>
        <translation>%1 Routinen aus %2 importiert</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>Export Routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Routine to export:</source>
        <translation>Zu exportierende Routine:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1” exported to %2</source>
        <translation>„%1“ nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>acu::RoutineEditor</name>
    <message>
        <location filename="../src/ui/routine/RoutineEditor.cpp" line="+57"/>
        <source>Routines – Acupoint Atlas</source>
        <translation>Routinen – Acupoint Atlas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+219"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A built-in routine follows its article and cannot be changed. “Duplicate to Edit” makes a copy of your own.</source>
        <translation>Eine eingebaute Routine folgt ihrem Artikel und kann nicht geändert werden. „Zum Bearbeiten duplizieren“ legt eine eigene Kopie an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;ide:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold:</source>
        <translation>&amp;Haltedauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repetitions:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move D&amp;own</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve Step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a step, or press Ctrl+Up or Ctrl+Down, to change the order; add points with “Add to Routine” in the list, on the map or in the details.</source>
        <translation>Ziehen Sie einen Schritt oder drücken Sie Strg+Hoch oder Strg+Runter, um die Reihenfolge zu ändern; fügen Sie Punkte mit „Zu Routine hinzufügen“ in der Liste, auf der Karte oder in den Details hinzu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move Step Up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Step Down</source>
        <translation>Schritt nach unten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the step up (Ctrl+Up)</source>
        <translation>Den Schritt nach oben verschieben (Strg+Hoch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the step down (Ctrl+Down)</source>
        <translation>Den Schritt nach unten verschieben (Strg+Runter)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>D&amp;uplicate to Edit</source>
        <translation>Zum Bearbeiten &amp;duplizieren</translation>
    </message>
</context>
<context>
    <name>acu::RoutineEdits</name>
    <message>
        <location filename="../src/ui/routine/RoutineEdits.cpp" line="+113"/>
        <source>New Routine “%1”</source>
        <translation>Neue Routine „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New Routine with %1</source>
        <translation>Neue Routine mit %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rename Routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate Routine</source>
        <translation>Routine duplizieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete Routine “%1”</source>
        <translation>Routine „%1“ löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove Step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move Step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change Side</source>
        <translation>Seite ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change Hold</source>
        <translation>Haltedauer ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change Repetitions</source>
        <translation>Wiederholungen ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Import Routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Import Routines</source>
        <translation>Routinen importieren</translation>
    </message>
</context>
<context>
    <name>acu::RoutineFileDialogs</name>
    <message>
        <location filename="../src/ui/routine/RoutineFileDialogs.cpp" line="+25"/>
        <source>Routine not imported</source>
        <translation>Routine nicht importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be imported: %2 problems.</source>
        <translation>%1 konnte nicht importiert werden: %2 Probleme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported from it. The details list where each problem is and what it is.</source>
        <translation>Daraus wurde nichts importiert. Die Details nennen zu jedem Problem, wo es liegt und worin es besteht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Routine not exported</source>
        <translation>Routine nicht exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The routine could not be exported: %1</source>
        <translation>Die Routine konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>acu::RoutineMenu</name>
    <message>
        <location filename="../src/ui/routine/RoutineMenu.cpp" line="+14"/>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your routines</source>
        <translation>Ihre Routinen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of your own yet</source>
        <translation>Noch keine eigenen</translation>
    </message>
</context>
<context>
    <name>acu::RoutinePanel</name>
    <message>
        <location filename="../src/ui/routine/RoutinePanel.cpp" line="+202"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>acu::RoutineRunner</name>
    <message>
        <location filename="../src/models/routine/RoutineRunner.cpp" line="+50"/>
        <source>This routine has no steps.</source>
        <translation>Diese Routine hat keine Schritte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step of this routine is on a point to avoid in pregnancy; nothing to run.</source>
        <translation>Jeder Schritt dieser Routine liegt auf einem in der Schwangerschaft zu meidenden Punkt; es gibt nichts auszuführen.</translation>
    </message>
</context>
<context>
    <name>acu::RoutineStepsModel</name>
    <message>
        <location filename="../src/models/routine/RoutineStepsModel.cpp" line="+36"/>
        <source>at least %1 s</source>
        <translation>mindestens %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 times</source>
        <translation>mindestens %1-mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2 times</source>
        <translation>%1- bis %2-mal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not in this catalogue)</source>
        <translation>%1 (nicht in diesem Katalog)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>acu::RoutineStore</name>
    <message>
        <location filename="../src/models/routine/RoutineStore.cpp" line="+20"/>
        <source>your routines</source>
        <translation>Ihre Routinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a routine file</source>
        <translation>eine Routinendatei</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a copy of the damaged file is kept here</source>
        <translation>eine Kopie der beschädigten Datei liegt hier</translation>
    </message>
</context>
<context>
    <name>acu::RunHistory</name>
    <message>
        <location filename="../src/models/history/RunHistory.cpp" line="+21"/>
        <source>your run history</source>
        <translation>Ihre Verlaufsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a run history file</source>
        <translation>eine Verlaufsdatei</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>a copy of the damaged file is kept here</source>
        <translation>eine Kopie der beschädigten Datei liegt hier</translation>
    </message>
</context>
<context>
    <name>acu::RunHistoryModel</name>
    <message>
        <location filename="../src/models/history/RunHistoryModel.cpp" line="+11"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>acu::RunnerActions</name>
    <message>
        <location filename="../src/ui/routine/RunnerActions.cpp" line="+36"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume the run</source>
        <translation>Durchgang anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On to the next step</source>
        <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run</source>
        <translation>Durchgang abbrechen</translation>
    </message>
</context>
<context>
    <name>acu::RunnerEndPage</name>
    <message>
        <location filename="../src/ui/routine/RunnerEndPage.cpp" line="+31"/>
        <source>&amp;Pain now (0–10), if you like:</source>
        <translation>&amp;Schmerz jetzt (0–10), falls gewünscht:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the point details</source>
        <translation>Zurück zu den Punktdetails</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done: %1 of 1 step</source>
        <translation>Erledigt: %1 von 1 Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 of %2 steps</source>
        <translation>Erledigt: %1 von %2 Schritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: finished.</source>
        <translation>%1: abgeschlossen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: stopped.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>acu::RunnerRunPage</name>
    <message>
        <location filename="../src/ui/routine/RunnerRunPage.cpp" line="+68"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the midline</source>
        <translation>Auf der Mittellinie</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spoken prompts and no beeps</source>
        <translation>Keine gesprochenen Ansagen und keine Signaltöne</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1. %2, %3, %4</source>
        <translation>%1. %2, %3, %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (needs a helper)</source>
        <translation> (braucht eine Hilfsperson)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
◆ Skipped: a point to avoid in pregnancy</source>
        <translation>
◆ Übersprungen: ein in der Schwangerschaft zu meidender Punkt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to find it: %1</source>
        <translation>So finden Sie ihn: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to press: %1</source>
        <translation>So drücken Sie ihn: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step needs a helper: someone else presses the point.</source>
        <translation>Dieser Schritt braucht eine Hilfsperson: Jemand anderes drückt den Punkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now the %1 side</source>
        <translation>Jetzt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 first</source>
        <translation>%1 zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: repetition %1 of %2</source>
        <translation>Als Nächstes: Wiederholung %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Whole routine: %1 left</source>
        <translation>Ganze Routine: noch %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>acu::RunnerSounds</name>
    <message>
        <location filename="../src/ui/routine/RunnerSounds.cpp" line="+34"/>
        <source>Prompts are shown only: this system has no voice to speak them.</source>
        <translation>Ansagen werden nur angezeigt: Dieses System hat keine Stimme, um sie zu sprechen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muted: prompts are shown only.</source>
        <translation>Stumm: Ansagen werden nur angezeigt.</translation>
    </message>
</context>
<context>
    <name>acu::RunnerStartPage</name>
    <message>
        <location filename="../src/ui/routine/RunnerStartPage.cpp" line="+46"/>
        <source>Step %1, %2: %3</source>
        <translation>Schritt %1, %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pregnancy: read before you start</source>
        <translation>Schwangerschaft: vor dem Start lesen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run them too</source>
        <translation>Diese auch ausführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pain now (0–10), if you like:</source>
        <translation>&amp;Schmerz jetzt (0–10), falls gewünscht:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, about %2 min with the pauses to get ready.</source>
        <translation>%1, etwa %2 min einschließlich der Pausen zum Vorbereiten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>◆ Step %1, %2</source>
        <translation>◆ Schritt %1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pregnancy mode: these steps are on points to avoid in pregnancy and are skipped.</source>
        <translation>Schwangerschaftsmodus: Diese Schritte liegen auf in der Schwangerschaft zu meidenden Punkten und werden übersprungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step %1, %2</source>
        <translation>Schritt %1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These steps need a helper: someone else presses the point.</source>
        <translation>Diese Schritte brauchen eine Hilfsperson: Jemand anderes drückt den Punkt.</translation>
    </message>
</context>
<context>
    <name>acu::SettingsFile</name>
    <message>
        <location filename="../src/ui/window/SettingsFile.cpp" line="+56"/>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its folder %1 cannot be made: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The settings file %1 cannot be read: %2. The defaults are used.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden: %2. Die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings file %1 is larger than %2 KiB, so it was not read. It was kept as %3, and the defaults are used.</source>
        <translation>Die Einstellungsdatei %1 ist größer als %2 KiB und wurde daher nicht gelesen. Sie wurde als %3 aufbewahrt, und die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 is not a regular file, so it was not read. It was kept as %2, and the defaults are used.</source>
        <translation>Die Einstellungsdatei %1 ist keine reguläre Datei und wurde daher nicht gelesen. Sie wurde als %2 aufbewahrt, und die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file %1 is larger than %2 KiB, so it was not read, and it cannot be set aside: %3. The defaults are used.</source>
        <translation>Die Einstellungsdatei %1 ist größer als %2 KiB und wurde daher nicht gelesen, und sie kann nicht beiseitegelegt werden: %3. Die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 is not a regular file, so it was not read, and it cannot be set aside: %2. The defaults are used.</source>
        <translation>Die Einstellungsdatei %1 ist keine reguläre Datei und wurde daher nicht gelesen, und sie kann nicht beiseitegelegt werden: %2. Die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The settings file %1 was damaged. It was kept as %2; %3 settings could be read from it and were kept, the others are back to their defaults.</source>
        <translation>Die Einstellungsdatei %1 war beschädigt. Sie wurde als %2 aufbewahrt; %3 Einstellungen konnten daraus gelesen werden und wurden übernommen, die übrigen sind wieder auf ihren Standardwerten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings file %1 is damaged and cannot be set aside: %2. The settings that could be read are used.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt und kann nicht beiseitegelegt werden: %2. Die Einstellungen, die gelesen werden konnten, werden verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings cannot be saved to %1: %2. The window&apos;s state and the answer to the welcome notice will not be remembered after you close Acupoint Atlas.</source>
        <translation>Einstellungen können nicht in %1 gespeichert werden: %2. Der Zustand des Fensters und Ihre Antwort auf den Willkommenshinweis werden nach dem Schließen von Acupoint Atlas nicht behalten.</translation>
    </message>
</context>
<context>
    <name>acu::SourceLinks</name>
    <message>
        <location filename="../src/ui/details/SourceLinks.cpp" line="+32"/>
        <source>Open source</source>
        <translation>Quelle öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only http and https addresses are opened. This one is not:
%1</source>
        <translation>Nur http- und https-Adressen werden geöffnet. Diese ist keine:
%1</translation>
    </message>
</context>
<context>
    <name>acu::StepText</name>
    <message>
        <location filename="../src/ui/routine/StepText.cpp" line="+23"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both sides, alternating</source>
        <translation>beide Seiten, abwechselnd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides, right then left</source>
        <translation>beide Seiten, erst rechts, dann links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the midline</source>
        <translation>auf der Mittellinie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rest %1 between</source>
        <translation>%1 Pause dazwischen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>right</source>
        <translation>die rechte Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>die linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>midline</source>
        <translation>die Mittellinie</translation>
    </message>
</context>
<context>
    <name>acu::WindowActions</name>
    <message>
        <location filename="../src/ui/window/WindowActions.cpp" line="+48"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the point&apos;s card, or the list when no point is chosen</source>
        <translation>Die Punktkarte drucken oder, wenn kein Punkt gewählt ist, die Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;List…</source>
        <translation>&amp;Liste drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the points the list shows, a row each</source>
        <translation>Die Punkte der Liste drucken, je eine Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;Routine…</source>
        <translation>&amp;Routine drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sheet of the routine open in the runner</source>
        <translation>Das Blatt der gerade geöffneten Routine drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what Print prints</source>
        <translation>Ansehen, was „Drucken“ druckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export as PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the point&apos;s card, or the list when no point is chosen, as a PDF</source>
        <translation>Die Punktkarte oder, wenn kein Punkt gewählt ist, die Liste als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export List as P&amp;DF…</source>
        <translation>Liste als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the points the list shows as a PDF</source>
        <translation>Die Punkte der Liste als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Point</source>
        <translation>Punkt &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the point&apos;s details, with their sources, as text</source>
        <translation>Die Angaben zum Punkt mit ihren Quellen als Text kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by code or name</source>
        <translation>Nach Code oder Name suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the point viewed before</source>
        <translation>Zurück zum zuvor angesehenen Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forward</source>
        <translation>Vor&amp;wärts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward to the point viewed after</source>
        <translation>Vorwärts zum danach angesehenen Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Point</source>
        <translation>&amp;Nächster Punkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Point</source>
        <translation>&amp;Vorheriger Punkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next on &amp;Channel</source>
        <translation>Nächster auf dem &amp;Meridian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next point along the current point&apos;s channel: ST36 to ST37</source>
        <translation>Der nächste Punkt entlang des Meridians des aktuellen Punkts: ST36 zu ST37</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous on C&amp;hannel</source>
        <translation>Vorheriger auf dem Me&amp;ridian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The point before along the current point&apos;s channel: ST36 to ST35</source>
        <translation>Der vorherige Punkt entlang des Meridians des aktuellen Punkts: ST36 zu ST35</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pregnancy Mode</source>
        <translation>Schwangerschafts&amp;modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show which points to avoid or take care with in pregnancy</source>
        <translation>Zeigen, welche Punkte in der Schwangerschaft zu meiden oder mit Vorsicht zu drücken sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide Points to Avoid in Pregnancy</source>
        <translation>In der Schwangerschaft zu meidende Punkte &amp;ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the points traditionally forbidden in pregnancy</source>
        <translation>Die in der Schwangerschaft traditionell verbotenen Punkte ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide ◆ Points</source>
        <translation>◆ ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the desktop&apos;s colours, light or dark</source>
        <translation>Den Farben der Arbeitsumgebung folgen, hell oder dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark text on light backgrounds, whatever the desktop uses</source>
        <translation>Dunkle Schrift auf hellem Grund, gleich, was die Arbeitsumgebung verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light text on dark backgrounds, whatever the desktop uses</source>
        <translation>Helle Schrift auf dunklem Grund, gleich, was die Arbeitsumgebung verwendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Medical Disclaimer</source>
        <translation>&amp;Medizinischer Haftungsausschluss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Acupoint Atlas</source>
        <translation>&amp;Über Acupoint Atlas</translation>
    </message>
</context>
<context>
    <name>acu::WindowCapture</name>
    <message>
        <location filename="../src/ui/window/WindowCapture.cpp" line="+72"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (Named Pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something other than a file</source>
        <translation>etwas anderes als eine Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the window could not be rendered</source>
        <translation>das Fenster konnte nicht gerendert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2, not a regular file</source>
        <translation>%1 ist %2, keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a symbolic link to a file that does not exist</source>
        <translation>%1 ist ein symbolischer Link auf eine Datei, die nicht existiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is not a folder</source>
        <translation>%1: %2 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the folder %2 is not writable</source>
        <translation>%1: Der Ordner %2 ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no suffix to name its image format: end it in one of %2</source>
        <translation>%1 hat keine Endung, die das Bildformat angibt: Verwenden Sie eine der Endungen %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot write .%2 images: end it in one of %3</source>
        <translation>%1: .%2-Bilder können nicht geschrieben werden: Verwenden Sie eine der Endungen %3</translation>
    </message>
</context>
<context>
    <name>acu::main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+60"/>
        <source>Acupoint Atlas: a desktop reference for acupressure points.</source>
        <translation>Acupoint Atlas: ein Desktop-Nachschlagewerk für Akupressurpunkte.</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+115"/>
        <source>--screenshot: %1</source>
        <translation>--screenshot: %1</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>--screenshot: not taken, because %1 was refused</source>
        <translation>--screenshot: nicht aufgenommen, weil %1 abgelehnt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--export-pdf: not written, because %1 was refused</source>
        <translation>--export-pdf: nicht geschrieben, weil %1 abgelehnt wurde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--routine: no routine &quot;%1&quot; (--routines lists them)</source>
        <translation>--routine: keine Routine „%1“ (--routines listet sie auf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--region: no region &quot;%1&quot;</source>
        <translation>--region: keine Region „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--complaint: no complaint &quot;%1&quot;</source>
        <translation>--complaint: keine Beschwerde „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--channel: no channel &quot;%1&quot; (LU, LI, ST, SP, HT, SI, BL, KI, PC, TE, GB, LR, GV, CV)</source>
        <translation>--channel: kein Meridian „%1“ (LU, LI, ST, SP, HT, SI, BL, KI, PC, TE, GB, LR, GV, CV)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--select: %1</source>
        <translation>--select: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--view: no view &quot;%1&quot;</source>
        <translation>--view: keine Ansicht „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--export-pdf: %1</source>
        <translation>--export-pdf: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF written to %1</source>
        <translation>PDF geschrieben: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Screenshot written to %1</source>
        <translation>Bildschirmfoto geschrieben: %1</translation>
    </message>
</context>
</TS>
