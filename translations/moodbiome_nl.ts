<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ArgumentParser</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 accepteert geen waarde.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 heeft een waarde nodig.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>No command given.</source>
        <translation>Geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Onbekende opdracht “%1”.</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>Na “%1” moet een van deze woorden volgen: %2.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Onbekende optie “%1”.</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 accepteert geen --%2.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database heeft een bestandsnaam nodig.</translation>
    </message>
    <message>
        <source>MOODBIOME_NOW=%1 is not an ISO-8601 time such as 2025-01-05T08:30:00Z.</source>
        <translation>MOODBIOME_NOW=%1 is geen ISO-8601-tijdstip zoals 2025-01-05T08:30:00Z.</translation>
    </message>
    <message>
        <source>the database (default: %1; the environment variable MOODBIOME_DATABASE overrides it)</source>
        <translation>de database (standaard: %1; de omgevingsvariabele MOODBIOME_DATABASE gaat voor)</translation>
    </message>
    <message>
        <source>print one JSON document on stdout; errors as JSON on stderr</source>
        <translation>één JSON-document naar stdout schrijven; fouten als JSON naar stderr</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>deze hulp tonen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>de versie tonen</translation>
    </message>
    <message>
        <source>Usage: moodbiome-cli [--database FILE] [--json] COMMAND ...</source>
        <translation>Gebruik: moodbiome-cli [--database FILE] [--json] COMMAND ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Algemene opties (voor of na de opdracht):</translation>
    </message>
    <message>
        <source>Measures (KEY for log):</source>
        <translation>Metingen (KEY voor log):</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD, times HH:MM (24-hour).</source>
        <translation>Datums als YYYY-MM-DD, tijden als HH:MM (24-uursnotatie).</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 usage error; 2 invalid input, nothing written; 3 the database cannot be used.</source>
        <translation>Afsluitcodes: 0 gelukt; 1 gebruiksfout; 2 ongeldige gegevens, niets geschreven; 3 de database is niet bruikbaar.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 verwacht %2.</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”.</source>
        <translation>%1: onverwacht argument “%2”.</translation>
    </message>
    <message>
        <source>--%1 %2 is not a valid date; use YYYY-MM-DD, such as 2025-01-31.</source>
        <translation>--%1 %2 is geen geldige datum; gebruik YYYY-MM-DD, zoals 2025-01-31.</translation>
    </message>
    <message>
        <source>--%1 %2 is not a valid time; use HH:MM (24-hour), such as 08:30.</source>
        <translation>--%1 %2 is geen geldige tijd; gebruik HH:MM (24-uursnotatie), zoals 08:30.</translation>
    </message>
    <message>
        <source>There is no participant with code “%1”: the database holds no data yet.</source>
        <translation>Er is geen deelnemer met code “%1”: de database bevat nog geen gegevens.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>moodbiome-cli: %1</source>
        <translation>moodbiome-cli: %1</translation>
    </message>
    <message>
        <source>Run “moodbiome-cli --help” to see the commands and their options.</source>
        <translation>Voer “moodbiome-cli --help” uit voor de opdrachten en hun opties.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Text follows the closing quote of field %1; a field that contains quotes must be quoted whole, with each quote doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote opens on this line and is never closed; add the missing &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote opens on line %1 and is never closed; add the missing &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with realistic synthetic participants P-001, P-002, …: weekly rhythm, noise, missing days, interventions with modest effects. The same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo participants with %2 entries and %3 interventions (seed %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--participants N] [--days N] [--seed N]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write every observation as tidy CSV (participant,date,time,measure,value,note), to stdout unless --output is given.</source>
        <translation>Schrijf elke waarneming als tidy-CSV (participant,date,time,measure,value,note) naar stdout, of naar het bestand bij --output.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to “%1”. Rows: %n.</source>
        <translation>
            <numerusform>Geëxporteerd naar “%1”: %n rij.</numerusform>
            <numerusform>Geëxporteerd naar “%1”: %n rijen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export format “%1” is not available yet; this version exports --format tidy.</source>
        <translation>Exportformaat “%1” is nog niet beschikbaar; deze versie exporteert alleen --format tidy.</translation>
    </message>
    <message>
        <source>Unknown export format “%1”; use tidy.</source>
        <translation>Onbekend exportformaat “%1”; gebruik tidy.</translation>
    </message>
    <message>
        <source>--output %1 is the database itself; choose another file.</source>
        <translation>--output %1 is de database zelf; kies een ander bestand.</translation>
    </message>
    <message>
        <source>Cannot write to stdout: %1</source>
        <translation>Kan niet naar stdout schrijven: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>[--format tidy] [--participant CODE] [--output FILE]</source>
        <translation>[--format tidy] [--participant CODE] [--output FILE]</translation>
    </message>
</context>
<context>
    <name>ImportParser</name>
    <message>
        <source>Unknown column “%1” in a Daylio file; expected full_date, date, weekday, time, mood, activities, note_title and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Daylio file needs the columns full_date, or year and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Daylio file needs the columns time and mood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Daylio file holds one person&apos;s entries; choose the participant they belong to (--participant CODE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1 %2” is not a valid date; Daylio writes the year and a day and month such as “18 May”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mood is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mood label “%1” has no level; map it to 1 (awful) … 5 (rad), as in --mood-map &quot;%1=4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant code “%1” must be at most 40 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date; use 2024-12-31, 31-12-2024 or 31/12/2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid time; use HH:MM such as 08:30 or 20:39, or 10:00 pm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; this file uses a decimal comma, as in 7,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; this file uses a decimal point, as in 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row belongs to %1, but the import is for %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 fields where the header has %2; check for a separator inside a field that is not quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no participant column; choose the participant it belongs to (--participant CODE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks the column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column “%1”; a tidy file has participant, date, time, measure, value and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown measure “%1”. Known measures: %2.</source>
        <translation type="unfinished">Onbekende meting “%1”. Bekende metingen: %2.</translation>
    </message>
    <message>
        <source>A wide file has one column per measure, not measure and value columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure “%1” has two columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column “%1”: not a measure. Known measures: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header “%1” belongs to no format MoodBiome reads: tidy (participant,date,time,measure,value,note), wide (participant,date and one column per measure) or Daylio (full_date,date,weekday,time,mood,…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionAddCommand</name>
    <message>
        <source>Add an intervention for a participant. K is one of %1. Without --end it is ongoing; an --end equal to --start makes a one-day event (such as an FMT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a participant CODE, such as P-001</source>
        <translation type="unfinished">de CODE van een deelnemer, zoals P-001</translation>
    </message>
    <message>
        <source>intervention add needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 lies before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dose “%1” is not a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 “%2” for %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE --kind K --name T --start DATE [--end DATE] [--dose N --unit T] [--frequency T]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionListCommand</name>
    <message>
        <source>List the interventions of one participant, or of everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interventions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[CODE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionText</name>
    <message>
        <source>Probiotic</source>
        <translation>Probioticum</translation>
    </message>
    <message>
        <source>Prebiotic</source>
        <translation>Prebioticum</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieet</translation>
    </message>
    <message>
        <source>FMT (faecal transplant)</source>
        <translation>FMT (poeptransplantatie)</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicatie</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Leefstijl</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>Unknown measure “%1”. Known measures: %2.</source>
        <translation>Onbekende meting “%1”. Bekende metingen: %2.</translation>
    </message>
    <message>
        <source>Logged entry %1 for %2 on %3: %4</source>
        <translation>Invoer %1 vastgelegd voor %2 op %3: %4</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>een notitie</translation>
    </message>
    <message>
        <source>Record one journal entry. Without --date: now. VALUE is a number with a decimal point, within the measure&apos;s range.</source>
        <translation>Leg één dagboekinvoer vast. Zonder --date: nu. VALUE is een getal met een punt als decimaalteken, binnen het bereik van de meting.</translation>
    </message>
    <message>
        <source>a participant CODE and at least one KEY=VALUE, such as mood=7</source>
        <translation>de CODE van een deelnemer en minstens één KEY=VALUE, zoals mood=7</translation>
    </message>
    <message>
        <source>log needs at least one KEY=VALUE, such as mood=7, or a --note.</source>
        <translation>log verwacht minstens één KEY=VALUE, zoals mood=7, of een --note.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE, such as mood=7.</source>
        <translation>“%1” heeft niet de vorm KEY=VALUE, zoals mood=7.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 is meer dan één keer opgegeven.</translation>
    </message>
    <message>
        <source>%1=%2: the value must be a number, such as 7 or 7.5.</source>
        <translation>%1=%2: de waarde moet een getal zijn, zoals 7 of 7.5.</translation>
    </message>
    <message>
        <source>CODE [--date DATE] [--time HH:MM] [--note T] KEY=VALUE...</source>
        <translation>CODE [--date DATE] [--time HH:MM] [--note T] KEY=VALUE...</translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message>
        <source>%1: %2 must be a number.</source>
        <translation>%1: %2 moet een getal zijn.</translation>
    </message>
    <message>
        <source>%1=%2: %3 must be between %4 and %5.</source>
        <translation>%1=%2: %3 moet tussen %4 en %5 liggen.</translation>
    </message>
    <message>
        <source>%1=%2: %3 must be a whole number.</source>
        <translation>%1=%2: %3 moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>/10</source>
        <comment>unit of a 0-10 scale</comment>
        <translation>/10</translation>
    </message>
    <message>
        <source>h</source>
        <comment>unit: hours</comment>
        <translation>u</translation>
    </message>
    <message>
        <source>g</source>
        <comment>unit: grams</comment>
        <translation>g</translation>
    </message>
    <message>
        <source>servings</source>
        <translation>porties</translation>
    </message>
    <message>
        <source>species</source>
        <comment>unit of plant variety count</comment>
        <translation>soorten</translation>
    </message>
    <message>
        <source>units</source>
        <comment>unit: alcohol units</comment>
        <translation>eenheden</translation>
    </message>
    <message>
        <source>mg</source>
        <comment>unit: milligrams</comment>
        <translation>mg</translation>
    </message>
    <message>
        <source>min</source>
        <comment>unit: minutes</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Type 1: separate hard lumps, like nuts (severe constipation)</source>
        <translation>Type 1: losse harde keutels, als noten (ernstige verstopping)</translation>
    </message>
    <message>
        <source>Type 2: sausage-shaped but lumpy (mild constipation)</source>
        <translation>Type 2: worstvormig maar klonterig (lichte verstopping)</translation>
    </message>
    <message>
        <source>Type 3: like a sausage with cracks on the surface (normal)</source>
        <translation>Type 3: als een worst met barstjes aan de oppervlakte (normaal)</translation>
    </message>
    <message>
        <source>Type 4: like a smooth, soft sausage or snake (ideal)</source>
        <translation>Type 4: als een gladde, zachte worst of slang (ideaal)</translation>
    </message>
    <message>
        <source>Type 5: soft blobs with clear-cut edges (lacking fibre)</source>
        <translation>Type 5: zachte klodders met duidelijke randen (te weinig vezels)</translation>
    </message>
    <message>
        <source>Type 6: fluffy pieces with ragged edges, mushy (mild diarrhoea)</source>
        <translation>Type 6: zachte stukjes met rafelige randen, papperig (lichte diarree)</translation>
    </message>
    <message>
        <source>Type 7: watery, no solid pieces, entirely liquid (severe diarrhoea)</source>
        <translation>Type 7: waterig, geen vaste stukjes, helemaal vloeibaar (ernstige diarree)</translation>
    </message>
</context>
<context>
    <name>ParticipantAddCommand</name>
    <message>
        <source>Add a participant with a unique pseudonymous code, such as P-001. Creates the database when there is none yet.</source>
        <translation>Voeg een deelnemer toe met een unieke pseudonieme code, zoals P-001. Maakt de database aan als die er nog niet is.</translation>
    </message>
    <message>
        <source>a participant CODE, such as P-001</source>
        <translation>de CODE van een deelnemer, zoals P-001</translation>
    </message>
    <message>
        <source>Added participant %1.</source>
        <translation>Deelnemer %1 toegevoegd.</translation>
    </message>
    <message>
        <source>CODE [--name T] [--arm T] [--enrolled DATE]</source>
        <translation>CODE [--name T] [--arm T] [--enrolled DATE]</translation>
    </message>
</context>
<context>
    <name>ParticipantListCommand</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Studiearm</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Teruggetrokken</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Invoeren</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Nog geen deelnemers.</translation>
    </message>
    <message>
        <source>List the participants with their number of journal entries.</source>
        <translation>Toon de deelnemers met hun aantal dagboekinvoeren.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireAddCommand</name>
    <message>
        <source>Store a filled-in questionnaire for a participant, dated today unless --date is given. INSTRUMENT and ITEMS as for score.</source>
        <translation>Een ingevulde vragenlijst van een deelnemer opslaan, met de datum van vandaag tenzij --date is opgegeven. INSTRUMENT en ITEMS zoals bij score.</translation>
    </message>
    <message>
        <source>a participant CODE, an INSTRUMENT and ITEMS, such as P-001 phq9 0,1,2,3,0,1,2,3,1</source>
        <translation>de CODE van een deelnemer, een INSTRUMENT en ITEMS, zoals P-001 phq9 0,1,2,3,0,1,2,3,1</translation>
    </message>
    <message>
        <source>--date %1 lies in the future; a questionnaire is dated the day it was filled in.</source>
        <translation>--date %1 ligt in de toekomst; een vragenlijst krijgt de datum waarop hij is ingevuld.</translation>
    </message>
    <message>
        <source>Stored response %1 for %2 on %3.</source>
        <translation>Ingevulde vragenlijst %1 van %2 op %3 opgeslagen.</translation>
    </message>
    <message>
        <source>CODE INSTRUMENT ITEMS [--date DATE]</source>
        <translation>CODE INSTRUMENT ITEMS [--date DATE]</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCli</name>
    <message>
        <source>Unknown instrument “%1”; use one of: %2.</source>
        <translation>Onbekend instrument “%1”; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
</context>
<context>
    <name>QuestionnaireText</name>
    <message>
        <source>item %1 has no answer: %2 has %3 items, %4 answers were given</source>
        <translation>vraag %1 heeft geen antwoord: %2 heeft %3 vragen en er zijn %4 antwoorden gegeven</translation>
    </message>
    <message>
        <source>item %1 does not exist: %2 has %3 items, %4 answers were given</source>
        <translation>vraag %1 bestaat niet: %2 heeft %3 vragen en er zijn %4 antwoorden gegeven</translation>
    </message>
    <message>
        <source>item %1: %2 is outside %3</source>
        <translation>vraag %1: %2 valt buiten %3</translation>
    </message>
    <message>
        <source>item %1 has no answer</source>
        <translation>vraag %1 heeft geen antwoord</translation>
    </message>
    <message>
        <source>item %1: “%2” is not a whole number from %3</source>
        <translation>vraag %1: “%2” is geen geheel getal van %3</translation>
    </message>
    <message>
        <source>None or minimal</source>
        <translation>Geen of minimaal</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimaal</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Matig</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Matig ernstig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Ernstig</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Likely depression; assess further</source>
        <translation>Waarschijnlijk depressie; nader onderzoeken</translation>
    </message>
    <message>
        <source>Poor well-being</source>
        <translation>Verminderd welbevinden</translation>
    </message>
    <message>
        <source>Adequate well-being</source>
        <translation>Voldoende welbevinden</translation>
    </message>
    <message>
        <source>Item 9 was answered above 0: thoughts of death or self-harm. This calls for a timely risk assessment by a clinician; it is not a diagnosis.</source>
        <translation>Vraag 9 is met meer dan 0 beantwoord: gedachten aan de dood of aan zelfbeschadiging. Dit vraagt om een tijdige risicotaxatie door een behandelaar; het is geen diagnose.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%) — %4</source>
        <translation>%1 van %2 (%3%) — %4</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 van %2 — %3</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score a questionnaire without storing it. INSTRUMENT is phq9, gad7, pss10 or who5; ITEMS are the answers in item order, such as 0,1,2,3,0,1,2,3,1.</source>
        <translation>Een vragenlijst scoren zonder iets op te slaan. INSTRUMENT is phq9, gad7, pss10 of who5; ITEMS zijn de antwoorden in de volgorde van de vragen, zoals 0,1,2,3,0,1,2,3,1.</translation>
    </message>
    <message>
        <source>an INSTRUMENT (phq9, gad7, pss10 or who5) and ITEMS, such as 0,1,2,3</source>
        <translation>een INSTRUMENT (phq9, gad7, pss10 of who5) en ITEMS, zoals 0,1,2,3</translation>
    </message>
    <message>
        <source>INSTRUMENT ITEMS</source>
        <translation>INSTRUMENT ITEMS</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>“%1” is not a MoodBiome database: it is not an SQLite database file.</source>
        <translation>“%1” is geen MoodBiome-database: het is geen SQLite-databasebestand.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a MoodBiome database. It was left unchanged.</source>
        <translation>“%1” is een SQLite-database, maar geen MoodBiome-database. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of MoodBiome (schema %2; this version understands up to %3). Update MoodBiome to open it. The file was left unchanged.</source>
        <translation>“%1” is gemaakt met een nieuwere versie van MoodBiome (schema %2; deze versie kan tot en met schema %3 lezen). Werk MoodBiome bij om het te openen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close it there and try again.</source>
        <translation>De database is vergrendeld door een ander programma. Sluit de database daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database is read-only; nothing was changed.</source>
        <translation>De database is alleen-lezen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>Het databasebestand is beschadigd (%1). Zet een back-up terug.</translation>
    </message>
    <message>
        <source>The file is not a MoodBiome database.</source>
        <translation>Het bestand is geen MoodBiome-database.</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>De database kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>Refused by the database: %1</source>
        <translation>Geweigerd door de database: %1</translation>
    </message>
    <message>
        <source>The database could not be written: %1</source>
        <translation>Er kon niet naar de database worden geschreven: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefout: %1</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Kan “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>“%1” is read-only; nothing was changed.</source>
        <translation>“%1” is alleen-lezen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Die deelnemer bestaat niet.</translation>
    </message>
    <message>
        <source>%1 withdrew on %2; their journal is read-only.</source>
        <translation>%1 is op %2 teruggetrokken; het dagboek is nu alleen-lezen.</translation>
    </message>
    <message>
        <source>The entry needs a valid date.</source>
        <translation>De invoer heeft een geldige datum nodig.</translation>
    </message>
    <message>
        <source>The entry records no value and no note.</source>
        <translation>De invoer bevat geen waarde en geen notitie.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Die invoer bestaat niet meer.</translation>
    </message>
    <message>
        <source>An entry cannot be moved to another participant.</source>
        <translation>Een invoer kan niet naar een andere deelnemer worden verplaatst.</translation>
    </message>
    <message>
        <source>Unknown measure “%1”.</source>
        <translation>Onbekende meting “%1”.</translation>
    </message>
    <message>
        <source>A measure with key “%1” already exists.</source>
        <translation>Er bestaat al een meting met de sleutel “%1”.</translation>
    </message>
    <message>
        <source>A measure needs an English and a Dutch label.</source>
        <translation>Een meting heeft een Engelse en een Nederlandse naam nodig.</translation>
    </message>
    <message>
        <source>The maximum must be larger than the minimum.</source>
        <translation>Het maximum moet groter zijn dan het minimum.</translation>
    </message>
    <message>
        <source>There is no participant with code “%1”.</source>
        <translation>Er is geen deelnemer met code “%1”.</translation>
    </message>
    <message>
        <source>A participant needs a code, such as P-001.</source>
        <translation>Een deelnemer heeft een code nodig, zoals P-001.</translation>
    </message>
    <message>
        <source>The code may not contain control characters.</source>
        <translation>De code mag geen stuurtekens bevatten.</translation>
    </message>
    <message>
        <source>The withdrawal date (%1) lies before the enrolment date (%2).</source>
        <translation>De datum van terugtrekking (%1) ligt vóór de inschrijvingsdatum (%2).</translation>
    </message>
    <message>
        <source>A participant with code “%1” already exists.</source>
        <translation>Er bestaat al een deelnemer met code “%1”.</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>Die deelnemer bestaat niet meer.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Kan de export niet wegschrijven: %1</translation>
    </message>
    <message>
        <source>The intervention needs a name, such as “Lactobacillus rhamnosus GG”.</source>
        <translation>De interventie heeft een naam nodig, zoals “Lactobacillus rhamnosus GG”.</translation>
    </message>
    <message>
        <source>The intervention needs a start date.</source>
        <translation>De interventie heeft een startdatum nodig.</translation>
    </message>
    <message>
        <source>The end date (%1) lies before the start date (%2).</source>
        <translation>De einddatum (%1) ligt vóór de startdatum (%2).</translation>
    </message>
    <message>
        <source>The dose cannot be negative.</source>
        <translation>De dosis mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>That intervention no longer exists.</source>
        <translation>Die interventie bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 was not active on %2.</source>
        <translation>%1 was op %2 niet actief.</translation>
    </message>
    <message>
        <source>The key “%1” must start with a letter and contain only lower-case letters, digits and underscores (at most 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code “%1” must be at most 40 characters long, with no spaces at the start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew on %2; their questionnaires are read-only.</source>
        <translation>%1 is op %2 teruggetrokken; de vragenlijsten zijn nu alleen-lezen.</translation>
    </message>
    <message>
        <source>That questionnaire response no longer exists.</source>
        <translation>Die ingevulde vragenlijst bestaat niet meer.</translation>
    </message>
    <message>
        <source>The questionnaire needs a valid date.</source>
        <translation>De vragenlijst heeft een geldige datum nodig.</translation>
    </message>
    <message>
        <source>%1 lies in the future; a questionnaire is dated the day it was filled in.</source>
        <translation>%1 ligt in de toekomst; een vragenlijst krijgt de datum waarop hij is ingevuld.</translation>
    </message>
    <message>
        <source>This response has a safety flag that no clinician has acknowledged yet. Acknowledge the flag with a note before deleting the response.</source>
        <translation>Bij deze vragenlijst staat een veiligheidssignaal dat nog geen behandelaar heeft bevestigd. Bevestig het signaal met een notitie voordat u de vragenlijst verwijdert.</translation>
    </message>
    <message>
        <source>This safety flag was already acknowledged on %1 by %2.</source>
        <translation>Dit veiligheidssignaal is al op %1 bevestigd door %2.</translation>
    </message>
    <message>
        <source>This response raised no safety flag.</source>
        <translation>Deze vragenlijst gaf geen veiligheidssignaal.</translation>
    </message>
    <message>
        <source>Write a note on the risk assessment or the action taken.</source>
        <translation>Schrijf een notitie over de risicotaxatie of de genomen actie.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Track mood against gut-focused interventions.</source>
        <translation>Volg je stemming naast interventies voor je darmen.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Dit databasebestand openen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
</context>
<context>
    <name>mb::ChartView</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Exporteren mislukt</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the measures to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rolling mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling mean window in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything (reset zoom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG, PDF or SVG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::ChartWidget</name>
    <message>
        <source>Score (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values recorded for the chosen measures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1-day mean %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken that day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::Editor</name>
    <message>
        <source>Add participant %1</source>
        <translation>Deelnemer %1 toevoegen</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>Die deelnemer bestaat niet meer.</translation>
    </message>
    <message>
        <source>Edit participant %1</source>
        <translation>Deelnemer %1 bewerken</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Invoer toevoegen</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Die invoer bestaat niet meer.</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Invoer bewerken</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Invoer verwijderen</translation>
    </message>
    <message>
        <source>Add intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That intervention no longer exists.</source>
        <translation type="unfinished">Die interventie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Edit intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 not taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::EntryDialog</name>
    <message>
        <source>Record at least one measure or write a note.</source>
        <translation>Vul minstens één meting in of schrijf een notitie.</translation>
    </message>
    <message>
        <source>Edit entry — %1</source>
        <translation>Invoer bewerken — %1</translation>
    </message>
    <message>
        <source>New entry — %1</source>
        <translation>Nieuwe invoer — %1</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tijd:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>How you feel</source>
        <translation>Hoe je je voelt</translation>
    </message>
    <message>
        <source>Food and activity</source>
        <translation>Voeding en beweging</translation>
    </message>
    <message>
        <source>Your own measures</source>
        <translation>Je eigen metingen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>What happened today? Meals, events, symptoms…</source>
        <translation>Wat is er vandaag gebeurd? Maaltijden, gebeurtenissen, klachten…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Taken today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::InterventionDialog</name>
    <message>
        <source>Give the intervention a name, such as “Lactobacillus rhamnosus GG”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished">N&amp;otities:</translation>
    </message>
    <message>
        <source>Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Lactobacillus rhamnosus GG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit, e.g. billion CFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example daily, twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::InterventionModel</name>
    <message>
        <source>one day (event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Naam</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notities</translation>
    </message>
</context>
<context>
    <name>mb::InterventionPanel</name>
    <message>
        <source>Not changed</source>
        <translation type="unfinished">Niet gewijzigd</translation>
    </message>
    <message>
        <source>Delete intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z; the audit trail keeps a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished">Niet verwijderd</translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the end date of an ongoing intervention to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::JournalModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>mb::MainWindow</name>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>%1 — MoodBiome</source>
        <translation>%1 — MoodBiome</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <source>MoodBiome cannot use “%1”.</source>
        <translation>MoodBiome kan “%1” niet gebruiken.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Nieuwe database aanmaken…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Open a MoodBiome database</source>
        <translation>MoodBiome-database openen</translation>
    </message>
    <message>
        <source>MoodBiome databases (*.sqlite *.db);;All files (*)</source>
        <translation>MoodBiome-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Create a new MoodBiome database</source>
        <translation>Nieuwe MoodBiome-database aanmaken</translation>
    </message>
    <message>
        <source>MoodBiome databases (*.sqlite)</source>
        <translation>MoodBiome-databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Niet aangemaakt</translation>
    </message>
    <message>
        <source>No participant selected</source>
        <translation>Geen deelnemer geselecteerd</translation>
    </message>
    <message>
        <source>Add the first participant with Participant ▸ New participant (Ctrl+Shift+N).</source>
        <translation>Voeg de eerste deelnemer toe via Deelnemer ▸ Nieuwe deelnemer (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>My journal</source>
        <translation>Mijn dagboek</translation>
    </message>
    <message>
        <source>Arm: %1</source>
        <translation>Studiearm: %1</translation>
    </message>
    <message>
        <source>Enrolled %1</source>
        <translation>Ingeschreven op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n invoer</numerusform>
            <numerusform>%n invoeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrew %1 — read-only</source>
        <translation>Teruggetrokken op %1 — alleen-lezen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>Entry deleted. Undo with Ctrl+Z.</source>
        <translation>Invoer verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Withdraw participant</source>
        <translation>Deelnemer terugtrekken</translation>
    </message>
    <message>
        <source>Withdraw %1 as of today? Their data are kept, and their journal becomes read-only.</source>
        <translation>%1 met ingang van vandaag terugtrekken? De gegevens blijven bewaard en het dagboek wordt alleen-lezen.</translation>
    </message>
    <message>
        <source>Export tidy CSV</source>
        <translation>Exporteren als tidy-CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n values to %1.</source>
        <translation>
            <numerusform>%n waarde geëxporteerd naar %1.</numerusform>
            <numerusform>%n waarden geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>About MoodBiome</source>
        <translation>Over MoodBiome</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MoodBiome %1&lt;/h3&gt;&lt;p&gt;Track how mood, stress and gut health move with probiotics, diet changes and other interventions.&lt;/p&gt;&lt;p&gt;Your data stay on this computer, in &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MoodBiome %1&lt;/h3&gt;&lt;p&gt;Volg hoe je stemming, stress en darmgezondheid meebewegen met probiotica, aanpassingen in je voeding en andere interventies.&lt;/p&gt;&lt;p&gt;Je gegevens blijven op deze computer, in &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MoodBiome</source>
        <translation>MoodBiome</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deelnemer</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Export tidy CSV…</source>
        <translation>&amp;Exporteren als tidy-CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nieuwe invoer…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>Invoer &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Invoer &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Nieuwe deelnemer…</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>Deelnemer &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Withdraw participant…</source>
        <translation>Deelnemer &amp;terugtrekken…</translation>
    </message>
    <message>
        <source>&amp;Clinician mode (several participants)</source>
        <translation>&amp;Behandelaarsmodus (meerdere deelnemers)</translation>
    </message>
    <message>
        <source>&amp;About MoodBiome</source>
        <translation>&amp;Over MoodBiome</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Deelnemer toevoegen…</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nieuwe invoer…</translation>
    </message>
    <message>
        <source>Record how you feel today (Ctrl+N)</source>
        <translation>Leg vast hoe je je vandaag voelt (Ctrl+N)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nieuwe invoer</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Dagboekinvoeren</translation>
    </message>
    <message>
        <source>No entries yet.
Press Ctrl+N or “New entry…” to record the first one.</source>
        <translation>Nog geen invoeren.
Druk op Ctrl+N of klik op “Nieuwe invoer…” om de eerste vast te leggen.</translation>
    </message>
    <message>
        <source>Welcome to MoodBiome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you like to look around with demo data first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data are made up: a year-long diary with a probiotic period, an FMT and eleven study participants. They live in a separate demo database, so your own database stays empty until you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name, or use File ▸ Open database… to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data — MoodBiome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; Everything here is made up, to show what MoodBiome does. Changes stay in the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my own database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::MeasureInput</name>
    <message>
        <source>Clear: not recorded</source>
        <translation>Wissen: niet vastgelegd</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 wissen</translation>
    </message>
    <message>
        <source>– not recorded</source>
        <translation>– niet vastgelegd</translation>
    </message>
    <message>
        <source>%1 slider</source>
        <translation>Schuifregelaar voor %1</translation>
    </message>
    <message>
        <source>%1, %2. A value below the minimum means: not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mb::ParticipantDialog</name>
    <message>
        <source>Enter a code for the participant, such as P-001.</source>
        <translation>Vul een code in voor de deelnemer, zoals P-001.</translation>
    </message>
    <message>
        <source>Edit participant %1</source>
        <translation>Deelnemer %1 bewerken</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>for example P-001</source>
        <translation>bijvoorbeeld P-001</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Deelnemerscode</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>optional; left out of exports</source>
        <translation>optioneel; wordt niet geëxporteerd</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>Study &amp;arm:</source>
        <translation>Studie&amp;arm:</translation>
    </message>
    <message>
        <source>Study arm</source>
        <translation>Studiearm</translation>
    </message>
    <message>
        <source>&amp;Enrolled on</source>
        <translation>&amp;Ingeschreven op</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Inschrijvingsdatum</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Teruggetrokken op</translation>
    </message>
    <message>
        <source>Withdrawal date</source>
        <translation>Datum van terugtrekking</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>mb::ParticipantListModel</name>
    <message>
        <source>Withdrawn %1</source>
        <translation>Teruggetrokken op %1</translation>
    </message>
    <message>
        <source>Enrolled %1</source>
        <translation>Ingeschreven op %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Studiearm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>mb::QuestionnaireDialog</name>
    <message numerus="yes">
        <source>Answer every item before saving. Not answered yet: item(s) %1.</source>
        <translation>
            <numerusform>Beantwoord alle vragen voordat u opslaat. Nog niet beantwoord: vraag %1.</numerusform>
            <numerusform>Beantwoord alle vragen voordat u opslaat. Nog niet beantwoord: vragen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaalscore: %1</translation>
    </message>
    <message>
        <source>Total so far: %1 of %2 (%3 of %4 items answered)</source>
        <translation>Totaalscore tot nu toe: %1 van %2 (%3 van %4 vragen beantwoord)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unofficial translation</source>
        <translation>Onofficiële vertaling</translation>
    </message>
    <message>
        <source>No official Dutch version of this questionnaire was available to us; this is our own faithful translation of the English original.</source>
        <translation>Er was voor ons geen officiële Nederlandse versie van deze vragenlijst beschikbaar; dit is onze eigen zorgvuldige vertaling van het Engelse origineel.</translation>
    </message>
    <message>
        <source>&amp;Date filled in:</source>
        <translation>&amp;Datum van invullen:</translation>
    </message>
    <message>
        <source>Date filled in</source>
        <translation>Datum van invullen</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Vraag %1: %2</translation>
    </message>
    <message>
        <source>Type a digit from 0 to %1 to answer and move on; arrow keys change the answer.</source>
        <translation>Typ een cijfer van 0 tot en met %1 om te antwoorden en door te gaan; met de pijltjestoetsen wijzigt u het antwoord.</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>Bron: %1 %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>mb::QuestionnaireModel</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 van %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Item %1 above 0: needs acknowledgement</source>
        <translation>Vraag %1 boven 0: moet nog worden bevestigd</translation>
    </message>
    <message>
        <source>Acknowledged on %1 by %2</source>
        <translation>Bevestigd op %1 door %2</translation>
    </message>
    <message>
        <source>Acknowledged on %1 by %2: %3</source>
        <translation>Bevestigd op %1 door %2: %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaalscore</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Safety flag</source>
        <translation>Veiligheidssignaal</translation>
    </message>
</context>
<context>
    <name>mb::QuestionnairePanel</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 van %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged responses await acknowledgement.</source>
        <translation>
            <numerusform>%n vragenlijst met een signaal wacht op bevestiging.</numerusform>
            <numerusform>%n vragenlijsten met een signaal wachten op bevestiging.</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>That questionnaire response no longer exists.</source>
        <translation>Die ingevulde vragenlijst bestaat niet meer.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Acknowledge safety flag</source>
        <translation>Veiligheidssignaal bevestigen</translation>
    </message>
    <message>
        <source>Delete questionnaire</source>
        <translation>Vragenlijst verwijderen</translation>
    </message>
    <message>
        <source>Acknowledge safety flag — %1</source>
        <translation>Veiligheidssignaal bevestigen — %1</translation>
    </message>
    <message>
        <source>Clinician&apos;s &amp;note: the risk assessment made or the action taken. The note, your user name and the time are kept in the audit trail.</source>
        <translation>&amp;Notitie van de behandelaar: de uitgevoerde risicotaxatie of de genomen actie. De notitie, uw gebruikersnaam en het tijdstip worden in de audittrail bewaard.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <source>Fill in %1…</source>
        <translation>%1 invullen…</translation>
    </message>
    <message>
        <source>&amp;Delete response</source>
        <translation>Ingevulde vragenlijst &amp;verwijderen</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Bevestigen…</translation>
    </message>
    <message>
        <source>Record that a clinician has seen this flag, with a note on the assessment or action taken</source>
        <translation>Vastleggen dat een behandelaar dit signaal heeft gezien, met een notitie over de beoordeling of de genomen actie</translation>
    </message>
    <message>
        <source>No questionnaires filled in yet. Use the buttons above to fill in the PHQ-9, GAD-7, PSS-10 or WHO-5.</source>
        <translation>Nog geen vragenlijsten ingevuld. Gebruik de knoppen hierboven om de PHQ-9, GAD-7, PSS-10 of WHO-5 in te vullen.</translation>
    </message>
</context>
</TS>
