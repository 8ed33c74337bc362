<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnalysisText</name>
    <message>
        <source>By Parker and Vannest’s bands that is a weak effect.</source>
        <translation>Volgens de indeling van Parker en Vannest is dat een zwak effect.</translation>
    </message>
    <message>
        <source>By Parker and Vannest’s bands that is a medium effect.</source>
        <translation>Volgens de indeling van Parker en Vannest is dat een middelgroot effect.</translation>
    </message>
    <message>
        <source>By Parker and Vannest’s bands that is a strong effect.</source>
        <translation>Volgens de indeling van Parker en Vannest is dat een sterk effect.</translation>
    </message>
    <message>
        <source>Its 95% confidence interval, %1 to %2, includes %3: the data are also compatible with no difference at all.</source>
        <translation>Het 95%-betrouwbaarheidsinterval, %1 tot %2, bevat %3: de gegevens zijn ook verenigbaar met helemaal geen verschil.</translation>
    </message>
    <message>
        <source>Its 95% confidence interval runs from %1 to %2.</source>
        <translation>Het 95%-betrouwbaarheidsinterval loopt van %1 tot %2.</translation>
    </message>
    <message numerus="yes">
        <source>Short baseline: only %n day(s) with a value, so a few unusual days can move these numbers a lot.</source>
        <translation>
            <numerusform>Korte uitgangsfase: maar %n dag met een waarde, dus een paar ongewone dagen kunnen deze getallen sterk veranderen.</numerusform>
            <numerusform>Korte uitgangsfase: maar %n dagen met een waarde, dus een paar ongewone dagen kunnen deze getallen sterk veranderen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Short intervention phase: only %n day(s) with a value, so a few unusual days can move these numbers a lot.</source>
        <translation>
            <numerusform>Korte interventiefase: maar %n dag met een waarde, dus een paar ongewone dagen kunnen deze getallen sterk veranderen.</numerusform>
            <numerusform>Korte interventiefase: maar %n dagen met een waarde, dus een paar ongewone dagen kunnen deze getallen sterk veranderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middelgroot</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>NAP %1 for %2: in %3% of all pairs of a baseline day and an intervention day, the intervention day was better (%4; ties count half).</source>
        <translation>NAP %1 voor %2: in %3% van alle paren van een dag uit de uitgangsfase en een dag uit de interventiefase was de interventiedag beter (%4; gelijke waarden tellen half).</translation>
    </message>
    <message>
        <source>Values were more often worse than better during the intervention.</source>
        <translation>Tijdens de interventie waren de waarden vaker slechter dan beter.</translation>
    </message>
    <message>
        <source>The baseline was already changing (%1 per recorded day). Corrected for that trend, Tau is %2 instead of %3. Either part of the change began before the intervention, or the trend, carried on over the whole intervention phase, overstates what would have happened: read both with care.</source>
        <translation>In de uitgangsfase was er al een verandering gaande (%1 per geregistreerde dag). Gecorrigeerd voor die trend is Tau %2 in plaats van %3. Ofwel begon een deel van de verandering al vóór de interventie, ofwel overschat de trend, doorgetrokken over de hele interventiefase, wat er zou zijn gebeurd: interpreteer beide waarden voorzichtig.</translation>
    </message>
    <message>
        <source>Also active during these weeks: %1. Their effects cannot be told apart from this one.</source>
        <translation>Ook actief in deze weken: %1. Hun effecten zijn niet te onderscheiden van het effect van deze interventie.</translation>
    </message>
    <message>
        <source>One person, without randomisation or blinding: these numbers show an association in time, not proof that the intervention caused the change.</source>
        <translation>Eén persoon, zonder randomisatie of blindering: deze getallen tonen een samenhang in de tijd, geen bewijs dat de interventie de verandering heeft veroorzaakt.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lager is beter</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>hoger is beter</translation>
    </message>
    <message>
        <source>%1 (95% CI %2 to %3)</source>
        <translation>%1 (95%-BI %2 tot %3)</translation>
    </message>
    <message>
        <source>%1 (SE %2)</source>
        <translation>%1 (SE %2)</translation>
    </message>
    <message>
        <source>no days with a value</source>
        <translation>geen dagen met een waarde</translation>
    </message>
    <message>
        <source>%1 to %2, n = %3</source>
        <translation>%1 tot %2, n = %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>mean %1 → %2</source>
        <translation>gemiddelde %1 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>NAP %1 for %2: in %3% of all pairs of a baseline day and an intervention day, the intervention day had the higher value (ties count half). For this measure a higher value is neither good nor bad.</source>
        <translation>NAP %1 voor %2: in %3% van alle paren van een dag uit de uitgangsfase en een dag uit de interventiefase had de interventiedag de hogere waarde (gelijke waarden tellen half). Voor deze meting is een hogere waarde niet goed of slecht.</translation>
    </message>
    <message>
        <source>By Parker and Vannest’s bands the increase is %1.</source>
        <translation>Volgens de indeling van Parker en Vannest is de toename %1.</translation>
    </message>
    <message>
        <source>By Parker and Vannest’s bands the decrease is %1.</source>
        <translation>Volgens de indeling van Parker en Vannest is de afname %1.</translation>
    </message>
    <message>
        <source>neutral: analysed as an increase, neither good nor bad</source>
        <translation>neutraal: geanalyseerd als toename, niet goed of slecht</translation>
    </message>
    <message>
        <source>One person, without blinding. The intervention has a locked randomised schedule, but these effect sizes do not use it: they compare the baseline before the start with every day after it, the planned A (no-treatment) days included, and show an association in time. The randomisation test of the schedule compares the planned A days with the planned B days.</source>
        <translation>Eén persoon, zonder blindering. De interventie heeft een vergrendeld randomisatieschema, maar deze effectgroottes gebruiken het niet: ze vergelijken de baseline vóór de start met elke dag erna, de geplande A-dagen (zonder behandeling) inbegrepen, en laten een samenhang in de tijd zien. De randomisatietoets van het schema vergelijkt de geplande A-dagen met de geplande B-dagen.</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Baseline</source>
        <translation>Uitgangsfase</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Interventie</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>[baseline trend %1 per recorded day, intercept %2]</source>
        <translation>[trend uitgangsfase %1 per geregistreerde dag, intercept %2]</translation>
    </message>
    <message>
        <source>[SE %1]</source>
        <translation>[SE %1]</translation>
    </message>
    <message>
        <source>NAP</source>
        <translation>NAP</translation>
    </message>
    <message>
        <source>Tau</source>
        <translation>Tau</translation>
    </message>
    <message>
        <source>Tau-U</source>
        <translation>Tau-U</translation>
    </message>
    <message>
        <source>Tau-BC</source>
        <translation>Tau-BC</translation>
    </message>
    <message>
        <source>Hedges’ g</source>
        <translation>Hedges’ g</translation>
    </message>
    <message>
        <source>N-of-1 effect sizes of an intervention on a measure for one participant: NAP with its SE and 95% CI, Tau, Tau-U, Tau-BC and Hedges’ g, baseline days (default 28) against the intervention phase.</source>
        <translation>N-of-1-effectgroottes van een interventie op een meting voor één deelnemer: NAP met SE en 95%-BI, Tau, Tau-U, Tau-BC en Hedges’ g, dagen in de uitgangsfase (standaard 28) tegenover de interventiefase.</translation>
    </message>
    <message>
        <source>%1 has no interventions, so there is no “%2” to analyse.</source>
        <translation>%1 heeft geen interventies, dus er is geen “%2” om te analyseren.</translation>
    </message>
    <message>
        <source>%1 has no intervention named “%2”; theirs are: %3.</source>
        <translation>%1 heeft geen interventie met de naam “%2”; wel deze: %3.</translation>
    </message>
    <message>
        <source>%1 has %2 periods of “%3”; this is the first, from %4.</source>
        <translation>%1 heeft %2 perioden van “%3”; dit is de eerste, vanaf %4.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>Baseline: up to %1 days before the start on %2.</source>
        <translation>Uitgangsfase: tot %1 dagen vóór de start op %2.</translation>
    </message>
    <message>
        <source>Caveats:</source>
        <translation>Kanttekeningen:</translation>
    </message>
    <message>
        <source>Visual analysis:</source>
        <translation>Visuele analyse:</translation>
    </message>
    <message>
        <source>It cannot be computed yet: %1</source>
        <translation>Die kan nog niet worden berekend: %1</translation>
    </message>
    <message>
        <source>The locked schedule’s test (as randtest gives it, with details): %1</source>
        <translation>De toets van het vergrendelde schema (zoals randtest die geeft, met details): %1</translation>
    </message>
</context>
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
    <name>AsksBeforeCancelling</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>Deze registratie weggooien?</translation>
    </message>
    <message>
        <source>What you entered has not been saved. Discard it?</source>
        <translation>Wat je hebt ingevuld is nog niet opgeslagen. Weggooien?</translation>
    </message>
</context>
<context>
    <name>AuditReplay</name>
    <message>
        <source>%1 row %2 differs from its last audited state (%3)</source>
        <translation>%1 rij %2 wijkt af van de laatste toestand in de audittrail (%3)</translation>
    </message>
    <message>
        <source>%1 row %2 has no audit record</source>
        <translation>%1 rij %2 heeft geen vermelding in de audittrail</translation>
    </message>
    <message>
        <source>%1 row %2 was removed without an audit record</source>
        <translation>%1 rij %2 is verwijderd zonder vermelding in de audittrail</translation>
    </message>
    <message>
        <source>journal entries without an audit record, neither their own nor an import&apos;s: %1</source>
        <translation>registraties zonder vermelding in de audittrail, niet als eigen rij en niet als import: %1</translation>
    </message>
    <message>
        <source>imported journal entries removed without an audit record: %1</source>
        <translation>geïmporteerde registraties verwijderd zonder vermelding in de audittrail: %1</translation>
    </message>
    <message>
        <source>adherence of intervention %1 on %2 differs from its last audited state</source>
        <translation>de therapietrouw van interventie %1 op %2 wijkt af van de laatste toestand in de audittrail</translation>
    </message>
    <message>
        <source>adherence of intervention %1 on %2 was removed without an audit record</source>
        <translation>de therapietrouw van interventie %1 op %2 is verwijderd zonder vermelding in de audittrail</translation>
    </message>
    <message>
        <source>adherence ticks without an audit record, neither their own nor an import&apos;s: %1</source>
        <translation>afvinkingen van therapietrouw zonder vermelding in de audittrail, niet als eigen rij en niet als import: %1</translation>
    </message>
    <message>
        <source>the tags of entry %1 differ from their last audited state</source>
        <translation>de tags van registratie %1 wijken af van de laatste toestand in de audittrail</translation>
    </message>
    <message>
        <source>the tags of entry %1 were removed without an audit record</source>
        <translation>de tags van registratie %1 zijn verwijderd zonder vermelding in de audittrail</translation>
    </message>
    <message>
        <source>entry tags without an audit record, neither their own nor an import&apos;s: %1</source>
        <translation>tags op registraties zonder vermelding in de audittrail, niet als eigen rij en niet als import: %1</translation>
    </message>
    <message>
        <source>participant id %1</source>
        <translation>deelnemer-id %1</translation>
    </message>
    <message>
        <source>%1 row %2 was deleted without an audit record</source>
        <translation>%1 rij %2 is als verwijderd gemarkeerd zonder vermelding in de audittrail</translation>
    </message>
    <message>
        <source>the journal entries the import at audit row %1 wrote (entry rows %2 to %3) were changed without an audit record: moved to another participant or date, or values or tags moved between them</source>
        <translation>de registraties die de import in auditrij %1 schreef (entry-rijen %2 tot en met %3) zijn gewijzigd zonder vermelding in de audittrail: naar een andere deelnemer of datum verplaatst, of waarden of tags tussen ze verschoven</translation>
    </message>
    <message numerus="yes">
        <source>the import at audit row %1 wrote %n %2 row(s) for participant %3; without an audit record that says why, there are now %4</source>
        <translation>
            <numerusform>de import in auditrij %1 schreef %n %2-rij voor deelnemer %3; zonder vermelding in de audittrail die zegt waarom zijn het er nu %4</numerusform>
            <numerusform>de import in auditrij %1 schreef %n %2-rijen voor deelnemer %3; zonder vermelding in de audittrail die zegt waarom zijn het er nu %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adherence tick(s) imported for participant %1 were removed without an audit record</source>
        <translation>
            <numerusform>%n geïmporteerde afvinking van therapietrouw van deelnemer %1 is verwijderd zonder vermelding in de audittrail</numerusform>
            <numerusform>%n geïmporteerde afvinkingen van therapietrouw van deelnemer %1 zijn verwijderd zonder vermelding in de audittrail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>Kan %1 niet verwijderen.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>Kan de map van %1 niet maken.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>Kan de back-up “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot put the backup in place as “%1”: %2</source>
        <translation>Kan de back-up niet als “%1” op zijn plaats zetten: %2</translation>
    </message>
    <message>
        <source>“%1” is the database itself; choose another file for the backup.</source>
        <translation>“%1” is de database zelf; kies een ander bestand voor de back-up.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name for the backup.</source>
        <translation>“%1” is een map; geef een bestandsnaam op voor de back-up.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Kan de map “%1” niet aanmaken.</translation>
    </message>
    <message>
        <source>The backup was not kept: the copy failed its check (%1). The database itself was not changed; run a verification of it.</source>
        <translation>De back-up is niet bewaard: de kopie kwam niet door de controle (%1). De database zelf is niet gewijzigd; voer er een verificatie op uit.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” is not a MoodBiome database, so nothing was restored.</source>
        <translation>“%1” is geen MoodBiome-database, dus er is niets teruggezet.</translation>
    </message>
    <message>
        <source>The audit trail of “%1” is broken (%2), so nothing was restored.</source>
        <translation>De audittrail van “%1” is niet intact (%2), dus er is niets teruggezet.</translation>
    </message>
    <message>
        <source>“%1” is the database itself, not a backup of it.</source>
        <translation>“%1” is de database zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <source>%1 is missing or different</source>
        <translation>%1 ontbreekt of is anders</translation>
    </message>
    <message>
        <source>%1 does not belong to MoodBiome</source>
        <translation>%1 hoort niet bij MoodBiome</translation>
    </message>
    <message>
        <source>“%1” does not have the tables of a MoodBiome database (%2), so nothing was restored.</source>
        <translation>“%1” heeft niet de tabellen van een MoodBiome-database (%2), dus er is niets teruggezet.</translation>
    </message>
    <message>
        <source>“%1” holds no MoodBiome data (schema version %2), so nothing was restored.</source>
        <translation>“%1” bevat geen MoodBiome-gegevens (schemaversie %2), dus er is niets teruggezet.</translation>
    </message>
    <message>
        <source>“%1” cannot be restored, so nothing was restored: %2</source>
        <translation>“%1” kan niet worden teruggezet, dus er is niets teruggezet: %2</translation>
    </message>
    <message>
        <source>“%1” is a database in use (“%2” lies beside it), so it was not overwritten. Choose another file name.</source>
        <translation>“%1” is een database die in gebruik is (“%2” staat ernaast), dus die is niet overschreven. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>“%1” is a working database, not a backup (backups are never in WAL mode), so it was not overwritten. Choose another file name.</source>
        <translation>“%1” is een database waarin gewerkt wordt, geen back-up (back-ups staan nooit in WAL-modus), dus die is niet overschreven. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>“%1” already exists and is not a MoodBiome database (or one that cannot be read with this database&apos;s passphrase), so it was not overwritten. Choose another file name.</source>
        <translation>“%1” bestaat al en is geen MoodBiome-database (of een die niet met de wachtzin van deze database te lezen is), dus het is niet overschreven. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>Kan “%1” niet lezen.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, pipe or socket), so it was not replaced; a backup is a file of its own. Give a file name for the backup.</source>
        <translation>“%1” is geen gewoon bestand (maar een apparaat, pipe of socket) en is dus niet vervangen; een back-up is een eigen bestand. Geef een bestandsnaam op voor de back-up.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> en nog %n</numerusform>
            <numerusform> en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is damaged: it fails its integrity check (%2), so nothing was restored. Choose another backup.</source>
        <translation>“%1” is beschadigd: het komt niet door de integriteitscontrole (%2), dus er is niets teruggezet. Kies een andere back-up.</translation>
    </message>
    <message>
        <source>The schema of “%1” was changed outside MoodBiome (%2), so nothing was restored. Choose another backup.</source>
        <translation>Het schema van “%1” is buiten MoodBiome gewijzigd (%2), dus er is niets teruggezet. Kies een andere back-up.</translation>
    </message>
    <message>
        <source>The data in “%1” were changed outside MoodBiome (%2), so nothing was restored. Choose another backup.</source>
        <translation>De gegevens in “%1” zijn buiten MoodBiome gewijzigd (%2), dus er is niets teruggezet. Kies een andere back-up.</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite cannot read it (%2), so nothing was restored. Choose another backup.</source>
        <translation>“%1” is beschadigd: SQLite kan het niet lezen (%2), dus er is niets teruggezet. Kies een andere back-up.</translation>
    </message>
    <message>
        <source>“%1” is a backup of another database, so it was not overwritten. Choose another file name.</source>
        <translation>“%1” is een back-up van een andere database en is daarom niet overschreven. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”.</source>
        <translation>Kan de back-up “%1” niet schrijven.</translation>
    </message>
    <message>
        <source>“%1” is a backup of another database, not of “%2” (their audit trails begin differently), so nothing was restored.</source>
        <translation>“%1” is een back-up van een andere database, niet van “%2” (hun audittrails beginnen verschillend); er is daarom niets teruggezet.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>an unknown date</source>
        <translation>een onbekende datum</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Er is geen back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Terugzetten vanuit een back-up</translation>
    </message>
    <message>
        <source>MoodBiome databases (*.sqlite *.db);;All files (*)</source>
        <translation>MoodBiome-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>The database now holds the data of %1.

The database as it was before is saved as “%2”.</source>
        <translation>De database bevat nu de gegevens van %1.

De database zoals die eerder was, is opgeslagen als “%2”.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <source>Restore the database from “%1”?</source>
        <translation>De database terugzetten vanuit “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>The backup holds the data of %1; it passed its integrity check and all %n audit row(s) in it are intact. What was entered after that date will no longer be in the database, but nothing is lost: the database as it is now is first saved in “%2”.</source>
        <translation>
            <numerusform>De back-up bevat de gegevens van %1; de back-up heeft de integriteitscontrole doorstaan en de %n auditrij erin is intact. Wat na die datum is ingevoerd, staat daarna niet meer in de database, maar er gaat niets verloren: de database zoals die nu is, wordt eerst opgeslagen in “%2”.</numerusform>
            <numerusform>De back-up bevat de gegevens van %1; de back-up heeft de integriteitscontrole doorstaan en alle %n auditrijen erin zijn intact. Wat na die datum is ingevoerd, staat daarna niet meer in de database, maar er gaat niets verloren: de database zoals die nu is, wordt eerst opgeslagen in “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>MoodBiome checked “%1” while opening it and found a problem:

%2

Nothing was changed. Restore a recent backup (File ▸ Restore from backup…), or keep a copy of the file and ask for help before you go on entering data.</source>
        <translation>MoodBiome heeft “%1” bij het openen gecontroleerd en een probleem gevonden:

%2

Er is niets gewijzigd. Zet een recente back-up terug (Bestand ▸ Terugzetten vanuit back-up…), of bewaar een kopie van het bestand en vraag om hulp voordat je verdergaat met gegevens invoeren.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the backup does not open with it. Nothing was changed.</source>
        <translation>Verkeerde wachtzin: de back-up gaat er niet mee open. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” is encrypted, or it is not a database at all. If it is a backup of an encrypted database, enter the passphrase the database had when the backup was made.</source>
        <translation>“%1” is versleuteld, of het is helemaal geen database. Is het een back-up van een versleutelde database, voer dan de wachtzin in die de database had toen de back-up werd gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>The database is not encrypted, so the restored data are stored without encryption. File ▸ Security… encrypts it.</source>
        <translation>De database is niet versleuteld, dus de teruggezette gegevens staan er onversleuteld in. Met Bestand ▸ Beveiliging… versleutel je hem.</translation>
    </message>
    <message>
        <source>“%1” is encrypted, but this database is not: its data will be stored without encryption. File ▸ Security… can encrypt the database afterwards.</source>
        <translation>“%1” is versleuteld, maar deze database niet: de gegevens worden onversleuteld opgeslagen. Met Bestand ▸ Beveiliging… kun je de database daarna versleutelen.</translation>
    </message>
    <message>
        <source>&amp;Restore without encryption</source>
        <translation>&amp;Onversleuteld terugzetten</translation>
    </message>
    <message>
        <source>Backed up to “%1”; the copy passed its check and is kept until you remove it.</source>
        <translation>Back-up gemaakt in “%1”; de kopie is gecontroleerd en blijft bewaard tot je hem verwijdert.</translation>
    </message>
    <message>
        <source>“%1” is a backup of another database, not of “%2”: their audit trails begin differently (another study, or a copy of another database). Restoring it replaces this database&apos;s data with that database&apos;s.</source>
        <translation>“%1” is een back-up van een andere database, niet van “%2”: hun audittrails beginnen verschillend (een ander onderzoek, of een kopie van een andere database). Terugzetten vervangt de gegevens van deze database door die van de andere.</translation>
    </message>
    <message>
        <source>&amp;Replace with the other database&apos;s data</source>
        <translation>&amp;Vervangen door de gegevens van de andere database</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>There is no database at “%1” yet; there is nothing to back up.</source>
        <translation>Er is nog geen database op “%1”; er valt niets te back-uppen.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to “%1” (%2 bytes). The copy passed its check: %3 ok, %n audit row(s) verified.</source>
        <translation>
            <numerusform>Back-up gemaakt in “%1” (%2 bytes). De kopie heeft de controle doorstaan: %3 ok, %n auditrij geverifieerd.</numerusform>
            <numerusform>Back-up gemaakt in “%1” (%2 bytes). De kopie heeft de controle doorstaan: %3 ok, %n auditrijen geverifieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded in the audit trail: %1</source>
        <translation>Niet vastgelegd in de audittrail: %1</translation>
    </message>
    <message>
        <source>Copy the database to %1 while it stays in use, and check the copy (integrity, audit chain). An existing MoodBiome file is replaced only by a copy that passed; any other file is refused.</source>
        <translation>Kopieer de database naar %1 terwijl deze in gebruik blijft, en controleer de kopie (integriteit, auditketen). Een bestaand MoodBiome-bestand wordt alleen vervangen door een kopie die de controle heeft doorstaan; elk ander bestaand bestand wordt geweigerd.</translation>
    </message>
    <message>
        <source>backup needs --output %1.</source>
        <translation>backup vereist --output %1.</translation>
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
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Algemene opties (voor of na de opdracht):</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 usage error; 2 invalid input, nothing written; 3 the database cannot be used; 4 verify found damage.</source>
        <translation>Afsluitcodes: 0 gelukt; 1 gebruiksfout; 2 ongeldige gegevens, niets geschreven; 3 de database is niet bruikbaar; 4 verify heeft schade gevonden.</translation>
    </message>
    <message>
        <source>--passphrase-file needs a file name.</source>
        <translation>--passphrase-file heeft een bestandsnaam nodig.</translation>
    </message>
    <message>
        <source>If it is encrypted, give its passphrase with --passphrase-file %1 or MOODBIOME_PASSPHRASE_FILE, or run the command on a terminal to be asked.</source>
        <translation>Als het versleuteld is, geef de wachtzin dan met --passphrase-file %1 of MOODBIOME_PASSPHRASE_FILE, of voer de opdracht uit in een terminal om ernaar gevraagd te worden.</translation>
    </message>
    <message>
        <source>A passphrase is never given on the command line, where other users can read it (ps). Use --passphrase-file %1 or MOODBIOME_PASSPHRASE_FILE, or type it when asked.</source>
        <translation>Een wachtzin wordt nooit op de opdrachtregel gegeven, waar andere gebruikers hem kunnen lezen (ps). Gebruik --passphrase-file %1 of MOODBIOME_PASSPHRASE_FILE, of typ hem als erom gevraagd wordt.</translation>
    </message>
    <message>
        <source>the passphrase of an encrypted database: the first line of %1 (or the file MOODBIOME_PASSPHRASE_FILE names; on a terminal it is asked for, without echo)</source>
        <translation>de wachtzin van een versleutelde database: de eerste regel van %1 (of van het bestand dat MOODBIOME_PASSPHRASE_FILE noemt; in een terminal wordt erom gevraagd, zonder dat hij zichtbaar is)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <source>Measures (%1 for log):</source>
        <translation>Metingen (%1 voor log):</translation>
    </message>
    <message>
        <source>Dates are %1, times %2 (24-hour).</source>
        <translation>Datums als %1, tijden als %2 (24-uursnotatie).</translation>
    </message>
</context>
<context>
    <name>CohortCommand</name>
    <message>
        <source>Every participant with an intervention (by name, or every one of a kind) aligned at its start as day 0: each day&apos;s values, their mean and its 95% confidence interval (t-based).</source>
        <translation>Elke deelnemer met een interventie (op naam, of elke interventie van een soort), uitgelijnd op de start als dag 0: de waarden per dag, hun gemiddelde en het 95%-betrouwbaarheidsinterval daarvan (op basis van de t-verdeling).</translation>
    </message>
    <message>
        <source>cohort needs either --intervention or --kind.</source>
        <translation>cohort verwacht --intervention of --kind.</translation>
    </message>
    <message>
        <source>The database holds no data yet.</source>
        <translation>De database bevat nog geen gegevens.</translation>
    </message>
    <message>
        <source>No participant has an intervention of kind “%1”.</source>
        <translation>Geen enkele deelnemer heeft een interventie van de soort “%1”.</translation>
    </message>
    <message>
        <source>No participant has an intervention named “%1”.</source>
        <translation>Geen enkele deelnemer heeft een interventie met de naam “%1”.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>gemiddelde</translation>
    </message>
    <message>
        <source>ci_lower</source>
        <translation>bi_onder</translation>
    </message>
    <message>
        <source>ci_upper</source>
        <translation>bi_boven</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 vanaf %2</translation>
    </message>
    <message>
        <source>Day 0 is each participant’s start: %1.</source>
        <translation>Dag 0 is de start bij elke deelnemer: %1.</translation>
    </message>
    <message>
        <source>The 95% confidence interval is mean ± t(0.975, n − 1) · SD / √n, from n = 2.</source>
        <translation>Het 95%-betrouwbaarheidsinterval is gemiddelde ± t(0.975, n − 1) · SD / √n, vanaf n = 2.</translation>
    </message>
    <message>
        <source>No site “%1” has been merged into this database.</source>
        <translation>Er is geen locatie “%1” in deze database samengevoegd.</translation>
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
        <source>There is no participant with code “%1”: the database holds no data yet.</source>
        <translation>Er is geen deelnemer met code “%1”: de database bevat nog geen gegevens.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 moet een geheel getal van %2 tot en met %3 zijn, niet “%4”.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; use one of %2.</source>
        <translation>Onbekende soort “%1”; gebruik een van %2.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 heeft --%2 nodig.</translation>
    </message>
    <message>
        <source>--%1 %2 is not a valid date; use %3, such as 2025-01-31.</source>
        <translation>--%1 %2 is geen geldige datum; gebruik %3, zoals 2025-01-31.</translation>
    </message>
    <message>
        <source>--%1 %2 is not a valid time; use %3 (24-hour), such as 08:30.</source>
        <translation>--%1 %2 is geen geldige tijd; gebruik %3 (24-uursnotatie), zoals 08:30.</translation>
    </message>
    <message>
        <source>a participant %1, such as P-001</source>
        <translation>de %1 van een deelnemer, zoals P-001</translation>
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
    <message>
        <source>line %1, %2: %3</source>
        <translation>regel %1, %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Text follows the closing quote of field %1; a field that contains quotes must be quoted whole, with each quote doubled (&quot;&quot;).</source>
        <translation>Er staat tekst na het afsluitende aanhalingsteken van veld %1; een veld met aanhalingstekens moet in zijn geheel tussen aanhalingstekens staan, met elk aanhalingsteken verdubbeld (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote opens on this line and is never closed; add the missing &quot;.</source>
        <translation>Op deze regel wordt een aanhalingsteken geopend dat nooit wordt gesloten; voeg het ontbrekende &quot; toe.</translation>
    </message>
    <message>
        <source>A quote opens on line %1 and is never closed; add the missing &quot;.</source>
        <translation>Op regel %1 wordt een aanhalingsteken geopend dat nooit wordt gesloten; voeg het ontbrekende &quot; toe.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>“%1” kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: it is a folder.</source>
        <translation>“%1” kan niet worden gelezen: het is een map.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: it is not a regular file (a device, pipe or socket); save the data to a file and import that.</source>
        <translation>“%1” kan niet worden gelezen: het is geen gewoon bestand (maar een apparaat, pipe of socket); sla de gegevens op in een bestand en importeer dat.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB, the most MoodBiome imports at once; split it into smaller files.</source>
        <translation>“%1” is groter dan %2 MiB, het meeste dat MoodBiome in één keer importeert; splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 byte-order mark but is not valid UTF-16; save it again as UTF-8.</source>
        <translation>Het bestand begint met een UTF-16-byte-order-mark maar is geen geldige UTF-16; sla het opnieuw op als UTF-8.</translation>
    </message>
    <message>
        <source>Line %1, byte %2 (0x%3): the file is UTF-8 but this byte is not, so it cannot be read safely as either UTF-8 or Windows-1252. Correct that byte, or save the file again as UTF-8.</source>
        <translation>Regel %1, byte %2 (0x%3): het bestand is UTF-8 maar deze byte niet, dus het kan niet veilig als UTF-8 of als Windows-1252 worden gelezen. Verbeter die byte, of sla het bestand opnieuw op als UTF-8.</translation>
    </message>
    <message>
        <source>Line %1, character %2 (0x%3): half of a UTF-16 surrogate pair without its other half, which is no character, so the file is not valid UTF-16. Correct it, or save the file again as UTF-8.</source>
        <translation>Regel %1, teken %2 (0x%3): de helft van een UTF-16-surrogaatpaar zonder de andere helft; dat is geen teken, dus het bestand is geen geldige UTF-16. Verbeter het, of sla het bestand opnieuw op als UTF-8.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>The date %1 lies outside the dates MoodBiome accepts, %2 to %3.</source>
        <translation>De datum %1 ligt buiten de datums die MoodBiome aanneemt, %2 tot en met %3.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill the database with realistic synthetic participants P-001, P-002, …: weekly rhythm, noise, missing days, interventions with modest effects. The same seed gives the same data.</source>
        <translation>De database vullen met realistische synthetische deelnemers P-001, P-002, …: weekritme, ruis, ontbrekende dagen en interventies met bescheiden effecten. Dezelfde seed geeft dezelfde gegevens.</translation>
    </message>
    <message>
        <source>Added %1 demo participants with %2 entries and %3 interventions (seed %4).</source>
        <translation>%1 demodeelnemers toegevoegd met %2 registraties en %3 interventies (seed %4).</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>Creating the demo data…</source>
        <translation>De demogegevens worden aangemaakt…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>probiotic</source>
        <translation>probioticum</translation>
    </message>
    <message>
        <source>placebo</source>
        <translation>placebo</translation>
    </message>
    <message>
        <source>diet</source>
        <translation>dieet</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <source>Mediterranean diet</source>
        <translation>Mediterraan dieet</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>Placebo capsule</source>
        <translation>Placebocapsule</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>capsule</translation>
    </message>
    <message>
        <source>billion CFU</source>
        <translation>miljard kve</translation>
    </message>
    <message>
        <source>Sertraline</source>
        <translation>Sertraline</translation>
    </message>
    <message>
        <source>Busy day at work</source>
        <translation>Drukke dag op het werk</translation>
    </message>
    <message>
        <source>Long walk, slept well</source>
        <translation>Lange wandeling, goed geslapen</translation>
    </message>
    <message>
        <source>coffee</source>
        <translation>koffie</translation>
    </message>
    <message>
        <source>kefir</source>
        <translation>kefir</translation>
    </message>
    <message>
        <source>running</source>
        <translation>hardlopen</translation>
    </message>
    <message>
        <source>friends</source>
        <translation>vrienden</translation>
    </message>
    <message>
        <source>late night</source>
        <translation>laat naar bed</translation>
    </message>
</context>
<context>
    <name>DesignCommand</name>
    <message>
        <source>--%1 “%2” is not a design; use ab, aba, abab, crd, rbd or atd.</source>
        <translation>--%1 “%2” is geen opzet; gebruik ab, aba, abab, crd, rbd of atd.</translation>
    </message>
    <message>
        <source>--seed “%1” is not a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed “%1” is geen geheel getal van 0 tot en met 18446744073709551615.</translation>
    </message>
    <message>
        <source>%1 has no interventions, so there is no “%2”.</source>
        <translation>%1 heeft geen interventies, dus er is geen “%2”.</translation>
    </message>
    <message>
        <source>%1 has no intervention named “%2”; theirs are: %3.</source>
        <translation>%1 heeft geen interventie met de naam “%2”; die van hen zijn: %3.</translation>
    </message>
    <message>
        <source>%1 · %2: %3, %4 days from %5 (minimum phase %6), seed %7.</source>
        <translation>%1 · %2: %3, %4 dagen vanaf %5 (minimale fase %6), seed %7.</translation>
    </message>
    <message>
        <source>Drawn from %1 admissible schedules; statistic %2.</source>
        <translation>Getrokken uit %1 toegestane schema’s; toetsingsgrootheid %2.</translation>
    </message>
    <message>
        <source>Locked; SHA-256 %1.</source>
        <translation>Vergrendeld; SHA-256 %1.</translation>
    </message>
    <message>
        <source>Draw a randomised schedule for an intervention before data collection, store it and lock it (its SHA-256 goes into the audit trail); a locked schedule is never replaced.</source>
        <translation>Trek vóór de gegevensverzameling een gerandomiseerd schema voor een interventie, sla het op en vergrendel het (de SHA-256 komt in het auditlogboek); een vergrendeld schema wordt nooit vervangen.</translation>
    </message>
    <message>
        <source>The statistic %1 needs a phase design (ab, aba or abab).</source>
        <translation>De toetsingsgrootheid %1 vraagt om een fase-opzet (ab, aba of abab).</translation>
    </message>
</context>
<context>
    <name>DesignText</name>
    <message>
        <source>The number of days must be between 2 and %1; it is %2.</source>
        <translation>Het aantal dagen moet tussen 2 en %1 liggen; het is %2.</translation>
    </message>
    <message>
        <source>The minimum phase length must be at least 1; it is %1.</source>
        <translation>De minimale faselengte moet minstens 1 zijn; ze is %1.</translation>
    </message>
    <message>
        <source>%1 phases of at least %2 days do not fit in %3 days.</source>
        <translation>%1 fasen van minstens %2 dagen passen niet in %3 dagen.</translation>
    </message>
    <message>
        <source>A %1 design needs an even number of days (half A, half B); %2 is odd.</source>
        <translation>Een %1-opzet vraagt om een even aantal dagen (half A, half B); %2 is oneven.</translation>
    </message>
    <message>
        <source>The longest run of one condition in an alternating design can be at most %1 days.</source>
        <translation>De langste reeks van één conditie in een alternerende opzet mag hoogstens %1 dagen zijn.</translation>
    </message>
    <message>
        <source>AB phase design</source>
        <translation>AB-fase-opzet</translation>
    </message>
    <message>
        <source>ABA phase design</source>
        <translation>ABA-fase-opzet</translation>
    </message>
    <message>
        <source>ABAB phase design</source>
        <translation>ABAB-fase-opzet</translation>
    </message>
    <message>
        <source>Completely randomised design</source>
        <translation>Volledig gerandomiseerde opzet</translation>
    </message>
    <message>
        <source>Randomised block design</source>
        <translation>Gerandomiseerde blokopzet</translation>
    </message>
    <message>
        <source>Alternating treatments design</source>
        <translation>Alternerende-behandelingenopzet</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported to “%1”. Rows: %n.</source>
        <translation>
            <numerusform>Geëxporteerd naar “%1”: %n rij.</numerusform>
            <numerusform>Geëxporteerd naar “%1”: %n rijen.</numerusform>
        </translation>
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
        <source>--to %1 lies before --from %2.</source>
        <translation>--to %1 ligt vóór --from %2.</translation>
    </message>
    <message>
        <source>Audit chain: %1 events, head %2 (verify --anchor %3 checks the database later).</source>
        <translation>Auditketen: %1 gebeurtenissen, kop %2 (verify --anchor %3 controleert de database later).</translation>
    </message>
    <message>
        <source>Unknown export format “%1”; use tidy, wide, json, fhir, redcap, redcap-dictionary or odm.</source>
        <translation>Onbekend exportformaat “%1”; gebruik tidy, wide, json, fhir, redcap, redcap-dictionary of odm.</translation>
    </message>
    <message>
        <source>No site “%1” has been merged into this database.</source>
        <translation>Er is geen locatie “%1” in deze database samengevoegd.</translation>
    </message>
    <message>
        <source>--fhir-system “%1” is not an absolute URI (such as https://example.org/trial or urn:oid:1.2.3).</source>
        <translation>--fhir-system “%1” is geen absolute URI (zoals https://example.org/trial of urn:oid:1.2.3).</translation>
    </message>
    <message>
        <source>There is no database at “%1” yet: this is the export of an empty one.</source>
        <translation>Er is nog geen database op “%1”: dit is de export van een lege database.</translation>
    </message>
    <message>
        <source>Export to stdout unless --output is given: tidy CSV (participant,date,time,measure,value,note,tags; the default), wide CSV (one row per participant-day, daily means, one column per measure with data) or JSON (participants, measures, entries, interventions, questionnaire responses). Participants appear by code; --include-names adds display names and notes to JSON. In CSV, a code or note that starts with =, +, -, @, a tab or a carriage return gets a single quote in front, so that a spreadsheet never runs it as a formula (import removes it again); --raw writes them as stored. FHIR R4 (--format fhir) writes one Bundle of Patient (code only), Observation, QuestionnaireResponse, MedicationStatement and Procedure resources; --fhir-system URI names the study&apos;s identifier system, --fhir-transaction writes a transaction Bundle with conditional creates instead of a collection. REDCap: --format redcap-dictionary writes a data dictionary, --format redcap the matching data for its Data Import Tool. CDISC ODM 1.3.2 (--format odm): study metadata, clinical data per participant and the audit trail as AuditRecords. --site %1 exports only the participants merged from that site.</source>
        <translation>Exporteer naar stdout, of naar het bestand bij --output: CSV (participant,date,time,measure,value,note,tags; de standaard), brede CSV (één rij per deelnemer per dag, daggemiddelden, één kolom per meting met gegevens) of JSON (deelnemers, metingen, registraties, interventies, ingevulde vragenlijsten). Deelnemers verschijnen met hun code; --include-names voegt weergavenamen en notities toe aan de JSON. In CSV krijgt een code of notitie die begint met =, +, -, @, een tab of een regelterugloop een enkel aanhalingsteken ervoor, zodat een spreadsheet haar nooit als formule uitvoert (importeren haalt het weer weg); --raw schrijft ze zoals ze zijn opgeslagen. FHIR R4 (--format fhir) schrijft één Bundle met Patient- (alleen de code), Observation-, QuestionnaireResponse-, MedicationStatement- en Procedure-resources; --fhir-system URI geeft het identificatiesysteem van de studie, --fhir-transaction schrijft een transactie-Bundle met voorwaardelijke aanmaak in plaats van een verzameling. REDCap: --format redcap-dictionary schrijft een datadictionary, --format redcap de bijbehorende gegevens voor de Data Import Tool. CDISC ODM 1.3.2 (--format odm): studiemetadata, klinische gegevens per deelnemer en de audittrail als AuditRecords. --site %1 exporteert alleen de deelnemers die van die locatie zijn samengevoegd.</translation>
    </message>
    <message>
        <source>%1 is not one of site %2&apos;s participants, so the export would be empty; leave out --site, or name one of that site&apos;s participants.</source>
        <translation>%1 is geen deelnemer van site %2, dus de export zou leeg zijn; laat --site weg, of noem een deelnemer van die site.</translation>
    </message>
</context>
<context>
    <name>FhirImport</name>
    <message>
        <source>Bundle entry %1: %2; nothing was imported.</source>
        <translation>Bundle-item %1: %2; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>“%1” is not JSON: %2 at byte %3; nothing was imported.</source>
        <translation>“%1” is geen JSON: %2 bij byte %3; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>“%1” is not a FHIR Bundle; nothing was imported.</source>
        <translation>“%1” is geen FHIR-Bundle; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>its subject “%1” is no Patient listed before it</source>
        <translation>het onderwerp “%1” is geen Patient die eerder in de Bundle staat</translation>
    </message>
    <message>
        <source>unknown intervention kind “%1”</source>
        <translation>onbekende soort interventie “%1”</translation>
    </message>
    <message>
        <source>an intervention needs a name and a start date</source>
        <translation>een interventie heeft een naam en een begindatum nodig</translation>
    </message>
    <message>
        <source>questionnaire “%1” is not one MoodBiome knows</source>
        <translation>vragenlijst “%1” kent MoodBiome niet</translation>
    </message>
    <message>
        <source>FHIR import of %1</source>
        <translation>FHIR-import van %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Bundle entry %1 (%2): %3; nothing was imported.</source>
        <translation>Bundle-item %1 (%2): %3; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 ontbreekt</translation>
    </message>
    <message>
        <source>%1 is %2, not a number</source>
        <translation>%1 is %2, geen getal</translation>
    </message>
    <message>
        <source>it has no identifier</source>
        <translation>het heeft geen identifier</translation>
    </message>
    <message>
        <source>its identifier is also that of Bundle entry %1</source>
        <translation>de identifier is ook die van Bundle-item %1</translation>
    </message>
    <message>
        <source>it has no fullUrl</source>
        <translation>het heeft geen fullUrl</translation>
    </message>
    <message>
        <source>its fullUrl “%1” is also that of Bundle entry %2</source>
        <translation>de fullUrl “%1” is ook die van Bundle-item %2</translation>
    </message>
    <message>
        <source>the export writes an intervention of kind “%1” as a %2</source>
        <translation>de export schrijft een interventie van de soort “%1” als %2</translation>
    </message>
    <message>
        <source>valueQuantity has unit “%1”, code “%2”, system “%3”; the export writes %4 with unit “%5”, code “%6”, system “%7”</source>
        <translation>valueQuantity heeft eenheid “%1”, code “%2”, systeem “%3”; de export schrijft %4 met eenheid “%5”, code “%6”, systeem “%7”</translation>
    </message>
    <message>
        <source>its %1 “%2” differs from “%3” of the other values of entry “%4” (Bundle entry %5)</source>
        <translation>de %1 “%2” verschilt van “%3” van de andere waarden van registratie “%4” (Bundle-item %5)</translation>
    </message>
    <message>
        <source>its note differs from that of the other values of entry “%1” (Bundle entry %2)</source>
        <translation>de notitie verschilt van die van de andere waarden van registratie “%1” (Bundle-item %2)</translation>
    </message>
    <message>
        <source>it is a second value of %1 in entry “%2” (Bundle entry %3)</source>
        <translation>het is een tweede waarde van %1 in registratie “%2” (Bundle-item %3)</translation>
    </message>
    <message>
        <source>effectiveDateTime “%1” is not a date-time as the export writes it</source>
        <translation>effectiveDateTime “%1” is geen datum met tijd zoals de export die schrijft</translation>
    </message>
    <message>
        <source>the answer to item “%1” is not a whole number in valueInteger</source>
        <translation>het antwoord op item “%1” is geen geheel getal in valueInteger</translation>
    </message>
    <message>
        <source>the answer to item “%1” is not one of the LOINC answer codes %2 in valueCoding</source>
        <translation>het antwoord op item “%1” is geen van de LOINC-antwoordcodes %2 in valueCoding</translation>
    </message>
    <message>
        <source>linkId “%1” is not an item of %2</source>
        <translation>linkId “%1” is geen item van de %2</translation>
    </message>
    <message>
        <source>it answers linkId “%1” twice</source>
        <translation>het beantwoordt linkId “%1” twee keer</translation>
    </message>
    <message>
        <source>item “%1” has %2 answers; the export writes one</source>
        <translation>item “%1” heeft %2 antwoorden; de export schrijft er één</translation>
    </message>
    <message>
        <source>there is no item with linkId “%1” (item %2 of %3)</source>
        <translation>er is geen item met linkId “%1” (item %2 van de %3)</translation>
    </message>
    <message>
        <source>authored “%1” is not a date-time as the export writes it</source>
        <translation>authored “%1” is geen datum met tijd zoals de export die schrijft</translation>
    </message>
    <message>
        <source>resource type “%1” is not one the export writes (%2)</source>
        <translation>resourcetype “%1” schrijft de export niet (alleen %2)</translation>
    </message>
    <message>
        <source>its %1 has no intervention code of MoodBiome&apos;s CodeSystem</source>
        <translation>de %1 heeft geen interventiecode uit het CodeSystem van MoodBiome</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a JSON field, what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>een array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>een tekst (string)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 is %2 in plaats van %3</translation>
    </message>
    <message>
        <source>%1 has %2 elements where the export writes one</source>
        <translation>%1 heeft %2 elementen, waar de export er één schrijft</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date as the export writes it</source>
        <translation>%1 “%2” is geen datum zoals de export die schrijft</translation>
    </message>
    <message>
        <source>“%1”: %2; nothing was imported.</source>
        <translation>“%1”: %2; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 lies before the start %2</source>
        <translation>%1 ligt vóór het begin %2</translation>
    </message>
    <message>
        <source>%1 lies in the future; a questionnaire is dated the day it was filled in</source>
        <translation>%1 ligt in de toekomst; een vragenlijst krijgt de datum van de dag waarop je hem invulde</translation>
    </message>
    <message>
        <source>the entry</source>
        <translation>het item</translation>
    </message>
    <message>
        <source>%1 holds \u%2 at character %3: half of a UTF-16 surrogate pair without its other half, which is no character</source>
        <translation>%1 bevat \u%2 op teken %3: de helft van een UTF-16-surrogaatpaar zonder de andere helft, en dat is geen teken</translation>
    </message>
    <message>
        <source>an object has the key “%1” twice (byte %2); which value counts is not defined, so the file is refused</source>
        <translation>een object heeft de sleutel “%1” twee keer (byte %2); welke waarde telt is niet bepaald, dus het bestand wordt geweigerd</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Unknown import format “%1”; use auto, tidy, wide or daylio.</source>
        <translation>Onbekend importformaat “%1”; gebruik auto, tidy, wide of daylio.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: “%1” has %n problem(s); correct every line listed and try again.</source>
        <translation>
            <numerusform>Niets geïmporteerd: “%1” bevat %n probleem; verbeter elke vermelde regel en probeer het opnieuw.</numerusform>
            <numerusform>Niets geïmporteerd: “%1” bevat %n problemen; verbeter elke vermelde regel en probeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run of “%1”: nothing was written.</source>
        <translation>Proefrun van “%1”: er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>“%1” geïmporteerd.</translation>
    </message>
    <message>
        <source>Rows: %1. Values to import: %2 in %3 entries.</source>
        <translation>Rijen: %1. Te importeren waarden: %2 in %3 registraties.</translation>
    </message>
    <message>
        <source>Rows: %1. Values imported: %2 in %3 entries.</source>
        <translation>Rijen: %1. Geïmporteerde waarden: %2 in %3 registraties.</translation>
    </message>
    <message>
        <source>Participants to create: %1.</source>
        <translation>Aan te maken deelnemers: %1.</translation>
    </message>
    <message>
        <source>Participants created: %1.</source>
        <translation>Aangemaakte deelnemers: %1.</translation>
    </message>
    <message>
        <source>Skipped %1 values already stored (same participant, date, time, measure and value).</source>
        <translation>%1 waarden overgeslagen die al waren opgeslagen (zelfde deelnemer, datum, tijd, meting en waarde).</translation>
    </message>
    <message>
        <source>Skipped %1 questionnaire totals: a total alone is not a questionnaire response.</source>
        <translation>%1 totaalscores van vragenlijsten overgeslagen: een totaalscore alleen is geen ingevulde vragenlijst.</translation>
    </message>
    <message>
        <source>Format: %1; separator: %2; %3; encoding: %4.</source>
        <translation>Formaat: %1; scheidingsteken: %2; %3; codering: %4.</translation>
    </message>
    <message>
        <source>Import a tidy, wide or Daylio CSV file, all or nothing: any bad line means nothing is written, and every bad line is listed. Values already stored are skipped. Daylio files need --participant; --mood-map gives a Daylio mood label a level from 1 (awful) to 5 (rad). --format fhir reads a FHIR Bundle that export --format fhir wrote, in one transaction.</source>
        <translation>Een tidy-, wide- of Daylio-CSV-bestand importeren, alles of niets: bij één foute regel wordt niets weggeschreven, en elke foute regel wordt vermeld. Waarden die al zijn opgeslagen, worden overgeslagen. Daylio-bestanden hebben --participant nodig; --mood-map geeft een stemmingslabel van Daylio een niveau van 1 (awful) tot 5 (rad). --format fhir leest een FHIR-Bundle die export --format fhir schreef, in één transactie.</translation>
    </message>
    <message>
        <source>--dry-run is not available for --format fhir.</source>
        <translation>--dry-run is niet beschikbaar bij --format fhir.</translation>
    </message>
    <message>
        <source>Imported “%1” (FHIR): %2 entries with %3 values, %4 questionnaire responses, %5 interventions; %6 resources skipped (questionnaire totals and others). New participants: %7.</source>
        <translation>“%1” geïmporteerd (FHIR): %2 registraties met %3 waarden, %4 ingevulde vragenlijsten, %5 interventies; %6 resources overgeslagen (vragenlijsttotalen en andere). Nieuwe deelnemers: %7.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Tags to create: %1.</source>
        <translation>Aan te maken tags: %1.</translation>
    </message>
    <message>
        <source>Tags created: %1.</source>
        <translation>Aangemaakte tags: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n entry(ies) stored already.</source>
        <translation>
            <numerusform>Tags toe te voegen aan %n registratie die al was opgeslagen.</numerusform>
            <numerusform>Tags toe te voegen aan %n registraties die al waren opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags added to %n entry(ies) stored already.</source>
        <translation>
            <numerusform>Tags toegevoegd aan %n registratie die al was opgeslagen.</numerusform>
            <numerusform>Tags toegevoegd aan %n registraties die al waren opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 to import</source>
        <translation>het te importeren %1</translation>
    </message>
    <message>
        <source>--mood-map “%1” is not %2 with a level from 1 (awful) to 5 (rad), such as --mood-map &quot;tired=2&quot;.</source>
        <translation>--mood-map “%1” is niet %2 met een niveau van 1 (awful) tot 5 (rad), zoals --mood-map &quot;moe=2&quot;.</translation>
    </message>
    <message>
        <source>Skipped %1 entries, questionnaire responses and interventions stored already.</source>
        <translation>%1 registraties, vragenlijstantwoorden en interventies die al waren opgeslagen zijn overgeslagen.</translation>
    </message>
</context>
<context>
    <name>ImportParser</name>
    <message>
        <source>Unknown column “%1” in a Daylio file; expected full_date, date, weekday, time, mood, activities, note_title and note.</source>
        <translation>Onbekende kolom “%1” in een Daylio-bestand; verwacht: full_date, date, weekday, time, mood, activities, note_title en note.</translation>
    </message>
    <message>
        <source>A Daylio file needs the columns full_date, or year and date.</source>
        <translation>Een Daylio-bestand heeft de kolom full_date nodig, of de kolommen year en date.</translation>
    </message>
    <message>
        <source>A Daylio file needs the columns time and mood.</source>
        <translation>Een Daylio-bestand heeft de kolommen time en mood nodig.</translation>
    </message>
    <message>
        <source>A Daylio file holds one person&apos;s entries; choose the participant they belong to (--participant CODE).</source>
        <translation>Een Daylio-bestand bevat de registraties van één persoon; kies de deelnemer bij wie ze horen (--participant CODE).</translation>
    </message>
    <message>
        <source>“%1 %2” is not a valid date; Daylio writes the year and a day and month such as “18 May”.</source>
        <translation>“%1 %2” is geen geldige datum; Daylio schrijft het jaar en een dag en maand, zoals “18 May”.</translation>
    </message>
    <message>
        <source>The mood is empty.</source>
        <translation>De stemming is leeg.</translation>
    </message>
    <message>
        <source>The participant code is empty.</source>
        <translation>De deelnemercode is leeg.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>De datum is leeg.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date; use 2024-12-31, 31-12-2024 or 31/12/2024.</source>
        <translation>“%1” is geen geldige datum; gebruik 2024-12-31, 31-12-2024 of 31/12/2024.</translation>
    </message>
    <message>
        <source>“%1” is not a valid time; use HH:MM such as 08:30 or 20:39, or 10:00 pm.</source>
        <translation>“%1” is geen geldige tijd; gebruik UU:MM, zoals 08:30 of 20:39, of 10:00 pm.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>De waarde is leeg.</translation>
    </message>
    <message>
        <source>“%1” is not a number; this file uses a decimal comma, as in 7,5.</source>
        <translation>“%1” is geen getal; dit bestand gebruikt een decimale komma, zoals in 7,5.</translation>
    </message>
    <message>
        <source>“%1” is not a number; this file uses a decimal point, as in 7.5.</source>
        <translation>“%1” is geen getal; dit bestand gebruikt een decimale punt, zoals in 7.5.</translation>
    </message>
    <message>
        <source>This row belongs to %1, but the import is for %2 only.</source>
        <translation>Deze rij hoort bij %1, maar de import is alleen voor %2.</translation>
    </message>
    <message>
        <source>This row has %1 fields where the header has %2; check for a separator inside a field that is not quoted.</source>
        <translation>Deze rij heeft %1 velden, terwijl de kopregel er %2 heeft; controleer of er een scheidingsteken staat in een veld dat niet tussen aanhalingstekens staat.</translation>
    </message>
    <message>
        <source>The file has no participant column; choose the participant it belongs to (--participant CODE).</source>
        <translation>Het bestand heeft geen kolom participant; kies de deelnemer bij wie het hoort (--participant CODE).</translation>
    </message>
    <message>
        <source>The header lacks the column “%1”.</source>
        <translation>In de kopregel ontbreekt de kolom “%1”.</translation>
    </message>
    <message>
        <source>The measure is empty.</source>
        <translation>De meting is leeg.</translation>
    </message>
    <message>
        <source>Unknown measure “%1”. Known measures: %2.</source>
        <translation>Onbekende meting “%1”. Bekende metingen: %2.</translation>
    </message>
    <message>
        <source>A wide file has one column per measure, not measure and value columns.</source>
        <translation>Een wide-bestand heeft één kolom per meting, geen kolommen measure en value.</translation>
    </message>
    <message>
        <source>The measure “%1” has two columns.</source>
        <translation>De meting “%1” heeft twee kolommen.</translation>
    </message>
    <message>
        <source>Unknown column “%1”: not a measure. Known measures: %2.</source>
        <translation>Onbekende kolom “%1”: geen meting. Bekende metingen: %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The header “%1” belongs to no format MoodBiome reads: tidy (participant,date,time,measure,value,note), wide (participant,date and one column per measure) or Daylio (full_date,date,weekday,time,mood,…).</source>
        <translation>De kopregel “%1” past bij geen enkel formaat dat MoodBiome leest: tidy (participant,date,time,measure,value,note), wide (participant,date en één kolom per meting) of Daylio (full_date,date,weekday,time,mood,…).</translation>
    </message>
    <message>
        <source>The mood label “%1” is not one of Daylio’s defaults; give it a level from 1 (awful) to 5 (rad) in the mapping step, or with --mood-map &quot;%1=4&quot;.</source>
        <translation>Het stemmingslabel “%1” is geen standaardlabel van Daylio; geef het een niveau van 1 (awful) tot 5 (rad) bij het koppelen, of met --mood-map &quot;%1=4&quot;.</translation>
    </message>
    <message>
        <source>A Daylio file holds one person&apos;s entries; choose the participant they belong to under Participant.</source>
        <translation>Een Daylio-bestand bevat de registraties van één persoon; kies bij Deelnemer van wie ze zijn.</translation>
    </message>
    <message>
        <source>The mood label “%1” is not one of Daylio’s defaults; give it a level from 1 (awful) to 5 (rad) in the table of mood labels.</source>
        <translation>Het stemmingslabel “%1” is geen standaardlabel van Daylio; geef het in de tabel met stemmingslabels een niveau van 1 (awful) tot 5 (rad).</translation>
    </message>
    <message>
        <source>The file has no participant column; choose the participant it belongs to under Participant.</source>
        <translation>Het bestand heeft geen deelnemerskolom; kies bij Deelnemer van wie het is.</translation>
    </message>
    <message>
        <source>Duplicate column “%1” (column %2): the header has it more than once; keep one.</source>
        <translation>Dubbele kolom “%1” (kolom %2): de kopregel bevat haar meer dan eens; houd er één over.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; a tidy file has participant, date, time, measure, value, note and tags.</source>
        <translation>Onbekende kolom “%1”; een tidy-bestand heeft participant, date, time, measure, value, note en tags.</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>tidy CSV (one value a row)</source>
        <translation>CSV (één waarde per rij)</translation>
    </message>
    <message>
        <source>wide CSV (one column per measure)</source>
        <translation>brede CSV (één kolom per meting)</translation>
    </message>
    <message>
        <source>Daylio export</source>
        <translation>Daylio-export</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>niet herkend</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>puntkomma (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>komma (,)</translation>
    </message>
    <message>
        <source>decimal comma (7,5)</source>
        <translation>decimale komma (7,5)</translation>
    </message>
    <message>
        <source>decimal point (7.5)</source>
        <translation>decimale punt (7.5)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… en nog %n probleem, niet vermeld.</numerusform>
            <numerusform>… en nog %n problemen, niet vermeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>Windows-1252 (not UTF-8)</source>
        <translation>Windows-1252 (geen UTF-8)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>There is no participant with code “%1”; add them first.</source>
        <translation>Er is geen deelnemer met code “%1”; voeg die eerst toe.</translation>
    </message>
    <message>
        <source>The participant %1 was deleted; restore them before importing their data.</source>
        <translation>Deelnemer %1 is verwijderd; zet de deelnemer terug voordat je de gegevens importeert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 withdrew on %2; their journal is read-only, so none of their %n row(s) can be imported.</source>
        <translation>
            <numerusform>%1 is op %2 teruggetrokken; het dagboek is alleen-lezen, dus de %n rij kan niet worden geïmporteerd.</numerusform>
            <numerusform>%1 is op %2 teruggetrokken; het dagboek is alleen-lezen, dus geen van de %n rijen kan worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has problems; nothing was imported. Correct every line listed and try again.</source>
        <translation>Het bestand bevat fouten; er is niets geïmporteerd. Corrigeer elke genoemde regel en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” differs only in upper or lower case from “%2”, so the two would be taken for one another; none of the %n row(s) of “%1” can be imported. Spell each participant&apos;s code one way.</source>
        <translation>
            <numerusform>“%1” verschilt alleen in hoofd- of kleine letters van “%2”, zodat de twee voor elkaar kunnen worden aangezien; de regel van “%1” kan niet worden geïmporteerd. Schrijf de code van elke deelnemer op één manier.</numerusform>
            <numerusform>“%1” verschilt alleen in hoofd- of kleine letters van “%2”, zodat de twee voor elkaar kunnen worden aangezien; geen van de %n regels van “%1” kan worden geïmporteerd. Schrijf de code van elke deelnemer op één manier.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the MoodBiome database that is open, not a file to import. Choose a CSV file.</source>
        <translation>“%1” is de MoodBiome-database die open is, geen bestand om te importeren. Kies een CSV-bestand.</translation>
    </message>
</context>
<context>
    <name>InsightsCommand</name>
    <message>
        <source>Which tags and numeric measures go with a higher or lower value of a measure (default mood) on the same day and up to N days later (default 2): Welch t-tests and Pearson r, Benjamini-Hochberg adjusted p-values, sorted by them.</source>
        <translation>Welke tags en numerieke meetwaarden samengaan met een hogere of lagere waarde van een meetwaarde (standaard stemming) op dezelfde dag en tot N dagen later (standaard 2): Welch-t-toetsen en Pearsons r, met Benjamini-Hochberg gecorrigeerde p-waarden, daarop gesorteerd.</translation>
    </message>
    <message>
        <source>%1 · insights for %2</source>
        <translation>%1 · inzichten voor %2</translation>
    </message>
    <message>
        <source>No tags or other measures to compare yet.</source>
        <translation>Nog geen tags of andere meetwaarden om te vergelijken.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Vertraging</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Difference / r</source>
        <translation>Verschil / r</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-BI</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>Gecorrigeerde p</translation>
    </message>
</context>
<context>
    <name>InsightsText</name>
    <message numerus="yes">
        <source>this held up after testing %n factor(s).</source>
        <translation>
            <numerusform>dit bleef overeind na het testen van %n factor.</numerusform>
            <numerusform>dit bleef overeind na het testen van %n factoren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after testing %n factor(s) this may well be chance.</source>
        <translation>
            <numerusform>na het testen van %n factor kan dit goed toeval zijn.</numerusform>
            <numerusform>na het testen van %n factoren kan dit goed toeval zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>this may well be chance.</source>
        <translation>dit kan goed toeval zijn.</translation>
    </message>
    <message>
        <source>On days with %1</source>
        <translation>Op dagen met %1</translation>
    </message>
    <message>
        <source>On days after %1</source>
        <translation>Op dagen na %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n dag na %1</numerusform>
            <numerusform>%n dagen na %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 your %2 was %3 higher (95% CI %4 to %5); %6</source>
        <translation>%1 was je %2 %3 hoger (95%-BI %4 tot %5); %6</translation>
    </message>
    <message>
        <source>%1 your %2 was %3 lower (95% CI %4 to %5); %6</source>
        <translation>%1 was je %2 %3 lager (95%-BI %4 tot %5); %6</translation>
    </message>
    <message>
        <source>on the same day</source>
        <translation>op dezelfde dag</translation>
    </message>
    <message>
        <source>the next day</source>
        <translation>de dag erna</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n dag later</numerusform>
            <numerusform>%n dagen later</numerusform>
        </translation>
    </message>
    <message>
        <source>, 95% CI %1 to %2</source>
        <translation>, 95%-BI %1 tot %2</translation>
    </message>
    <message>
        <source>The more %1, the higher your %2 %3 (r = %4%5); %6</source>
        <translation>Hoe meer %1, hoe hoger je %2 %3 (r = %4%5); %6</translation>
    </message>
    <message>
        <source>The more %1, the lower your %2 %3 (r = %4%5); %6</source>
        <translation>Hoe meer %1, hoe lager je %2 %3 (r = %4%5); %6</translation>
    </message>
    <message>
        <source>%1 (%2): the values do not vary, so there is nothing to test.</source>
        <translation>%1 (%2): de waarden variëren niet, dus er valt niets te toetsen.</translation>
    </message>
    <message>
        <source>%1 (%2): not enough days (%3 with, %4 without; at least %5 of each are needed).</source>
        <translation>%1 (%2): te weinig dagen (%3 met, %4 zonder; van elk zijn er minstens %5 nodig).</translation>
    </message>
    <message>
        <source>%1 (%2): not enough days (%3 pairs of days; at least %4 are needed).</source>
        <translation>%1 (%2): te weinig dagen (%3 dagparen; er zijn er minstens %4 nodig).</translation>
    </message>
    <message>
        <source>There is not enough data yet to compare days with and without a tag.</source>
        <translation>Er zijn nog te weinig gegevens om dagen met en zonder een tag te vergelijken.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing stands out after testing %n factor(s): no tag or measure goes with a clearly different %1.</source>
        <translation>
            <numerusform>Na het testen van %n factor valt niets op: geen tag of meetwaarde gaat samen met een duidelijk andere %1.</numerusform>
            <numerusform>Na het testen van %n factoren valt niets op: geen tag of meetwaarde gaat samen met een duidelijk andere %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are associations in your own diary, not proof of cause: days with a tag may differ in other ways too. To find out whether something really helps you, plan a randomised N-of-1 trial.</source>
        <translation>Dit zijn samenhangen in je eigen dagboek, geen bewijs van oorzaak: dagen met een tag kunnen ook op andere punten verschillen. Wil je weten of iets je echt helpt, plan dan een gerandomiseerde N-of-1-studie.</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>dezelfde dag</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>not enough days</source>
        <translation>te weinig dagen</translation>
    </message>
    <message>
        <source>no variation</source>
        <translation>geen variatie</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 punten</translation>
    </message>
</context>
<context>
    <name>InstrumentSource</name>
    <message>
        <source>Developed by Drs. Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.</source>
        <translation>Ontwikkeld door dr. Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke en collega’s, met een onderwijssubsidie van Pfizer Inc. Reproduceren, vertalen, tonen en verspreiden mag zonder toestemming.</translation>
    </message>
    <message>
        <source>Sheldon Cohen, Carnegie Mellon University. Free for non-commercial research and education.</source>
        <translation>Sheldon Cohen, Carnegie Mellon University. Vrij te gebruiken voor niet-commercieel onderzoek en onderwijs.</translation>
    </message>
    <message>
        <source>Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital, Hillerød, Denmark (1998). Free to use.</source>
        <translation>Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital, Hillerød, Denemarken (1998). Vrij te gebruiken.</translation>
    </message>
</context>
<context>
    <name>InterventionAddCommand</name>
    <message>
        <source>Add an intervention for a participant. K is one of %1. Without --end it is ongoing; an --end equal to --start makes a one-day event (such as an FMT).</source>
        <translation>Een interventie voor een deelnemer toevoegen. K is een van %1. Zonder --end blijft de interventie lopen; een --end gelijk aan --start maakt er een eendaagse gebeurtenis van (zoals een FMT).</translation>
    </message>
    <message>
        <source>The end date %1 lies before the start date %2.</source>
        <translation>De einddatum %1 ligt vóór de startdatum %2.</translation>
    </message>
    <message>
        <source>--dose “%1” is not a number of zero or more.</source>
        <translation>--dose “%1” is geen getal van nul of meer.</translation>
    </message>
    <message>
        <source>Added %1 “%2” for %3 from %4.</source>
        <translation>%1 “%2” toegevoegd voor %3 vanaf %4.</translation>
    </message>
</context>
<context>
    <name>InterventionListCommand</name>
    <message>
        <source>List the interventions of one participant, or of everyone.</source>
        <translation>Toon de interventies van één deelnemer, of van iedereen.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>No interventions yet.</source>
        <translation>Nog geen interventies.</translation>
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
    <message>
        <source>The dose must be a number, such as 10 or 2.5.</source>
        <translation>De dosis moet een getal zijn, zoals 10 of 2,5.</translation>
    </message>
    <message>
        <source>The dose cannot be negative.</source>
        <translation>De dosis mag niet negatief zijn.</translation>
    </message>
    <message>
        <source>The dose cannot be more than %1; give a large dose in a larger unit, such as 10 billion CFU.</source>
        <translation>De dosis mag niet meer zijn dan %1; geef een grote dosis op in een grotere eenheid, zoals 10 miljard KVE.</translation>
    </message>
    <message>
        <source>The intervention name “%1” contains a control character (U+%2) at character %3.</source>
        <translation>De interventienaam “%1” bevat een stuurteken (U+%2) op teken %3.</translation>
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
        <translation>Registratie %1 vastgelegd voor %2 op %3: %4</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>een notitie</translation>
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
        <source>There is no tag “%1”; add it first with: tag add “%1”.</source>
        <translation>Er is geen tag “%1”; voeg hem eerst toe met: tag add “%1”.</translation>
    </message>
    <message>
        <source>Record one journal entry. Without --date: now. %1 is a number with a decimal point, within the measure&apos;s range.</source>
        <translation>Leg één dagboekregistratie vast. Zonder --date: nu. %1 is een getal met een punt als decimaalteken, binnen het bereik van de meting.</translation>
    </message>
    <message>
        <source>a participant %1 and at least one %2, such as mood=7</source>
        <translation>de %1 van een deelnemer en minstens één %2, zoals mood=7</translation>
    </message>
    <message>
        <source>log needs at least one %1, such as mood=7, a --tag or a --note.</source>
        <translation>log heeft minstens één %1 nodig, zoals mood=7, een --tag of een --note.</translation>
    </message>
    <message>
        <source>“%1” is not %2, such as mood=7.</source>
        <translation>“%1” heeft niet de vorm %2, zoals mood=7.</translation>
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
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The language code of this translation: &quot;nl&quot; in Dutch. Measure labels in messages follow it.</extracomment>
        <translation>nl</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Give one --site-code per site database: %1 databases, %2 codes.</source>
        <translation>Geef één --site-code per locatiedatabase: %1 databases, %2 codes.</translation>
    </message>
    <message>
        <source>The site database %1 does not exist.</source>
        <translation>De locatiedatabase %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The site database %1 is damaged; nothing was merged. %2</source>
        <translation>De locatiedatabase %1 is beschadigd; er is niets samengevoegd. %2</translation>
    </message>
    <message>
        <source>Site %1 (%2): %3 new participants, %4 entries, %5 questionnaire responses, %6 interventions, %7 audit events kept as provenance.</source>
        <translation>Locatie %1 (%2): %3 nieuwe deelnemers, %4 registraties, %5 ingevulde vragenlijsten, %6 interventies, %7 auditgebeurtenissen bewaard als herkomst.</translation>
    </message>
    <message>
        <source>Renamed where the code was taken: %1.</source>
        <translation>Hernoemd waar de code al bestond: %1.</translation>
    </message>
    <message>
        <source>Give one --site-passphrase-file for all sites, or one per site database in the same order: %1 databases, %2 files.</source>
        <translation>Geef één --site-passphrase-file voor alle locaties, of één per locatiedatabase in dezelfde volgorde: %1 databases, %2 bestanden.</translation>
    </message>
    <message>
        <source>The site database %1 does not open with the passphrase given; nothing was merged.</source>
        <translation>De locatiedatabase %1 gaat niet open met de opgegeven wachtzin; er is niets samengevoegd.</translation>
    </message>
    <message>
        <source>The site database %1 is encrypted, or not a database at all; nothing was merged. Give its passphrase with --site-passphrase-file %2, or run the command on a terminal to be asked.</source>
        <translation>De locatiedatabase %1 is versleuteld, of helemaal geen database; er is niets samengevoegd. Geef de wachtzin met --site-passphrase-file %2, of voer de opdracht uit in een terminal om ernaar gevraagd te worden.</translation>
    </message>
    <message>
        <source>one or more %1 databases</source>
        <translation>een of meer databases van een %1</translation>
    </message>
    <message>
        <source>Merge site databases into the centre&apos;s (--into, or --database): each site is verified first (integrity, audit chain) and a damaged one is refused; give one --site-code per site, in the same order. A participant code the centre already has becomes %1 (--keep-codes refuses instead). Merging a site again adds what is new and applies the site&apos;s changes since (a row the centre changed too is refused). All sites are merged in one transaction. An encrypted site needs its passphrase: one --site-passphrase-file for all sites, or one per site in the same order (asked on a terminal when none is given).</source>
        <translation>Voeg databases van locaties samen in die van het coördinerend centrum (--into, of --database): elke locatie wordt eerst gecontroleerd (integriteit, auditketen) en een beschadigde wordt geweigerd; geef één --site-code per locatie, in dezelfde volgorde. Een deelnemerscode die het centrum al heeft, wordt %1 (--keep-codes weigert dan). Een locatie opnieuw samenvoegen voegt toe wat nieuw is en neemt de wijzigingen van de locatie sindsdien over (een rij die het centrum zelf ook wijzigde, wordt geweigerd). Alle locaties worden in één transactie samengevoegd. Een versleutelde locatie heeft haar wachtzin nodig: één --site-passphrase-file voor alle locaties, of één per locatie in dezelfde volgorde (in een terminal wordt erom gevraagd als er geen is opgegeven).</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>A participant needs a code, such as P-001.</source>
        <translation>Een deelnemer heeft een code nodig, zoals P-001.</translation>
    </message>
    <message>
        <source>The code “%1” must have no spaces at the start or end.</source>
        <translation>De code “%1” mag niet met een spatie beginnen of eindigen.</translation>
    </message>
    <message>
        <source>The code “%1” is longer than 40 characters.</source>
        <translation>De code “%1” is langer dan 40 tekens.</translation>
    </message>
    <message>
        <source>The code “%1” has a / where none can be: one / stands only between a site code and a code, as in SITE-A/P-001.</source>
        <translation>De code “%1” heeft een / op een plek waar die niet kan staan: één / staat alleen tussen een locatiecode en een code, zoals in SITE-A/P-001.</translation>
    </message>
    <message>
        <source>The code “%1” contains U+%2; a code has only the letters A–Z and a–z, the digits 0–9 and - _ . (and one / between a site code and a code, as in SITE-A/P-001)</source>
        <translation>De code “%1” bevat U+%2; een code bestaat alleen uit de letters A–Z en a–z, de cijfers 0–9 en - _ . (en één / tussen een locatiecode en een code, zoals in SITE-A/P-001)</translation>
    </message>
    <message>
        <source>Me</source>
        <comment>the self-tracker of single-person mode</comment>
        <translation>Ik</translation>
    </message>
</context>
<context>
    <name>ParticipantAddCommand</name>
    <message>
        <source>Add a participant with a unique pseudonymous code, such as P-001. Creates the database when there is none yet.</source>
        <translation>Voeg een deelnemer toe met een unieke pseudonieme code, zoals P-001. Maakt de database aan als die er nog niet is.</translation>
    </message>
    <message>
        <source>Added participant %1.</source>
        <translation>Deelnemer %1 toegevoegd.</translation>
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
        <translation>Registraties</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Nog geen deelnemers.</translation>
    </message>
    <message>
        <source>Safety flag</source>
        <translation>Veiligheidssignaal</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n open</source>
        <translation>
            <numerusform>⚠ %n open</numerusform>
            <numerusform>⚠ %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n participant(s) with an open safety flag (PHQ-9 item 9 above 0): contact them as your protocol says, and acknowledge the flag in the Questionnaires tab of the app.</source>
        <translation>
            <numerusform>⚠ %n deelnemer met een open veiligheidssignaal (PHQ-9 item 9 boven 0): neem contact op zoals je protocol voorschrijft, en bevestig het signaal op het tabblad Vragenlijsten van de app.</numerusform>
            <numerusform>⚠ %n deelnemers met een open veiligheidssignaal (PHQ-9 item 9 boven 0): neem contact op zoals je protocol voorschrijft, en bevestig het signaal op het tabblad Vragenlijsten van de app.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the participants with their number of journal entries and open safety flags.</source>
        <translation>Toon de deelnemers met hun aantal dagboekregistraties en open veiligheidssignalen.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>UU:MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>NEW-NAME</source>
        <translation>NIEUWE-NAAM</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WAARDE</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>INSTRUMENT</source>
        <translation>INSTRUMENT</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ITEMS</translation>
    </message>
    <message>
        <source>COUNT:HASH</source>
        <translation>AANTAL:HASH</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>LOCATIE</translation>
    </message>
    <message>
        <source>CENTRE</source>
        <translation>CENTRUM</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
</context>
<context>
    <name>QuestionnaireAddCommand</name>
    <message>
        <source>--date %1 lies in the future; a questionnaire is dated the day it was filled in.</source>
        <translation>--date %1 ligt in de toekomst; een vragenlijst krijgt de datum waarop hij is ingevuld.</translation>
    </message>
    <message>
        <source>Stored response %1 for %2 on %3.</source>
        <translation>Ingevulde vragenlijst %1 van %2 op %3 opgeslagen.</translation>
    </message>
    <message>
        <source>Store a filled-in questionnaire for a participant, dated today unless --date is given. %1 and %2 as for score.</source>
        <translation>Een ingevulde vragenlijst van een deelnemer opslaan, met de datum van vandaag tenzij --date is opgegeven. %1 en %2 zoals bij score.</translation>
    </message>
    <message>
        <source>a participant %1, an %2 and %3, such as P-001 phq9 0,1,2,3,0,1,2,3,1</source>
        <translation>de %1 van een deelnemer, een %2 en %3, zoals P-001 phq9 0,1,2,3,0,1,2,3,1</translation>
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
    <message>
        <source>Are you thinking about death or about harming yourself? Talk to someone today: call your GP or your local crisis line; in an emergency call 112 or 911.</source>
        <translation>Denk je aan de dood of aan jezelf iets aandoen? Bel 113 Zelfmoordpreventie (0800-0113, gratis, dag en nacht) of je huisarts; bij direct gevaar 112.</translation>
    </message>
</context>
<context>
    <name>RandomisationPlanText</name>
    <message>
        <source>Randomised plan for this day: %1 — with “%2”.</source>
        <translation>Gerandomiseerd plan voor deze dag: %1 — met “%2”.</translation>
    </message>
    <message>
        <source>Randomised plan for this day: %1 — without “%2”.</source>
        <translation>Gerandomiseerd plan voor deze dag: %1 — zonder “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 vanaf %2 (%n dag)</numerusform>
            <numerusform>%1 vanaf %2 (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 days from %3 (minimum phase %4), seed %5: %6. Locked with SHA-256 %7.</source>
        <translation>%1, %2 dagen vanaf %3 (minimale fase %4), seed %5: %6. Vergrendeld met SHA-256 %7.</translation>
    </message>
    <message>
        <source>The test cannot be computed yet: %1</source>
        <translation>De toets kan nog niet worden berekend: %1</translation>
    </message>
    <message>
        <source>The effect sizes above compare the baseline before the start with everything after it; the randomisation test compares the planned A days with the planned B days.</source>
        <translation>De effectgroottes hierboven vergelijken de uitgangsfase vóór de start met alles erna; de randomisatietoets vergelijkt de geplande A-dagen met de geplande B-dagen.</translation>
    </message>
    <message>
        <source>Randomised schedules</source>
        <translation>Gerandomiseerde schema’s</translation>
    </message>
    <message>
        <source>Locked on %1; the plan starts on %2.</source>
        <translation>Vergrendeld op %1; het plan begint op %2.</translation>
    </message>
</context>
<context>
    <name>RandomisationText</name>
    <message>
        <source>The number of draws must be between 1 and %1; it is %2.</source>
        <translation>Het aantal trekkingen moet tussen 1 en %1 liggen; het is %2.</translation>
    </message>
    <message>
        <source>The statistic %1 needs a phase design (AB, ABA or ABAB); use A-B, B-A or |A-B| for %2.</source>
        <translation>De toetsingsgrootheid %1 vraagt om een fase-opzet (AB, ABA of ABAB); gebruik A-B, B-A of |A-B| voor %2.</translation>
    </message>
    <message>
        <source>The schedule has %1 days but there are %2 values; both must have the planned %3 days.</source>
        <translation>Het schema heeft %1 dagen maar er zijn %2 waarden; beide moeten de geplande %3 dagen hebben.</translation>
    </message>
    <message>
        <source>There are no measured A days or no measured B days, so there is nothing to compare.</source>
        <translation>Er zijn geen gemeten A-dagen of geen gemeten B-dagen, dus er valt niets te vergelijken.</translation>
    </message>
    <message>
        <source>A multiple-baseline test needs at least one participant.</source>
        <translation>Een multiple-baselinetoets vraagt om minstens één deelnemer.</translation>
    </message>
    <message>
        <source>A multiple baseline is tested with A-B, B-A or |A-B|.</source>
        <translation>Een multiple baseline wordt getoetst met A-B, B-A of |A-B|.</translation>
    </message>
    <message>
        <source>Participant %1: the start window %2–%3 and the start %4 must lie inside days 1–%5 with the start in the window.</source>
        <translation>Deelnemer %1: het startvenster %2–%3 en de start %4 moeten binnen dag 1–%5 liggen, met de start in het venster.</translation>
    </message>
    <message>
        <source>Participant %1 has no measured A day or no measured B day with the observed start.</source>
        <translation>Deelnemer %1 heeft met de waargenomen start geen gemeten A-dag of geen gemeten B-dag.</translation>
    </message>
    <message>
        <source>mean of A minus mean of B</source>
        <translation>gemiddelde van A min gemiddelde van B</translation>
    </message>
    <message>
        <source>mean of B minus mean of A</source>
        <translation>gemiddelde van B min gemiddelde van A</translation>
    </message>
    <message>
        <source>absolute difference of the A and B means</source>
        <translation>absoluut verschil tussen de gemiddelden van A en B</translation>
    </message>
    <message>
        <source>mean of the A phase means minus mean of the B phase means</source>
        <translation>gemiddelde van de A-fasegemiddelden min gemiddelde van de B-fasegemiddelden</translation>
    </message>
    <message>
        <source>mean of the B phase means minus mean of the A phase means</source>
        <translation>gemiddelde van de B-fasegemiddelden min gemiddelde van de A-fasegemiddelden</translation>
    </message>
    <message>
        <source>absolute difference of the A and B phase means</source>
        <translation>absoluut verschil tussen de fasegemiddelden van A en B</translation>
    </message>
    <message>
        <source>Randomisation test (%1, %2): observed %3; %4 of the %5 schedules that could have been drawn give at least as large a value, p = %6. The change is larger than %7% of the possible schedules.</source>
        <translation>Randomisatietoets (%1, %2): waargenomen %3; %4 van de %5 schema’s die getrokken hadden kunnen worden geven een minstens even grote waarde, p = %6. De verandering is groter dan bij %7% van de mogelijke schema’s.</translation>
    </message>
    <message>
        <source>Randomisation test (%1, %2): observed %3; %4 of %5 randomly drawn schedules (seed %6) give at least as large a value, p = %7 (Monte Carlo, (1 + count)/(draws + 1)). The change is larger than about %8% of the possible schedules.</source>
        <translation>Randomisatietoets (%1, %2): waargenomen %3; %4 van %5 willekeurig getrokken schema’s (seed %6) geven een minstens even grote waarde, p = %7 (Monte Carlo, (1 + aantal)/(trekkingen + 1)). De verandering is groter dan bij ongeveer %8% van de mogelijke schema’s.</translation>
    </message>
    <message>
        <source>The test shows whether the difference is larger than chance under the schedule that was drawn; it does not show how large or how lasting the effect is, and it relies on the schedule having been fixed before the data were collected.</source>
        <translation>De toets laat zien of het verschil groter is dan toeval onder het getrokken schema; hij laat niet zien hoe groot of hoe blijvend het effect is, en hij rust erop dat het schema vastlag voordat de gegevens werden verzameld.</translation>
    </message>
    <message>
        <source>Day %1: the value %2 is not a number.</source>
        <translation>Dag %1: de waarde %2 is geen getal.</translation>
    </message>
    <message>
        <source>Day %1: the value %2 is too large; the values may add up to at most %3 (ignoring their signs) for the means and their differences to be numbers.</source>
        <translation>Dag %1: de waarde %2 is te groot; opgeteld (zonder hun tekens) mogen de waarden hoogstens %3 zijn, zodat de gemiddelden en hun verschillen getallen blijven.</translation>
    </message>
    <message>
        <source>Participant %1: %2</source>
        <translation>Deelnemer %1: %2</translation>
    </message>
    <message>
        <source>Not valid as a randomisation test: this schedule was locked on %1, after data collection in its days had begun (first value on %2). The test assumes the schedule was fixed before any of its days were measured, so its p-value means nothing here.</source>
        <translation>Niet geldig als randomisatietoets: dit schema is vergrendeld op %1, nadat de gegevensverzameling in zijn dagen al was begonnen (eerste waarde op %2). De toets gaat ervan uit dat het schema vastlag voordat een van zijn dagen werd gemeten, dus de p-waarde zegt hier niets.</translation>
    </message>
    <message>
        <source>%1 is not the pre-registered statistic of this schedule (%2): an exploratory test, whose p-value does not carry the guarantee of the pre-registered one.</source>
        <translation>%1 is niet de vooraf vastgelegde toetsingsgrootheid van dit schema (%2): een verkennende toets, waarvan de p-waarde niet de zekerheid heeft van de vooraf vastgelegde.</translation>
    </message>
</context>
<context>
    <name>RandtestCommand</name>
    <message>
        <source>--statistic “%1” is not a statistic; use A-B, B-A, |A-B|, PA-PB, PB-PA or |PA-PB|.</source>
        <translation>--statistic “%1” is geen toetsingsgrootheid; gebruik A-B, B-A, |A-B|, PA-PB, PB-PA of |PA-PB|.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a number.</source>
        <translation>%1, regel %2: “%3” is geen getal.</translation>
    </message>
    <message>
        <source>The randomisation test of a stored schedule against the journal, or of a two-column CSV (condition,value) without a database: exact up to 100,000 schedules, Monte Carlo above.</source>
        <translation>De randomisatietoets van een opgeslagen schema tegen het dagboek, of van een CSV met twee kolommen (conditie,waarde) zonder database: exact tot 100.000 schema’s, daarboven Monte Carlo.</translation>
    </message>
    <message>
        <source>The conditions in the file do not make the phases of an %1 design (A1, B1, A2, B2 in that order, or runs of A and B).</source>
        <translation>De condities in het bestand vormen niet de fasen van een %1-opzet (A1, B1, A2, B2 in die volgorde, of reeksen A en B).</translation>
    </message>
    <message>
        <source>The conditions in the file must be A or B for a %1 design.</source>
        <translation>De condities in het bestand moeten A of B zijn voor een %1-opzet.</translation>
    </message>
    <message>
        <source>“%1” of %2 has no randomisation schedule; draw one first with `design %2 --intervention &quot;%1&quot; …`.</source>
        <translation>“%1” van %2 heeft geen randomisatieschema; trek er eerst een met `design %2 --intervention &quot;%1&quot; …`.</translation>
    </message>
    <message>
        <source>%1 design, %2 days, minimum phase %3: %4 admissible schedules.</source>
        <translation>%1-opzet, %2 dagen, minimale fase %3: %4 toegestane schema’s.</translation>
    </message>
    <message>
        <source>more than 10^19</source>
        <translation>meer dan 10^19</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 columns; found %4.</source>
        <translation>%1, regel %2: %3 kolommen verwacht; %4 gevonden.</translation>
    </message>
    <message>
        <source>Participant %1: the conditions must be A days, then B days.</source>
        <translation>Deelnemer %1: de condities moeten eerst A-dagen en dan B-dagen zijn.</translation>
    </message>
    <message>
        <source>Participant %1: fewer than %2 days in A or in B.</source>
        <translation>Deelnemer %1: minder dan %2 dagen in A of in B.</translation>
    </message>
    <message numerus="yes">
        <source>Multiple baseline across %n participant(s): %1 admissible combinations of start days.</source>
        <translation>
            <numerusform>Multiple baseline over %n deelnemer: %1 toegestane combinaties van startdagen.</numerusform>
            <numerusform>Multiple baseline over %n deelnemers: %1 toegestane combinaties van startdagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is too large; the values may add up to at most %4 (ignoring their signs) for the means and their differences to be numbers.</source>
        <translation>%1, regel %2: “%3” is te groot; opgeteld (zonder hun tekens) mogen de waarden hoogstens %4 zijn, zodat de gemiddelden en hun verschillen getallen blijven.</translation>
    </message>
    <message>
        <source>%1 (or --design with --data)</source>
        <translation>%1 (of --design met --data)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the participant&apos;s report as an A4 PDF: code and arm, period covered, the chart, interventions, questionnaire history with bands and safety flags, summary statistics per measure.</source>
        <translation>Schrijf het rapport van de deelnemer als PDF op A4: code en studiearm, periode, de grafiek, interventies, vragenlijstgeschiedenis met scorecategorieën en veiligheidssignalen, samenvattende statistieken per meting.</translation>
    </message>
    <message>
        <source>--lang %1 is not available; use en or nl.</source>
        <translation>--lang %1 is niet beschikbaar; gebruik en of nl.</translation>
    </message>
    <message>
        <source>--output %1 is the database itself; choose another file.</source>
        <translation>--output %1 is de database zelf; kies een ander bestand.</translation>
    </message>
    <message>
        <source>report needs a graphical session or QT_QPA_PLATFORM.</source>
        <translation>report heeft een grafische sessie of QT_QPA_PLATFORM nodig.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report of %1 (%n page(s)) to “%2”.</source>
        <translation>
            <numerusform>Rapport van %1 (%n pagina) geschreven naar “%2”.</numerusform>
            <numerusform>Rapport van %1 (%n pagina&apos;s) geschreven naar “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs moodbiome-report, which is not installed next to moodbiome-cli.</source>
        <translation>report heeft moodbiome-report nodig, maar dat is niet naast moodbiome-cli geïnstalleerd.</translation>
    </message>
    <message>
        <source>moodbiome-report could not be started: %1</source>
        <translation>moodbiome-report kon niet worden gestart: %1</translation>
    </message>
    <message>
        <source>a participant %1</source>
        <translation>de %1 van een deelnemer</translation>
    </message>
    <message>
        <source>report needs --output %1.pdf.</source>
        <translation>report verwacht --output %1.pdf.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>That participant does not exist.</source>
        <translation>Die deelnemer bestaat niet.</translation>
    </message>
    <message>
        <source>MoodBiome report for %1</source>
        <translation>MoodBiome-rapport voor %1</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>MoodBiome · %1 · generated %2</source>
        <translation>MoodBiome · %1 · gemaakt op %2</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Study arm</source>
        <translation>Studiearm</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Periode</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 tot en met %2 (%n dag)</numerusform>
            <numerusform>%1 tot en met %2 (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no data recorded</source>
        <translation>geen gegevens vastgelegd</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Dagboekregistraties</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Teruggetrokken</translation>
    </message>
    <message>
        <source>Participant report</source>
        <translation>Deelnemersrapport</translation>
    </message>
    <message>
        <source>A questionnaire safety flag has not been acknowledged by a clinician yet; see the questionnaire history.</source>
        <translation>Een veiligheidssignaal uit een vragenlijst is nog niet door een behandelaar bevestigd; zie de vragenlijstgeschiedenis.</translation>
    </message>
    <message>
        <source>Self-recorded data, summarised without judgement: a change over time is not evidence that an intervention caused it.</source>
        <translation>Zelf vastgelegde gegevens, zonder oordeel samengevat: een verandering in de loop van de tijd is geen bewijs dat een interventie die heeft veroorzaakt.</translation>
    </message>
    <message>
        <source>N-of-1 analysis: before and during each intervention</source>
        <translation>N-of-1-analyse: vóór en tijdens elke interventie</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Uitgangsfase</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Interventiefase</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Gemiddelden</translation>
    </message>
    <message>
        <source>NAP</source>
        <translation>NAP</translation>
    </message>
    <message>
        <source>Tau</source>
        <translation>Tau</translation>
    </message>
    <message>
        <source>Tau-U</source>
        <translation>Tau-U</translation>
    </message>
    <message>
        <source>Tau-BC</source>
        <translation>Tau-BC</translation>
    </message>
    <message>
        <source>Hedges&apos; g</source>
        <translation>Hedges&apos; g</translation>
    </message>
    <message>
        <source>No values recorded.</source>
        <translation>Geen waarden vastgelegd.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Summary statistics over the period</source>
        <translation>Samenvattende statistieken over de periode</translation>
    </message>
    <message>
        <source>one day</source>
        <translation>één dag</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>No interventions recorded.</source>
        <translation>Geen interventies vastgelegd.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventies</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2.</source>
        <translation>Bevestigd door %1 op %2.</translation>
    </message>
    <message>
        <source>Not yet acknowledged.</source>
        <translation>Nog niet bevestigd.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No questionnaires recorded.</source>
        <translation>Geen vragenlijsten ingevuld.</translation>
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
        <source>Score and band</source>
        <translation>Score en categorie</translation>
    </message>
    <message>
        <source>Safety flag</source>
        <translation>Veiligheidssignaal</translation>
    </message>
    <message>
        <source>Questionnaire history</source>
        <translation>Vragenlijstgeschiedenis</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapport niet opgeslagen</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapport opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>The report of %1 (%n page(s)) was saved as “%2”.</source>
        <translation>
            <numerusform>Het rapport van %1 (%n pagina) is opgeslagen als “%2”.</numerusform>
            <numerusform>Het rapport van %1 (%n pagina&apos;s) is opgeslagen als “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain: %1 events, head %2</source>
        <translation>Auditketen: %1 gebeurtenissen, kop %2</translation>
    </message>
    <message>
        <source>Insights: what goes with mood</source>
        <translation>Inzichten: wat samengaat met stemming</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1 with, %2 without</source>
        <translation>%1 met, %2 zonder</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Difference / r</source>
        <translation>Verschil / r</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-BI</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>Gecorrigeerde p</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) not shown (less certain, or not enough days).</source>
        <translation>
            <numerusform>Nog %n rij niet getoond (minder zeker, of te weinig dagen).</numerusform>
            <numerusform>Nog %n rijen niet getoond (minder zeker, of te weinig dagen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” bestaat niet.</translation>
    </message>
    <message>
        <source>Restored from “%1”. The restored data are from %2 (the last change the backup holds).</source>
        <translation>Teruggezet vanuit “%1”. De teruggezette gegevens zijn van %2 (de laatste wijziging in de back-up).</translation>
    </message>
    <message>
        <source>The database as it was before is saved as “%1”.</source>
        <translation>De database zoals die daarvoor was, is bewaard als “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a backup.</source>
        <translation>“%1” is een map, geen back-up.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, pipe or socket), so it cannot be a backup.</source>
        <translation>“%1” is geen gewoon bestand (maar een apparaat, pipe of socket) en kan dus geen back-up zijn.</translation>
    </message>
    <message>
        <source>the backup %1 to restore</source>
        <translation>de back-up %1 om terug te zetten</translation>
    </message>
    <message>
        <source>The backup “%1” is encrypted, but the database “%2” is not: the restored data are now stored in it without encryption. To encrypt the database: moodbiome-cli encrypt --new-passphrase-file %3.</source>
        <translation>De back-up “%1” is versleuteld, maar de database “%2” niet: de teruggezette gegevens staan er nu onversleuteld in. Om de database te versleutelen: moodbiome-cli encrypt --new-passphrase-file %3.</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1, after checking it as verify does (exit 3 when it is not a MoodBiome database or fails any of its checks). The database as it was is first saved in the backups folder next to it; the restore is recorded in the audit trail. An encrypted backup restored into a plain database is stored without encryption, which is said on stderr. A backup of another database (another study: its audit trail begins differently) is refused (exit 2) unless --other-database is given.</source>
        <translation>Vervang de database door de back-up %1, na dezelfde controle als verify (afsluitcode 3 als het geen MoodBiome-database is of een van de controles niet doorstaat). De database zoals die was, wordt eerst bewaard in de back-upmap ernaast; het terugzetten wordt vastgelegd in de audittrail. Een versleutelde back-up die in een onversleutelde database wordt teruggezet, wordt onversleuteld opgeslagen; dat wordt op stderr gemeld. Een back-up van een andere database (een ander onderzoek: de audittrail begint anders) wordt geweigerd (afsluitcode 2), tenzij je --other-database opgeeft.</translation>
    </message>
    <message>
        <source>“%1” is a backup of another database, not of “%2”: their audit trails begin differently (another study, or a copy of another database). Nothing was restored. To replace this database&apos;s data with that database&apos;s anyway, add --other-database (the database as it is now is saved in the backups folder first).</source>
        <translation>“%1” is een back-up van een andere database, niet van “%2”: hun audittrails beginnen verschillend (een ander onderzoek, of een kopie van een andere database). Er is niets teruggezet. Wil je de gegevens van deze database toch vervangen door die van de andere, voeg dan --other-database toe (de database zoals die nu is, wordt eerst in de back-upmap bewaard).</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score a questionnaire without storing it. %1 is phq9, gad7, pss10 or who5; %2 are the answers in item order, such as 0,1,2,3,0,1,2,3,1.</source>
        <translation>Een vragenlijst scoren zonder iets op te slaan. %1 is phq9, gad7, pss10 of who5; %2 zijn de antwoorden in de volgorde van de vragen, zoals 0,1,2,3,0,1,2,3,1.</translation>
    </message>
    <message>
        <source>an %1 (phq9, gad7, pss10 or who5) and %2, such as 0,1,2,3</source>
        <translation>een %1 (phq9, gad7, pss10 of who5) en %2, zoals 0,1,2,3</translation>
    </message>
</context>
<context>
    <name>SecurityCommand</name>
    <message>
        <source>Encrypt the database with a new passphrase (asked twice on a terminal, or the first line of --new-passphrase-file). Written into a new file that is checked before it replaces the old one.</source>
        <translation>Versleutel de database met een nieuwe wachtzin (twee keer gevraagd in een terminal, of de eerste regel van --new-passphrase-file). Geschreven in een nieuw bestand dat wordt gecontroleerd voordat het het oude vervangt.</translation>
    </message>
    <message>
        <source>Store the encrypted database as a plain SQLite file again (checked before it replaces the encrypted one).</source>
        <translation>Sla de versleutelde database weer op als gewoon SQLite-bestand (gecontroleerd voordat het het versleutelde vervangt).</translation>
    </message>
    <message>
        <source>Give the encrypted database a new passphrase (the data are rewritten under the new key and checked).</source>
        <translation>Geef de versleutelde database een nieuwe wachtzin (de gegevens worden onder de nieuwe sleutel herschreven en gecontroleerd).</translation>
    </message>
    <message>
        <source>There is no database at “%1” yet.</source>
        <translation>Er is nog geen database op “%1”.</translation>
    </message>
    <message>
        <source>“%1” is already encrypted (or not a database); to change its passphrase, use rekey.</source>
        <translation>“%1” is al versleuteld (of geen database); gebruik rekey om de wachtzin te wijzigen.</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted “%1”: %n row(s) rewritten and checked.</source>
        <translation>
            <numerusform>“%1” versleuteld: %n rij herschreven en gecontroleerd.</numerusform>
            <numerusform>“%1” versleuteld: %n rijen herschreven en gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decrypted “%1”: %n row(s) rewritten and checked. It is a plain SQLite file now.</source>
        <translation>
            <numerusform>“%1” ontsleuteld: %n rij herschreven en gecontroleerd. Het is nu een gewoon SQLite-bestand.</numerusform>
            <numerusform>“%1” ontsleuteld: %n rijen herschreven en gecontroleerd. Het is nu een gewoon SQLite-bestand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a new passphrase: %n row(s) rewritten and checked.</source>
        <translation>
            <numerusform>“%1” heeft een nieuwe wachtzin: %n rij herschreven en gecontroleerd.</numerusform>
            <numerusform>“%1” heeft een nieuwe wachtzin: %n rijen herschreven en gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) in “%1” are not encrypted; delete them if they should not be kept.</source>
        <translation>
            <numerusform>%n oudere back-up in “%1” is niet versleuteld; verwijder hem als hij niet bewaard mag blijven.</numerusform>
            <numerusform>%n oudere back-ups in “%1” zijn niet versleuteld; verwijder ze als ze niet bewaard mogen blijven.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not encrypted; there is nothing to decrypt.</source>
        <translation>“%1” is niet versleuteld; er valt niets te ontsleutelen.</translation>
    </message>
    <message>
        <source>“%1” is not encrypted; use encrypt to give it a passphrase.</source>
        <translation>“%1” is niet versleuteld; gebruik encrypt om het een wachtzin te geven.</translation>
    </message>
</context>
<context>
    <name>SingleCaseReasons</name>
    <message>
        <source>Not computed: each phase needs at least %1 days with a value; the baseline has %2 and the intervention phase %3.</source>
        <translation>Niet berekend: elke fase heeft minstens %1 dagen met een waarde nodig; de uitgangsfase heeft er %2 en de interventiefase %3.</translation>
    </message>
    <message>
        <source>Not computed: every baseline value is the same, so there is no baseline spread to standardise by.</source>
        <translation>Niet berekend: alle waarden in de uitgangsfase zijn gelijk, dus er is geen spreiding om mee te standaardiseren.</translation>
    </message>
    <message>
        <source>No standard error: the variance estimate is not positive for these data.</source>
        <translation>Geen standaardfout: de variantieschatting is voor deze gegevens niet positief.</translation>
    </message>
    <message>
        <source>No confidence interval: its limits could not be found for these data.</source>
        <translation>Geen betrouwbaarheidsinterval: de grenzen konden voor deze gegevens niet worden bepaald.</translation>
    </message>
    <message>
        <source>Not computed: the values are too extreme for a finite result.</source>
        <translation>Niet berekend: de waarden zijn te extreem voor een eindig resultaat.</translation>
    </message>
</context>
<context>
    <name>SiteMerge</name>
    <message>
        <source>The site code “%1” must be 1 to 20 letters, digits, - _ or .</source>
        <translation>De locatiecode “%1” moet uit 1 tot 20 letters, cijfers, - _ of . bestaan.</translation>
    </message>
    <message>
        <source>%1 is the centre&apos;s database itself.</source>
        <translation>%1 is de database van het centrum zelf.</translation>
    </message>
    <message>
        <source>The site database %1 does not exist.</source>
        <translation>De locatiedatabase %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The site database %1 is damaged and was not merged: %2</source>
        <translation>De locatiedatabase %1 is beschadigd en is niet samengevoegd: %2</translation>
    </message>
    <message>
        <source>merged from site %1 (%2)</source>
        <translation>samengevoegd van locatie %1 (%2)</translation>
    </message>
    <message>
        <source>The code %1 of site %2 is already taken in the centre; merge without keeping codes to namespace it as %2/%1.</source>
        <translation>De code %1 van locatie %2 bestaat al in het centrum; voeg samen zonder codes te behouden om haar als %2/%1 op te nemen.</translation>
    </message>
    <message>
        <source>The merged entries did not get consecutive ids; nothing was merged.</source>
        <translation>De samengevoegde registraties kregen geen opeenvolgende nummers; er is niets samengevoegd.</translation>
    </message>
    <message>
        <source>Acknowledged at site %1 by %2 on %3: %4</source>
        <translation>Bevestigd op locatie %1 door %2 op %3: %4</translation>
    </message>
    <message>
        <source>%1 is the database of site %2, merged already (their audit trails agree); merging it as site %3 would count its participants twice.</source>
        <translation>%1 is de database van locatie %2, die al is samengevoegd (hun audittrails komen overeen); samenvoegen als locatie %3 zou de deelnemers ervan dubbel tellen.</translation>
    </message>
    <message>
        <source>%1 does not continue the audit trail merged before as site %2: its event %3 is missing or differs. It is another database, or site %2 restored a backup and was written to since. Nothing was merged.</source>
        <translation>%1 zet de audittrail die eerder als locatie %2 is samengevoegd niet voort: gebeurtenis %3 ontbreekt of wijkt af. Het is een andere database, of locatie %2 heeft een back-up teruggezet en is daarna gewijzigd. Er is niets samengevoegd.</translation>
    </message>
    <message>
        <source>The centre&apos;s record of site %1 was changed outside MoodBiome; nothing was merged: %2</source>
        <translation>De administratie van het centrum over locatie %1 is buiten MoodBiome gewijzigd; er is niets samengevoegd: %2</translation>
    </message>
    <message>
        <source>The site code “%1” differs only in upper or lower case from site “%2”, merged before, so the two would be taken for one another. Use “%2” if it is that site, or a code of its own; nothing was merged.</source>
        <translation>De sitecode “%1” verschilt alleen in hoofd- of kleine letters van site “%2”, die eerder is samengevoegd, dus de twee zouden voor elkaar worden aangezien. Gebruik “%2” als het die site is, of een eigen code; er is niets samengevoegd.</translation>
    </message>
    <message>
        <source>Site %1 (%2) was not merged: %3</source>
        <translation>Site %1 (%2) is niet samengevoegd: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) merged before and changed at the site since (corrected, deleted, restored, withdrawn, ended, acknowledged) were changed likewise.</source>
        <translation>
            <numerusform>%n eerder samengevoegde rij die sindsdien op de site is gewijzigd (verbeterd, verwijderd, hersteld, gestopt, beëindigd, bevestigd), is hier net zo gewijzigd.</numerusform>
            <numerusform>%n eerder samengevoegde rijen die sindsdien op de site zijn gewijzigd (verbeterd, verwijderd, hersteld, gestopt, beëindigd, bevestigd), zijn hier net zo gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked randomisation schedule(s) merged with their interventions, as locked at the site.</source>
        <translation>
            <numerusform>%n vastgelegd randomisatieschema samengevoegd met de interventie, zoals het op de site is vastgelegd.</numerusform>
            <numerusform>%n vastgelegde randomisatieschema’s samengevoegd met hun interventies, zoals ze op de site zijn vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: site %2 changed %3 since its last merge, and the centre changed it too (its %4 differs). Nothing was merged; make the two agree by hand.</source>
        <translation>%1: site %2 heeft %3 gewijzigd sinds de laatste samenvoeging, en het centrum heeft dat ook gedaan (%4 verschilt). Er is niets samengevoegd; breng de twee met de hand in overeenstemming.</translation>
    </message>
    <message>
        <source>the entry of %1 on %2</source>
        <translation>de invoer van %1 op %2</translation>
    </message>
    <message>
        <source>the intervention %1 of %2</source>
        <translation>de interventie %1 van %2</translation>
    </message>
    <message>
        <source>the %1 response of %2 on %3</source>
        <translation>het %1-antwoord van %2 op %3</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>deelnemer %1</translation>
    </message>
</context>
<context>
    <name>SiteReplay</name>
    <message>
        <source>site %1 (site row %2) has no merge in the audit trail: it was added outside MoodBiome</source>
        <translation>locatie %1 (site-rij %2) is volgens de audittrail nooit samengevoegd: ze is buiten MoodBiome toegevoegd</translation>
    </message>
    <message>
        <source>site %1, merged in audit row %2, is missing from table site: it was changed outside MoodBiome</source>
        <translation>locatie %1, samengevoegd in auditrij %2, ontbreekt in tabel site: die is buiten MoodBiome gewijzigd</translation>
    </message>
    <message>
        <source>the %1 rows of site %2 differ from what its last merge recorded in audit row %3 (%4 rows then, %5 now): they were changed outside MoodBiome</source>
        <translation>de %1-rijen van locatie %2 wijken af van wat de laatste samenvoeging ervan vastlegde in auditrij %3 (toen %4 rijen, nu %5): ze zijn buiten MoodBiome gewijzigd</translation>
    </message>
    <message>
        <source>the first merge time of site %1 is %2, but its last merge recorded %3 in audit row %4: it was changed outside MoodBiome</source>
        <translation>de eerste samenvoegtijd van site %1 is %2, maar de laatste samenvoeging legde %3 vast in auditrij %4: die is buiten MoodBiome gewijzigd</translation>
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
        <translation>De registratie heeft een geldige datum nodig.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Die registratie bestaat niet meer.</translation>
    </message>
    <message>
        <source>An entry cannot be moved to another participant.</source>
        <translation>Een registratie kan niet naar een andere deelnemer worden verplaatst.</translation>
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
        <source>That intervention no longer exists.</source>
        <translation>Die interventie bestaat niet meer.</translation>
    </message>
    <message>
        <source>%1 was not active on %2.</source>
        <translation>%1 was op %2 niet actief.</translation>
    </message>
    <message>
        <source>The key “%1” must start with a letter and contain only lower-case letters, digits and underscores (at most 40 characters).</source>
        <translation>De sleutel “%1” moet met een letter beginnen en mag alleen kleine letters, cijfers en underscores bevatten (hoogstens 40 tekens).</translation>
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
        <translation>Bij deze vragenlijst staat een veiligheidssignaal dat nog geen behandelaar heeft bevestigd. Bevestig het signaal met een notitie voordat je de vragenlijst verwijdert.</translation>
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
    <message>
        <source>“%1” is open in another MoodBiome program (process %2). Close it there and try again; nothing was changed here.</source>
        <translation>“%1” is geopend in een ander MoodBiome-programma (proces %2). Sluit het daar en probeer het opnieuw; hier is niets gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” is open in another MoodBiome program. Close it there and try again; nothing was changed here.</source>
        <translation>“%1” is geopend in een ander MoodBiome-programma. Sluit het daar en probeer het opnieuw; hier is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved, and nothing saved before was lost. Free some disk space and try again.</source>
        <translation>De schijf is vol: de wijziging is niet opgeslagen, en niets wat eerder is opgeslagen, is verloren gegaan. Maak schijfruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database could not be written (%1): the change was not saved, and nothing saved before was lost.</source>
        <translation>Er kon niet naar de database worden geschreven (%1): de wijziging is niet opgeslagen, en niets wat eerder is opgeslagen, is verloren gegaan.</translation>
    </message>
    <message>
        <source>MoodBiome cannot use “%1”: %2</source>
        <translation>MoodBiome kan “%1” niet gebruiken: %2</translation>
    </message>
    <message>
        <source>%1=%2 lies outside the range of its measure.</source>
        <translation>%1=%2 valt buiten het bereik van deze meting.</translation>
    </message>
    <message>
        <source>The written entries do not match their participants; nothing was saved.</source>
        <translation>De geschreven registraties kloppen niet met de deelnemers; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file, so it cannot be a MoodBiome database. Nothing was changed.</source>
        <translation>“%1” is geen gewoon bestand en kan dus geen MoodBiome-database zijn. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>the disk is full; free some disk space and try again</source>
        <translation>de schijf is vol; maak schijfruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
        <source>it is a pipe that no program reads from</source>
        <translation>het is een pipe waaruit geen programma leest</translation>
    </message>
    <message>
        <source>%1 “%2” is missing</source>
        <translation>%1 “%2” ontbreekt</translation>
    </message>
    <message>
        <source>%1 “%2” differs from the one MoodBiome creates</source>
        <translation>%1 “%2” wijkt af van wat MoodBiome aanmaakt</translation>
    </message>
    <message>
        <source>schema version %1 is unknown to this version of MoodBiome</source>
        <translation>schemaversie %1 is onbekend voor deze versie van MoodBiome</translation>
    </message>
    <message>
        <source>%1 “%2” is not part of MoodBiome&apos;s schema</source>
        <translation>%1 “%2” hoort niet bij het schema van MoodBiome</translation>
    </message>
    <message>
        <source>its schema is not the one MoodBiome made (%1); it was left unchanged and is not written to. Run verify for a full report.</source>
        <translation>het schema is niet het schema dat MoodBiome heeft aangemaakt (%1); het bestand is ongewijzigd gelaten en er wordt niet naar geschreven. Voer verify uit voor een volledig verslag.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2), so nothing was written to it. Run a verification and restore a backup.</source>
        <translation>“%1” is beschadigd (%2), dus er is niets in geschreven. Voer een verificatie uit en zet een back-up terug.</translation>
    </message>
    <message>
        <source>the database file holds no pages the log could follow on from</source>
        <translation>het databasebestand bevat geen pagina’s waarop het logboek kan aansluiten</translation>
    </message>
    <message>
        <source>the log has pages of %1 bytes, the database of %2</source>
        <translation>het logboek heeft pagina’s van %1 bytes, de database van %2</translation>
    </message>
    <message>
        <source>the log continues from change %1 of a database, this one is at change %2</source>
        <translation>het logboek gaat verder vanaf wijziging %1 van een database, deze staat op wijziging %2</translation>
    </message>
    <message>
        <source>a transaction in the log leaves %1 pages where its own header says %2</source>
        <translation>een transactie in het logboek laat %1 pagina’s achter waar de eigen kop %2 zegt</translation>
    </message>
    <message>
        <source>the log is for a database of %1 pages, this one has %2</source>
        <translation>het logboek is voor een database van %1 pagina’s, deze heeft er %2</translation>
    </message>
    <message>
        <source>“%1-wal” does not belong to “%1” (%2). SQLite would merge it into the database, so MoodBiome did not open it; both files were left unchanged. Move “%1-wal” away if it was copied there by mistake.</source>
        <translation>“%1-wal” hoort niet bij “%1” (%2). SQLite zou het in de database opnemen, dus MoodBiome heeft die niet geopend; beide bestanden zijn ongewijzigd gelaten. Verplaats “%1-wal” als het er per vergissing naartoe is gekopieerd.</translation>
    </message>
    <message>
        <source>“%1” already has a locked randomisation schedule (%2, from %3, SHA-256 %4); a locked schedule is never replaced.</source>
        <translation>“%1” heeft al een vergrendeld randomisatieschema (%2, vanaf %3, SHA-256 %4); een vergrendeld schema wordt nooit vervangen.</translation>
    </message>
    <message>
        <source>The schedule needs a start date.</source>
        <translation>Het schema heeft een startdatum nodig.</translation>
    </message>
    <message>
        <source>The drawn assignment does not fit the %1 design of %2 days.</source>
        <translation>De getrokken toewijzing past niet bij de %1-opzet van %2 dagen.</translation>
    </message>
    <message>
        <source>The statistic %1 needs a phase design.</source>
        <translation>De toetsingsgrootheid %1 vraagt om een fase-opzet.</translation>
    </message>
    <message>
        <source>The written entries name tags that do not exist; nothing was saved.</source>
        <translation>De geschreven registraties noemen tags die niet bestaan; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The entry records no value, no tag and no note.</source>
        <translation>De registratie bevat geen waarde, geen tag en geen notitie.</translation>
    </message>
    <message>
        <source>There is already an archived tag “%1”; unarchive it instead.</source>
        <translation>Er is al een gearchiveerde tag “%1”; haal die liever uit het archief.</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Er is al een tag “%1”.</translation>
    </message>
    <message>
        <source>That tag no longer exists.</source>
        <translation>Die tag bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>The tag “%1” is on %n entry(ies); archive it instead.</source>
        <translation>
            <numerusform>De tag “%1” staat op %n registratie; archiveer hem liever.</numerusform>
            <numerusform>De tag “%1” staat op %n registraties; archiveer hem liever.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag %1 does not exist.</source>
        <translation>Tag %1 bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” cannot be read without a passphrase: it is either an encrypted MoodBiome database, or not a database at all. It was left unchanged.</source>
        <translation>“%1” is niet te lezen zonder wachtzin: het is een versleutelde MoodBiome-database, of helemaal geen database. Het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>The passphrase does not open “%1”: either it is not the right passphrase, or the file is not a MoodBiome database. The file was left unchanged.</source>
        <translation>De wachtzin opent “%1” niet: het is niet de juiste wachtzin, of het bestand is geen MoodBiome-database. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>The demo data do not match their participants; nothing was saved.</source>
        <translation>De demogegevens passen niet bij hun deelnemers; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The questionnaires to write do not match their audit records; nothing was saved.</source>
        <translation>De te schrijven vragenlijsten passen niet bij hun vermeldingen in de audittrail; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database engine (%1) could not be loaded: %2</source>
        <translation>De database-engine (%1) kon niet worden geladen: %2</translation>
    </message>
    <message>
        <source>The code “%1” differs only in upper or lower case from participant “%2”, who exists already, and would be taken for them. Use “%2”, or a code of its own.</source>
        <translation>De code “%1” verschilt alleen in hoofd- of kleine letters van die van deelnemer “%2”, die al bestaat, en zou daarvoor kunnen worden aangezien. Gebruik “%2”, of een eigen code.</translation>
    </message>
    <message>
        <source>it belongs to the database “%1” beside it, so it was not replaced; choose another file name</source>
        <translation>het hoort bij de database “%1” ernaast en is dus niet vervangen; kies een andere bestandsnaam</translation>
    </message>
    <message>
        <source>The randomisation schedule of “%1” (intervention %2) is not one MoodBiome locked: its design, days, assignment or statistic do not fit together or no longer match its SHA-256, so the database was changed outside MoodBiome. Nothing was changed; run verify and restore a backup.</source>
        <translation>Het randomisatieschema van “%1” (interventie %2) is niet door MoodBiome vergrendeld: opzet, aantal dagen, toewijzing of toetsingsgrootheid passen niet bij elkaar of kloppen niet meer met de SHA-256, dus de database is buiten MoodBiome gewijzigd. Er is niets gewijzigd; voer verify uit en zet een back-up terug.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 holds %3 = %4, a value MoodBiome never stores: the database was changed outside MoodBiome. Nothing was exported; run verify.</source>
        <translation>Registratie %1 van %2 bevat %3 = %4, een waarde die MoodBiome nooit opslaat: de database is buiten MoodBiome gewijzigd. Er is niets geëxporteerd; voer verify uit.</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is dated “%3”, a date MoodBiome never stores: the database was changed outside MoodBiome. Nothing was exported; run verify.</source>
        <translation>Registratie %1 van %2 heeft de datum “%3”, een datum die MoodBiome nooit opslaat: de database is buiten MoodBiome gewijzigd. Er is niets geëxporteerd; voer verify uit.</translation>
    </message>
    <message>
        <source>Questionnaire response %1 of %2 is dated “%3”, a date MoodBiome never stores: the database was changed outside MoodBiome. Nothing was exported; run verify.</source>
        <translation>Ingevulde vragenlijst %1 van %2 heeft de datum “%3”, een datum die MoodBiome nooit opslaat: de database is buiten MoodBiome gewijzigd. Er is niets geëxporteerd; voer verify uit.</translation>
    </message>
    <message>
        <source>Intervention %1 of %2 starts “%3”, a date MoodBiome never stores: the database was changed outside MoodBiome. Nothing was exported; run verify.</source>
        <translation>Interventie %1 van %2 begint op “%3”, een datum die MoodBiome nooit opslaat: de database is buiten MoodBiome gewijzigd. Er is niets geëxporteerd; voer verify uit.</translation>
    </message>
    <message>
        <source>Intervention %1 of %2 ends “%3”, a date MoodBiome never stores: the database was changed outside MoodBiome. Nothing was exported; run verify.</source>
        <translation>Interventie %1 van %2 eindigt op “%3”, een datum die MoodBiome nooit opslaat: de database is buiten MoodBiome gewijzigd. Er is niets geëxporteerd; voer verify uit.</translation>
    </message>
    <message>
        <source>An adherence tick of intervention %1 of %2 is dated “%3”, a date MoodBiome never stores: the database was changed outside MoodBiome. Nothing was exported; run verify.</source>
        <translation>Een afvinking van therapietrouw van interventie %1 van %2 is gedateerd op “%3”, een datum die MoodBiome nooit opslaat: de database is buiten MoodBiome gewijzigd. Er is niets geëxporteerd; voer verify uit.</translation>
    </message>
    <message>
        <source>%1 has adherence recorded on %2, before the start date %3. Clear that day&apos;s adherence first, or choose an earlier start date.</source>
        <translation>Voor %1 is op %2 therapietrouw vastgelegd, vóór de startdatum %3. Wis eerst de therapietrouw van die dag, of kies een eerdere startdatum.</translation>
    </message>
    <message>
        <source>%1 has adherence recorded on %2, after the end date %3. Clear that day&apos;s adherence first, or choose a later end date.</source>
        <translation>Voor %1 is op %2 therapietrouw vastgelegd, na de einddatum %3. Wis eerst de therapietrouw van die dag, of kies een latere einddatum.</translation>
    </message>
    <message>
        <source>“%1” is an empty file that belongs to another user, so no database was made in it: that user could read what is written into it. Nothing was written. Remove the file, or choose another file name.</source>
        <translation>“%1” is een leeg bestand van een andere gebruiker, dus er is geen database in gemaakt: die gebruiker zou kunnen lezen wat erin wordt geschreven. Er is niets geschreven. Verwijder het bestand, of kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>“%1-journal” does not belong to “%1”: a MoodBiome database keeps a write-ahead log, never a rollback journal, and SQLite would roll that journal&apos;s pages into the database. MoodBiome did not open it; both files were left unchanged. Move “%1-journal” away if it was copied there by mistake.</source>
        <translation>“%1-journal” hoort niet bij “%1”: een MoodBiome-database houdt een write-ahead-log bij, nooit een rollback-journaal, en SQLite zou de pagina&apos;s van dat journaal in de database terugzetten. MoodBiome heeft die niet geopend; beide bestanden zijn ongewijzigd gelaten. Verplaats “%1-journal” als het er per vergissing naartoe is gekopieerd.</translation>
    </message>
    <message>
        <source>it is a database (a working file or a backup), which an export never replaces; choose another file name</source>
        <translation>het is een database (een werkbestand of een back-up), en een export vervangt die nooit; kies een andere bestandsnaam</translation>
    </message>
    <message>
        <source>The SHA-256 hash could not be computed.</source>
        <translation>De SHA-256-hash kon niet worden berekend.</translation>
    </message>
    <message>
        <source>“%1” is a backup, and backups are never changed: it was opened read-only, and nothing was changed. To work with it, restore it into a database (File ▸ Restore from backup, or moodbiome-cli restore).</source>
        <translation>“%1” is een back-up, en back-ups worden nooit gewijzigd: hij is alleen-lezen geopend en er is niets gewijzigd. Om ermee te werken, zet je hem terug in een database (Bestand ▸ Terugzetten vanuit back-up, of moodbiome-cli restore).</translation>
    </message>
    <message>
        <source>There are already values within the schedule’s days (%1 to %2), the first on %3: a randomised schedule must be fixed before data collection begins, so it was not locked. Choose a later start, after the last recorded day.</source>
        <translation>Er zijn al waarden binnen de dagen van het schema (%1 tot %2), de eerste op %3: een randomisatieschema moet vastliggen voordat de gegevensverzameling begint, dus het is niet vergrendeld. Kies een latere start, na de laatste dag met gegevens.</translation>
    </message>
    <message>
        <source>The randomisation schedule does not match its SHA-256 or has no time it was locked.</source>
        <translation>Het randomisatieschema klopt niet met zijn SHA-256 of heeft geen tijd waarop het is vergrendeld.</translation>
    </message>
    <message>
        <source>The schedule’s %1 days (%2) run past %3, the last date MoodBiome accepts. Nothing was locked; choose an earlier start or fewer days.</source>
        <translation>De %1 dagen van het schema (%2) lopen door na %3, de laatste datum die MoodBiome accepteert. Er is niets vergrendeld; kies een eerdere start of minder dagen.</translation>
    </message>
    <message>
        <source>The schedule’s days (%1) begin before “%2” starts (%3): every planned day must lie within the intervention. Nothing was locked; choose a start on or after %3.</source>
        <translation>De dagen van het schema (%1) beginnen voordat “%2” start (%3): elke geplande dag moet binnen de interventie liggen. Er is niets vergrendeld; kies een start op of na %3.</translation>
    </message>
    <message>
        <source>The schedule’s days (%1) run past the end of “%2” (%3): every planned day must lie within the intervention. Nothing was locked; choose fewer days or an earlier start.</source>
        <translation>De dagen van het schema (%1) lopen door na het einde van “%2” (%3): elke geplande dag moet binnen de interventie liggen. Er is niets vergrendeld; kies minder dagen of een eerdere start.</translation>
    </message>
    <message>
        <source>“%1” has a locked randomisation schedule (%2, %3 days from %4, SHA-256 %5). A locked schedule is a pre-registration, so its intervention cannot be deleted: the record of it stays. Nothing was deleted; to stop the intervention, give it an end date.</source>
        <translation>“%1” heeft een vergrendeld randomisatieschema (%2, %3 dagen vanaf %4, SHA-256 %5). Een vergrendeld schema is een preregistratie, dus de interventie kan niet worden verwijderd: de vastlegging ervan blijft. Er is niets verwijderd; geef de interventie een einddatum om ermee te stoppen.</translation>
    </message>
    <message>
        <source>A randomisation schedule for “%1” was already locked for this participant on overlapping days (%2, %3 to %4, locked %5, SHA-256 %6), on an intervention of the same name (id %7). A locked schedule is a pre-registration and is never drawn again. Nothing was locked.</source>
        <translation>Voor deze deelnemer was al een randomisatieschema voor “%1” vergrendeld op overlappende dagen (%2, %3 tot %4, vergrendeld %5, SHA-256 %6), bij een interventie met dezelfde naam (id %7). Een vergrendeld schema is een preregistratie en wordt nooit opnieuw getrokken. Er is niets vergrendeld.</translation>
    </message>
</context>
<context>
    <name>TagAddCommand</name>
    <message>
        <source>Add a tag, a yes/no fact about a day such as coffee or running.</source>
        <translation>Een tag toevoegen, een ja/nee-feit over een dag, zoals koffie of hardlopen.</translation>
    </message>
    <message>
        <source>Added the tag “%1”.</source>
        <translation>De tag “%1” is toegevoegd.</translation>
    </message>
    <message>
        <source>the %1 of the tag, such as coffee</source>
        <translation>de %1 van de tag, zoals koffie</translation>
    </message>
</context>
<context>
    <name>TagArchiveCommand</name>
    <message>
        <source>Archive a tag: old entries keep it, new ones are not offered it; --undo unarchives it.</source>
        <translation>Een tag archiveren: oude registraties houden hem, voor nieuwe wordt hij niet meer aangeboden; --undo haalt hem uit het archief.</translation>
    </message>
    <message>
        <source>Archived the tag “%1”.</source>
        <translation>De tag “%1” is gearchiveerd.</translation>
    </message>
    <message>
        <source>Unarchived the tag “%1”.</source>
        <translation>De tag “%1” is uit het archief gehaald.</translation>
    </message>
    <message>
        <source>the %1 of the tag</source>
        <translation>de %1 van de tag</translation>
    </message>
</context>
<context>
    <name>TagListCommand</name>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Er is geen tag “%1”.</translation>
    </message>
    <message>
        <source>List the tags, in their order; --all includes archived ones.</source>
        <translation>De tags in hun volgorde tonen; --all toont ook gearchiveerde.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>Nog geen tags.</translation>
    </message>
</context>
<context>
    <name>TagRenameCommand</name>
    <message>
        <source>Rename a tag; entries that carry it keep it.</source>
        <translation>Een tag hernoemen; registraties met die tag houden hem.</translation>
    </message>
    <message>
        <source>Renamed the tag “%1” to “%2”.</source>
        <translation>De tag “%1” heet nu “%2”.</translation>
    </message>
    <message>
        <source>the %1 of the tag and its %2</source>
        <translation>de %1 van de tag en zijn %2</translation>
    </message>
</context>
<context>
    <name>TagText</name>
    <message>
        <source>A tag needs a name, such as “coffee”.</source>
        <translation>Een tag heeft een naam nodig, zoals “koffie”.</translation>
    </message>
    <message>
        <source>The tag name “%1” begins or ends with a space.</source>
        <translation>De tagnaam “%1” begint of eindigt met een spatie.</translation>
    </message>
    <message>
        <source>The tag name “%1…” is longer than %2 characters.</source>
        <translation>De tagnaam “%1…” is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>The tag name “%1” contains “%2”; a tag name cannot contain , ; | or a tab or line break.</source>
        <translation>De tagnaam “%1” bevat “%2”; een tagnaam kan geen , ; | of tab of regeleinde bevatten.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>regeleinde</translation>
    </message>
    <message>
        <source>The colour “%1” is not of the form #rrggbb.</source>
        <translation>De kleur “%1” heeft niet de vorm #rrggbb.</translation>
    </message>
    <message>
        <source>The tag name “%1” contains an invisible or control character (U+%2).</source>
        <translation>De tagnaam “%1” bevat een onzichtbaar teken of stuurteken (U+%2).</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>audit row %1 is the first row but does not begin the chain: rows before it were removed</source>
        <translation>auditrij %1 is de eerste rij, maar begint de keten niet: rijen daarvoor zijn verwijderd</translation>
    </message>
    <message>
        <source>audit row %1 does not follow row %2: its prev_hash is not the hash of row %2, so rows between them were removed, added or changed</source>
        <translation>auditrij %1 sluit niet aan op rij %2: de prev_hash ervan is niet de hash van rij %2, dus rijen daartussen zijn verwijderd, toegevoegd of gewijzigd</translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written: its content no longer matches its hash</source>
        <translation>auditrij %1 is gewijzigd nadat hij is geschreven: de inhoud komt niet meer overeen met de hash</translation>
    </message>
    <message>
        <source>the audit trail cannot be read after row %1: %2</source>
        <translation>de audittrail kan na rij %1 niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>the triggers that keep the audit trail append-only were removed</source>
        <translation>de triggers die ervoor zorgen dat er alleen rijen aan de audittrail kunnen worden toegevoegd, zijn verwijderd</translation>
    </message>
    <message>
        <source>SQLite %1: ok.</source>
        <translation>SQLite %1: in orde.</translation>
    </message>
    <message>
        <source>SQLite %1 found damage: %2</source>
        <translation>SQLite %1 heeft schade gevonden: %2</translation>
    </message>
    <message>
        <source>The application id is not MoodBiome&apos;s.</source>
        <translation>De applicatie-ID is niet die van MoodBiome.</translation>
    </message>
    <message>
        <source>Schema version %1.</source>
        <translation>Schemaversie %1.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n row(s) checked, from %1 to %2.</source>
        <translation>
            <numerusform>Audittrail: %n rij gecontroleerd, van %1 tot %2.</numerusform>
            <numerusform>Audittrail: %n rijen gecontroleerd, van %1 tot %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail: no rows.</source>
        <translation>Audittrail: geen rijen.</translation>
    </message>
    <message>
        <source>Every link of the audit chain is intact.</source>
        <translation>Elke schakel van de auditketen is intact.</translation>
    </message>
    <message>
        <source>The audit chain is broken: %1.</source>
        <translation>De auditketen is verbroken: %1.</translation>
    </message>
    <message>
        <source>The file is not a MoodBiome database.</source>
        <translation>Het bestand is geen MoodBiome-database.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>Het databasebestand is beschadigd: %1</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1.</source>
        <translation>De audittrail is niet intact: %1.</translation>
    </message>
    <message>
        <source>the audit table is not the one MoodBiome made, so it was not read</source>
        <translation>de audittabel is niet de tabel die MoodBiome heeft aangemaakt, dus die is niet gelezen</translation>
    </message>
    <message>
        <source>audit row %1 follows row %2: the rows between them were removed</source>
        <translation>auditrij %1 volgt op rij %2: de rijen daartussen zijn verwijderd</translation>
    </message>
    <message>
        <source>%1 records %2 events, but the audit trail now has only %3: rows were removed from its end</source>
        <translation>%1 vermeldt %2 gebeurtenissen, maar de audittrail heeft er nu maar %3: er zijn rijen van het einde verwijderd</translation>
    </message>
    <message>
        <source>%1 records event %2 with hash %3, but the audit trail&apos;s event %2 has another: the trail was rewritten</source>
        <translation>%1 vermeldt gebeurtenis %2 met hash %3, maar gebeurtenis %2 van de audittrail heeft een andere: de audittrail is herschreven</translation>
    </message>
    <message>
        <source>The anchor %1:%2</source>
        <translation>Het anker %1:%2</translation>
    </message>
    <message>
        <source>The anchor file “%1”</source>
        <translation>Het ankerbestand “%1”</translation>
    </message>
    <message>
        <source>The backup “%1”</source>
        <translation>De back-up “%1”</translation>
    </message>
    <message>
        <source>The schema is not the one MoodBiome made: %1.</source>
        <translation>Het schema is niet het schema dat MoodBiome heeft aangemaakt: %1.</translation>
    </message>
    <message>
        <source>Chain head: %1 (keep it to check this database later: verify --anchor %1).</source>
        <translation>Kop van de keten: %1 (bewaar deze om de database later te controleren: verify --anchor %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) kept outside the database agree with the chain.</source>
        <translation>
            <numerusform>%n anker buiten de database komt overeen met de keten.</numerusform>
            <numerusform>%n ankers buiten de database komen overeen met de keten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain does not contain what was recorded outside the database: %1.</source>
        <translation>De keten bevat niet wat buiten de database is vastgelegd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) equal their last audited state.</source>
        <translation>
            <numerusform>%n gegevensrij is gelijk aan de laatste toestand in de audittrail.</numerusform>
            <numerusform>%n gegevensrijen zijn gelijk aan de laatste toestand in de audittrail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data were changed without an audit record: %1.</source>
        <translation>Gegevens zijn gewijzigd zonder vermelding in de audittrail: %1.</translation>
    </message>
    <message>
        <source>The database schema was changed: %1.</source>
        <translation>Het databaseschema is gewijzigd: %1.</translation>
    </message>
    <message>
        <source>The audit trail was cut short or rewritten: %1.</source>
        <translation>De audittrail is ingekort of herschreven: %1.</translation>
    </message>
    <message>
        <source>entry row %1 has %2 = %3, a value its measure does not allow</source>
        <translation>entry rij %1 heeft %2 = %3, een waarde die de meting niet toestaat</translation>
    </message>
    <message>
        <source>questionnaire_response row %1 (%2, %3, %4)</source>
        <translation>questionnaire_response rij %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>participant id %1</source>
        <translation>deelnemer-id %1</translation>
    </message>
    <message>
        <source>%1 has instrument = &apos;%2&apos;, which MoodBiome does not score</source>
        <translation>%1 heeft instrument = &apos;%2&apos;, een vragenlijst die MoodBiome niet scoort</translation>
    </message>
    <message>
        <source>%1 has items = &apos;%2&apos;: %3</source>
        <translation>%1 heeft items = &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1 has total = %2, but its items score %3</source>
        <translation>%1 heeft total = %2, maar de antwoorden tellen op tot %3</translation>
    </message>
    <message>
        <source>%1 has severity = &apos;%2&apos;, but its total of %3 is &apos;%4&apos;</source>
        <translation>%1 heeft severity = &apos;%2&apos;, maar bij een totaal van %3 hoort &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1 has flagged = %2, but item %3 is answered %4, which raises the safety flag %5: the flag was hidden</source>
        <translation>%1 heeft flagged = %2, maar vraag %3 is beantwoord met %4, wat het veiligheidssignaal %5 geeft: het signaal is verborgen</translation>
    </message>
    <message>
        <source>%1 has flagged = %2, but item %3 is answered 0, which raises no safety flag</source>
        <translation>%1 heeft flagged = %2, maar vraag %3 is beantwoord met 0, wat geen veiligheidssignaal geeft</translation>
    </message>
    <message>
        <source>%1 has flagged = %2, but %3 has no safety flag</source>
        <translation>%1 heeft flagged = %2, maar %3 kent geen veiligheidssignaal</translation>
    </message>
    <message numerus="yes">
        <source>%n more questionnaire response(s) do not score as stored</source>
        <translation>
            <numerusform>nog %n ingevulde vragenlijst komt niet overeen met de opgeslagen score</numerusform>
            <numerusform>nog %n ingevulde vragenlijsten komen niet overeen met de opgeslagen score</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row %2 (%3)</source>
        <translation>%1 rij %2 (%3)</translation>
    </message>
    <message>
        <source>%1 has %2 = %3, which is not a calendar date</source>
        <translation>%1 heeft %2 = %3, en dat is geen kalenderdatum</translation>
    </message>
    <message>
        <source>%1 has %2 = %3, outside the dates MoodBiome accepts (%4 to %5)</source>
        <translation>%1 heeft %2 = %3, buiten de datums die MoodBiome aanneemt (%4 tot en met %5)</translation>
    </message>
    <message>
        <source>%1 has %2 = &apos;%3&apos;, before its %4 = &apos;%5&apos;</source>
        <translation>%1 heeft %2 = &apos;%3&apos;, vóór %4 = &apos;%5&apos;</translation>
    </message>
    <message>
        <source>adherence of intervention %1 (%2)</source>
        <translation>therapietrouw van interventie %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has %2 = %3, which is not a UTC time (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>%1 heeft %2 = %3, en dat is geen UTC-tijd (JJJJ-MM-DDTuu:mm:ssZ)</translation>
    </message>
    <message>
        <source>%1 has %2 = %3, outside the times MoodBiome accepts (%4 to %5)</source>
        <translation>%1 heeft %2 = %3, buiten de tijden die MoodBiome aanneemt (%4 tot en met %5)</translation>
    </message>
    <message>
        <source>%1 has %2 = &apos;%3&apos;, before its intervention&apos;s %4 = &apos;%5&apos;</source>
        <translation>%1 heeft %2 = &apos;%3&apos;, vóór %4 = &apos;%5&apos; van de interventie</translation>
    </message>
    <message>
        <source>%1 has %2 = &apos;%3&apos;, after its intervention&apos;s %4 = &apos;%5&apos;</source>
        <translation>%1 heeft %2 = &apos;%3&apos;, na %4 = &apos;%5&apos; van de interventie</translation>
    </message>
    <message>
        <source>audit row %1</source>
        <translation>auditrij %1</translation>
    </message>
    <message>
        <source>site row %1 (%2)</source>
        <translation>site rij %1 (%2)</translation>
    </message>
    <message>
        <source>%1 row (%2)</source>
        <translation>%1 rij (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) have dates or times MoodBiome does not store</source>
        <translation>
            <numerusform>nog %n rij heeft een datum of tijd die MoodBiome niet opslaat</numerusform>
            <numerusform>nog %n rijen hebben een datum of tijd die MoodBiome niet opslaat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2, but %3 has no row with %4</source>
        <translation>%1 heeft %2, maar %3 heeft geen rij met %4</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 rij %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) refer to rows that do not exist</source>
        <translation>
            <numerusform>nog %n rij verwijst naar een rij die niet bestaat</numerusform>
            <numerusform>nog %n rijen verwijzen naar rijen die niet bestaan</numerusform>
        </translation>
    </message>
    <message>
        <source>(the restore from a backup that event %1 records was not made here: the anchor file did not see it)</source>
        <translation>(het terugzetten van een back-up dat gebeurtenis %1 vermeldt, is hier niet gedaan: het ankerbestand heeft het niet gezien)</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>There is no database at “%1” yet; there is nothing to verify.</source>
        <translation>Er is nog geen database op “%1”; er valt niets te verifiëren.</translation>
    </message>
    <message>
        <source>Verified “%1”.</source>
        <translation>“%1” geverifieerd.</translation>
    </message>
    <message>
        <source>Recorded in the audit trail.</source>
        <translation>Vastgelegd in de audittrail.</translation>
    </message>
    <message>
        <source>A damaged database is not written to.</source>
        <translation>In een beschadigde database wordt niet geschreven.</translation>
    </message>
    <message>
        <source>Not recorded in the audit trail: %1</source>
        <translation>Niet vastgelegd in de audittrail: %1</translation>
    </message>
    <message>
        <source>Check the database: SQLite&apos;s integrity_check, its schema, every link of the audit chain, the chain against the heads recorded outside it (the anchor file, the backups, --anchor %1 from a report or export), every data row against its last audited state, every questionnaire response scored again from its items, every stored date and UTC time, every adherence tick against its intervention&apos;s days, and SQLite&apos;s foreign_key_check. Exit 0 when all is well, 4 naming the first problem when not.</source>
        <translation>Controleer de database: de integrity_check van SQLite, het schema, elke schakel van de auditketen, de keten tegenover de koppen die erbuiten zijn vastgelegd (het ankerbestand, de back-ups, --anchor %1 uit een rapport of export), elke gegevensrij tegenover de laatste toestand in de audittrail, elke ingevulde vragenlijst opnieuw gescoord op basis van de antwoorden, elke opgeslagen datum en UTC-tijd, elke afvinking van therapietrouw tegenover de dagen van de interventie, en de foreign_key_check van SQLite. Afsluitcode 0 als alles in orde is, anders 4 met het eerste probleem.</translation>
    </message>
    <message>
        <source>“%1” is not an anchor: give %2, such as 42:3f9a0c1d2e4b5a6c (at least 16 hex digits of the hash).</source>
        <translation>“%1” is geen anker: geef %2, zoals 42:3f9a0c1d2e4b5a6c (ten minste 16 hexadecimale cijfers van de hash).</translation>
    </message>
</context>
<context>
    <name>VisualAnalysisText</name>
    <message>
        <source>Conservative dual criterion: %1 of %2 intervention days lie beyond both the shifted baseline trend and the shifted baseline mean (p = %3, one-sided binomial test). It shows whether the change is more than the baseline&apos;s own trend would give; not why.</source>
        <translation>Conservatief dubbel criterium: %1 van %2 interventiedagen liggen voorbij zowel de verschoven trend als het verschoven gemiddelde van de uitgangsfase (p = %3, eenzijdige binomiale toets). Het laat zien of de verandering meer is dan de eigen trend van de uitgangsfase zou geven; niet waarom.</translation>
    </message>
    <message>
        <source>Conservative dual criterion: needs at least 3 baseline days and 1 intervention day.</source>
        <translation>Conservatief dubbel criterium: vraagt om minstens 3 dagen in de uitgangsfase en 1 interventiedag.</translation>
    </message>
    <message>
        <source>Lag-1 autocorrelation: baseline %1, intervention %2.</source>
        <translation>Autocorrelatie bij lag 1: uitgangsfase %1, interventie %2.</translation>
    </message>
    <message>
        <source>This is large: consecutive days depend on each other, which NAP and Tau assume they do not, so their confidence intervals are too narrow.</source>
        <translation>Dat is groot: opeenvolgende dagen hangen van elkaar af, terwijl NAP en Tau aannemen dat ze dat niet doen, dus hun betrouwbaarheidsintervallen zijn te smal.</translation>
    </message>
    <message>
        <source>Piecewise regression: baseline trend %1 per day; at the start the level changes by %2 (SE %3) and the trend by %4 per day (SE %5). A level change about twice its SE or more is unlikely to be noise; the model assumes straight lines and independent days.</source>
        <translation>Stuksgewijze regressie: trend in de uitgangsfase %1 per dag; bij de start verandert het niveau met %2 (SE %3) en de trend met %4 per dag (SE %5). Een niveauverandering van ongeveer twee keer haar SE of meer is waarschijnlijk geen ruis; het model neemt rechte lijnen en onafhankelijke dagen aan.</translation>
    </message>
    <message>
        <source>Piecewise regression: needs at least 2 days in each phase and 5 in all.</source>
        <translation>Stuksgewijze regressie: vraagt om minstens 2 dagen in elke fase en 5 in totaal.</translation>
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
    <message>
        <source>Open this database file (the same as --database).</source>
        <translation>Dit databasebestand openen (hetzelfde als --database).</translation>
    </message>
    <message>
        <source>moodbiome: give at most one database file, as --database FILE or as FILE.</source>
        <translation>moodbiome: geef hoogstens één databasebestand op, als --database FILE of als FILE.</translation>
    </message>
    <message>
        <source>Start in the system tray, for reminders.</source>
        <translation>Start in het systeemvak, voor herinneringen.</translation>
    </message>
</context>
<context>
    <name>mb::AnalysisPanel</name>
    <message>
        <source>%1, from %2</source>
        <translation>%1, vanaf %2</translation>
    </message>
    <message>
        <source>Choose a participant to analyse.</source>
        <translation>Kies een deelnemer om te analyseren.</translation>
    </message>
    <message>
        <source>No interventions recorded for this participant yet: add one on the Interventions tab.</source>
        <translation>Nog geen interventies vastgelegd voor deze deelnemer: voeg er een toe op het tabblad Interventies.</translation>
    </message>
    <message>
        <source>No values of %1 around this intervention.</source>
        <translation>Geen waarden van %1 rond deze interventie.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Uitgangsfase</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Met %1</translation>
    </message>
    <message>
        <source>Baseline trend (Theil–Sen), continued</source>
        <translation>Trend in de uitgangsfase (Theil–Sen), doorgetrokken</translation>
    </message>
    <message>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Interventie</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schatting</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-BI</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <source>NAP</source>
        <translation>NAP</translation>
    </message>
    <message>
        <source>Tau</source>
        <translation>Tau</translation>
    </message>
    <message>
        <source>Tau-U</source>
        <translation>Tau-U</translation>
    </message>
    <message>
        <source>Tau-BC</source>
        <translation>Tau-BC</translation>
    </message>
    <message>
        <source>Hedges’ g</source>
        <translation>Hedges’ g</translation>
    </message>
    <message>
        <source>Non-overlap of all pairs: the share of all (baseline day, intervention day) pairs in which the intervention day was better; 0.5 means no difference.</source>
        <translation>Non-overlap of All Pairs: het aandeel van alle paren (dag uit de uitgangsfase, dag uit de interventiefase) waarin de interventiedag beter was; 0,5 betekent geen verschil.</translation>
    </message>
    <message>
        <source>NAP rescaled to −1 … 1: 0 means no difference.</source>
        <translation>NAP herschaald naar −1 … 1: 0 betekent geen verschil.</translation>
    </message>
    <message>
        <source>Tau minus the trend already present in the baseline (Parker et al. 2011); can exceed 1.</source>
        <translation>Tau min de trend die al in de uitgangsfase aanwezig is (Parker et al. 2011); kan groter zijn dan 1.</translation>
    </message>
    <message>
        <source>Tau after removing the baseline’s Theil–Sen trend from both phases (Tarlow 2017).</source>
        <translation>Tau nadat de Theil–Sen-trend van de uitgangsfase uit beide fasen is verwijderd (Tarlow 2017).</translation>
    </message>
    <message>
        <source>The difference of the phase means in baseline standard deviations, corrected for small samples.</source>
        <translation>Het verschil tussen de fasegemiddelden, uitgedrukt in standaarddeviaties van de uitgangsfase en gecorrigeerd voor kleine steekproeven.</translation>
    </message>
    <message>
        <source>&amp;Intervention:</source>
        <translation>Int&amp;erventie:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Meting:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Uitgangsfase:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>How many days before the start make up the baseline; only days with a value count.</source>
        <translation>Hoeveel dagen vóór de start de uitgangsfase vormen; alleen dagen met een waarde tellen mee.</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>Wat dit betekent</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>Houd er rekening mee</translation>
    </message>
    <message>
        <source>— (as above)</source>
        <translation>— (zie hierboven)</translation>
    </message>
    <message>
        <source>Baseline and intervention phase</source>
        <translation>Uitgangsfase en interventiefase</translation>
    </message>
    <message>
        <source>Effect sizes</source>
        <translation>Effectgroottes</translation>
    </message>
    <message>
        <source>Non-overlap of all pairs: the share of all (baseline day, intervention day) pairs in which the intervention day had the higher value (for this measure neither good nor bad); 0.5 means no difference.</source>
        <translation>Non-overlap of All Pairs: het aandeel van alle paren (dag uit de uitgangsfase, dag uit de interventiefase) waarin de interventiedag de hogere waarde had (voor deze meting niet goed of slecht); 0,5 betekent geen verschil.</translation>
    </message>
</context>
<context>
    <name>mb::AuditTrailModel</name>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>undeleted</source>
        <translation>verwijdering ongedaan gemaakt</translation>
    </message>
    <message>
        <source>database upgraded</source>
        <translation>database bijgewerkt</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <source>backed up</source>
        <translation>back-up gemaakt</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>teruggezet uit een back-up</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>Audit row %1, SHA-256 %2</source>
        <translation>Auditregel %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation>registratie</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>interventie</translation>
    </message>
    <message>
        <source>intervention taken</source>
        <translation>inname interventie</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>meting</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>vragenlijst</translation>
    </message>
    <message>
        <source>database schema</source>
        <translation>databaseschema</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>study arm</source>
        <translation>onderzoeksarm</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>ingeschreven</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>teruggetrokken</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tijd</translation>
    </message>
    <message>
        <source>moment (UTC)</source>
        <translation>moment (UTC)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frequentie</translation>
    </message>
    <message>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>ingenomen</translation>
    </message>
    <message>
        <source>days ticked</source>
        <translation>afgevinkte dagen</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>antwoorden</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>ernst</translation>
    </message>
    <message>
        <source>safety flag</source>
        <translation>veiligheidssignaal</translation>
    </message>
    <message>
        <source>acknowledged (UTC)</source>
        <translation>afgehandeld (UTC)</translation>
    </message>
    <message>
        <source>acknowledged by</source>
        <translation>afgehandeld door</translation>
    </message>
    <message>
        <source>acknowledgement note</source>
        <translation>notitie bij afhandeling</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>checksum (SHA-256)</source>
        <translation>controlegetal (SHA-256)</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rijen</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>registraties</translation>
    </message>
    <message>
        <source>values</source>
        <translation>waarden</translation>
    </message>
    <message>
        <source>participants created</source>
        <translation>deelnemers aangemaakt</translation>
    </message>
    <message>
        <source>duplicates skipped</source>
        <translation>dubbele overgeslagen</translation>
    </message>
    <message>
        <source>questionnaire totals skipped</source>
        <translation>vragenlijsttotalen overgeslagen</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>written to</source>
        <translation>geschreven naar</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>names included</source>
        <translation>namen meegenomen</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>audit rows</source>
        <translation>auditregels</translation>
    </message>
    <message>
        <source>safety copy</source>
        <translation>veiligheidskopie</translation>
    </message>
    <message>
        <source>key</source>
        <translation>sleutel</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Engels label</translation>
    </message>
    <message>
        <source>Dutch label</source>
        <translation>Nederlands label</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <source>better when</source>
        <translation>beter als</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>tags of a journal entry</source>
        <translation>tags van een registratie</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>kleur</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>position</source>
        <translation>positie</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>tags on entries</source>
        <translation>tags op registraties</translation>
    </message>
    <message>
        <source>tags created</source>
        <translation>aangemaakte tags</translation>
    </message>
    <message>
        <source>entries given tags</source>
        <translation>registraties met toegevoegde tags</translation>
    </message>
    <message>
        <source>encryption changed</source>
        <translation>versleuteling gewijzigd</translation>
    </message>
    <message>
        <source>encrypted with a passphrase</source>
        <translation>versleuteld met een wachtzin</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>ontsleuteld</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>wachtzin gewijzigd</translation>
    </message>
    <message>
        <source>change</source>
        <translation>wijziging</translation>
    </message>
    <message>
        <source>data from</source>
        <translation>gegevens van</translation>
    </message>
</context>
<context>
    <name>mb::AuditTrailView</name>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle tabellen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>The audit trail was exported, but the export could not be recorded: %1</source>
        <translation>De audittrail is geëxporteerd, maar de export kon niet worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Audittrail exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>Tab&amp;el:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;ot:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>elke datum</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Pa&amp;rticipant:</source>
        <translation>Dee&amp;lnemer:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
</context>
<context>
    <name>mb::AutoBackup</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>De automatische back-up is mislukt: %1</translation>
    </message>
    <message>
        <source>Making the day&apos;s backup… %1%</source>
        <translation>De back-up van vandaag wordt gemaakt… %1%</translation>
    </message>
    <message>
        <source>Making the day&apos;s backup…</source>
        <translation>De back-up van vandaag wordt gemaakt…</translation>
    </message>
    <message>
        <source>Checking the day&apos;s backup…</source>
        <translation>De back-up van vandaag wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The day&apos;s backup was made: %1</source>
        <translation>De back-up van vandaag is gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>mb::ChartView</name>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG image (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;PDF-document (*.pdf);;SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>Chart size</source>
        <translation>Grafiekgrootte</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breedte:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hoogte:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”.</source>
        <translation>De grafiek kon niet worden opgeslagen in “%1”.</translation>
    </message>
    <message>
        <source>Choose the measures to show</source>
        <translation>Kies de metingen die je wilt tonen</translation>
    </message>
    <message>
        <source>Measures to show</source>
        <translation>Te tonen metingen</translation>
    </message>
    <message>
        <source>&amp;Rolling mean:</source>
        <translation>Gemidd&amp;elde:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Rolling mean window in days</source>
        <translation>Venster van het voortschrijdend gemiddelde, in dagen</translation>
    </message>
    <message>
        <source>Show everything (reset zoom)</source>
        <translation>Alles tonen (zoom herstellen)</translation>
    </message>
    <message>
        <source>Save the chart as PNG, PDF or SVG</source>
        <translation>Grafiek opslaan als PNG, PDF of SVG</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaalscore</translation>
    </message>
    <message>
        <source>Questionnaire totals</source>
        <translation>Totaalscores vragenlijsten</translation>
    </message>
    <message>
        <source>Choose the tags to show as rows of marks under the data</source>
        <translation>Kies de tags die als rijen markeringen onder de gegevens verschijnen</translation>
    </message>
    <message>
        <source>Tags to show</source>
        <translation>Te tonen tags</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Metingen</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <source>&amp;30 days</source>
        <translation>&amp;30 dagen</translation>
    </message>
    <message>
        <source>&amp;90 days</source>
        <translation>&amp;90 dagen</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>1 &amp;jaar</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>A&amp;lles</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
</context>
<context>
    <name>mb::CheckInWindow</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Choose your mood, record a measure or write a note first.</source>
        <translation>Kies eerst je stemming, vul een meetwaarde in of schrijf een notitie.</translation>
    </message>
    <message>
        <source>Check in — %1</source>
        <translation>Check-in — %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>How do you feel right now?</source>
        <translation>Hoe voel je je nu?</translation>
    </message>
    <message>
        <source>Choose a participant first: the check-in is for one person.</source>
        <translation>Kies eerst een deelnemer: de check-in is voor één persoon.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Keys: digits and + choose your mood; Tab moves on; Enter saves; Esc closes.</source>
        <translation>Toetsen: cijfers en + kiezen je stemming; Tab gaat verder; Enter slaat op; Esc sluit.</translation>
    </message>
    <message>
        <source>Keys: digits choose your mood; Tab moves on; Enter saves; Esc closes.</source>
        <translation>Toetsen: cijfers kiezen je stemming; Tab gaat verder; Enter slaat op; Esc sluit.</translation>
    </message>
    <message>
        <source>Tab moves on; Enter saves; Esc closes.</source>
        <translation>Tab gaat verder; Enter slaat op; Esc sluit.</translation>
    </message>
    <message>
        <source>&amp;Full form…</source>
        <translation>&amp;Volledig formulier…</translation>
    </message>
    <message>
        <source>Every measure, the date and time, and today&apos;s ticks, with what you typed here</source>
        <translation>Alle meetwaarden, datum en tijd en de vinkjes van vandaag, met wat je hier al invulde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
</context>
<context>
    <name>mb::CohortView</name>
    <message>
        <source>Days since the start (day 0)</source>
        <translation>Dagen sinds de start (dag 0)</translation>
    </message>
    <message>
        <source>Nobody in this cohort has values of %1 around the start.</source>
        <translation>Niemand in dit cohort heeft waarden van %1 rond de start.</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Geen database geopend.</translation>
    </message>
    <message>
        <source>95% confidence interval of the mean</source>
        <translation>95%-betrouwbaarheidsinterval van het gemiddelde</translation>
    </message>
    <message>
        <source>Cohort mean</source>
        <translation>Cohortgemiddelde</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Nobody has had “%1”.</source>
        <translation>Niemand heeft “%1” gehad.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) aligned at the start of “%1”. The band is the 95% confidence interval of the mean (t-based), on days with at least two values. Click a line to open that participant.</source>
        <translation>
            <numerusform>%n deelnemer gelijkgezet op de start van “%1”. De band is het 95%-betrouwbaarheidsinterval van het gemiddelde (op basis van t), op dagen met minstens twee waarden. Klik op een lijn om die deelnemer te openen.</numerusform>
            <numerusform>%n deelnemers gelijkgezet op de start van “%1”. De band is het 95%-betrouwbaarheidsinterval van het gemiddelde (op basis van t), op dagen met minstens twee waarden. Klik op een lijn om die deelnemer te openen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Meting:</translation>
    </message>
    <message>
        <source>Days &amp;before:</source>
        <translation>Dagen &amp;voor:</translation>
    </message>
    <message>
        <source>by intervention</source>
        <translation>per interventie</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>per soort</translation>
    </message>
    <message>
        <source>Show each participant’s line behind the cohort mean</source>
        <translation>Toon de lijn van elke deelnemer achter het cohortgemiddelde</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>alle locaties</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>Inter&amp;vention:</source>
        <translation>Inte&amp;rventie:</translation>
    </message>
    <message>
        <source>afte&amp;r:</source>
        <translation>n&amp;a:</translation>
    </message>
    <message>
        <source>Part&amp;icipants’ lines</source>
        <translation>&amp;Lijnen van deelnemers</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Locati&amp;e:</translation>
    </message>
</context>
<context>
    <name>mb::DatabaseDialogs</name>
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
        <source>Open a MoodBiome database</source>
        <translation>MoodBiome-database openen</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Niet aangemaakt</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name, or use File ▸ Open database… to open it.</source>
        <translation>“%1” bestaat al. Kies een nieuwe bestandsnaam, of gebruik Bestand ▸ Database openen… om het bestand te openen.</translation>
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
        <source>Welcome to MoodBiome</source>
        <translation>Welkom bij MoodBiome</translation>
    </message>
    <message>
        <source>Would you like to look around with demo data first?</source>
        <translation>Wil je eerst rondkijken met demogegevens?</translation>
    </message>
    <message>
        <source>The demo data are made up: a year-long diary with a probiotic period, an FMT and eleven study participants. They live in a separate demo database, so your own database stays empty until you start.</source>
        <translation>De demogegevens zijn verzonnen: een dagboek van een jaar met een periode met een probioticum, een FMT en elf studiedeelnemers. Ze staan in een aparte demodatabase, zodat je eigen database leeg blijft totdat je begint.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>Protect “%1” with a passphrase?</source>
        <translation>“%1” beveiligen met een wachtzin?</translation>
    </message>
    <message>
        <source>Anyone who copies an unprotected database file can read it. With a passphrase the database and its backups are encrypted, and the passphrase is asked each time the database is opened.</source>
        <translation>Wie een onbeveiligd databasebestand kopieert, kan het lezen. Met een wachtzin worden de database en haar back-ups versleuteld, en wordt de wachtzin gevraagd telkens als de database wordt geopend.</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase (recommended for clinical data)</source>
        <translation>&amp;Beveiligen met een wachtzin (aanbevolen voor klinische gegevens)</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase</source>
        <translation>&amp;Beveiligen met een wachtzin</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>Passphrase for the new database</source>
        <translation>Wachtzin voor de nieuwe database</translation>
    </message>
    <message>
        <source>Choose a passphrase for “%1”. It is asked each time the database is opened.</source>
        <translation>Kies een wachtzin voor “%1”. Die wordt gevraagd telkens als de database wordt geopend.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name, or open it with Open another file…</source>
        <translation>“%1” bestaat al. Kies een nieuwe bestandsnaam, of open het bestand met Ander bestand openen…</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Ander bestand openen…</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>&amp;Nieuwe database aanmaken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Explore demo data</source>
        <translation>&amp;Demogegevens verkennen</translation>
    </message>
    <message>
        <source>&amp;Start fresh</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
</context>
<context>
    <name>mb::DatabaseFile</name>
    <message>
        <source>No database was created.</source>
        <translation>Er is geen database gemaakt.</translation>
    </message>
</context>
<context>
    <name>mb::DateField</name>
    <message>
        <source>Check the date: %1 lies in the future.</source>
        <translation>Controleer de datum: %1 ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Check the date: %1 is more than a year ago.</source>
        <translation>Controleer de datum: %1 is meer dan een jaar geleden.</translation>
    </message>
    <message>
        <source>“%1” could not be taken as typed; the date is now %2. Type the year with four digits, or pick the date in the calendar.</source>
        <translation>“%1” kon niet worden overgenomen zoals getypt; de datum is nu %2. Typ het jaar met vier cijfers, of kies de datum in de kalender.</translation>
    </message>
    <message>
        <source>“%1” could not be taken as typed; the date is now %2. Check the date, or pick it in the calendar.</source>
        <translation>“%1” kon niet worden overgenomen zoals getypt; de datum is nu %2. Controleer de datum, of kies hem in de kalender.</translation>
    </message>
    <message>
        <source>Not saved: %1 lies in the future. Choose a date up to %2.</source>
        <translation>Niet opgeslagen: %1 ligt in de toekomst. Kies een datum tot en met %2.</translation>
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
        <translation>Registratie toevoegen</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Die registratie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Registratie bewerken</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Registratie verwijderen</translation>
    </message>
    <message>
        <source>Add intervention %1</source>
        <translation>Interventie %1 toevoegen</translation>
    </message>
    <message>
        <source>That intervention no longer exists.</source>
        <translation>Die interventie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Edit intervention %1</source>
        <translation>Interventie %1 bewerken</translation>
    </message>
    <message>
        <source>Delete intervention %1</source>
        <translation>Interventie %1 verwijderen</translation>
    </message>
    <message>
        <source>Mark %1 taken</source>
        <translation>%1 als ingenomen markeren</translation>
    </message>
    <message>
        <source>Mark %1 not taken</source>
        <translation>%1 als niet ingenomen markeren</translation>
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
        <source>New tag %1</source>
        <translation>Nieuwe tag %1</translation>
    </message>
    <message>
        <source>That tag no longer exists.</source>
        <translation>Die tag bestaat niet meer.</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>Tag %1 hernoemen</translation>
    </message>
    <message>
        <source>Archive tag %1</source>
        <translation>Tag %1 archiveren</translation>
    </message>
    <message>
        <source>Unarchive tag %1</source>
        <translation>Tag %1 uit het archief halen</translation>
    </message>
    <message>
        <source>Edit tag %1</source>
        <translation>Tag %1 bewerken</translation>
    </message>
    <message>
        <source>Reorder tags</source>
        <translation>Volgorde van tags wijzigen</translation>
    </message>
    <message>
        <source>Change the tags of an entry</source>
        <translation>Tags van een registratie wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Edit intervention %1 (adherence of %n day(s) outside the new dates cleared)</source>
        <translation>
            <numerusform>Interventie %1 bewerken (therapietrouw van %n dag buiten de nieuwe datums gewist)</numerusform>
            <numerusform>Interventie %1 bewerken (therapietrouw van %n dagen buiten de nieuwe datums gewist)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::Encryption</name>
    <message>
        <source>Cannot write a new file beside “%1”: %2</source>
        <translation>Kan geen nieuw bestand naast “%1” schrijven: %2</translation>
    </message>
    <message>
        <source>The new file is not what was asked for (%1).</source>
        <translation>Het nieuwe bestand is niet wat gevraagd werd (%1).</translation>
    </message>
    <message>
        <source>The new file has %1 rows in %2 instead of %3.</source>
        <translation>Het nieuwe bestand heeft %1 rijen in %2 in plaats van %3.</translation>
    </message>
    <message>
        <source>The new file does not have the same tables.</source>
        <translation>Het nieuwe bestand heeft niet dezelfde tabellen.</translation>
    </message>
    <message>
        <source>The new file failed its check: %1</source>
        <translation>Het nieuwe bestand is niet door de controle gekomen: %1</translation>
    </message>
    <message>
        <source>“%1” is not encrypted; there is nothing to decrypt.</source>
        <translation>“%1” is niet versleuteld; er valt niets te ontsleutelen.</translation>
    </message>
    <message>
        <source>“%1” failed its check (%2), so it was left as it is. Restore a backup first.</source>
        <translation>“%1” is niet door de controle gekomen (%2), dus het is gelaten zoals het was. Zet eerst een back-up terug.</translation>
    </message>
    <message>
        <source>Cannot put the new file in place of “%1”: %2</source>
        <translation>Kan het nieuwe bestand niet op de plaats van “%1” zetten: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n other name(s) (hard links). Rewriting it would leave the old contents under them; remove them first. Nothing was changed.</source>
        <translation>
            <numerusform>“%1” heeft %n andere naam (een harde koppeling). Herschrijven zou de oude inhoud onder die naam laten staan; verwijder hem eerst. Er is niets gewijzigd.</numerusform>
            <numerusform>“%1” heeft %n andere namen (harde koppelingen). Herschrijven zou de oude inhoud onder die namen laten staan; verwijder ze eerst. Er is niets gewijzigd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::EncryptionChange</name>
    <message>
        <source>The database was changed, but it could not be opened again: %1</source>
        <translation>De database is gewijzigd, maar kon niet opnieuw worden geopend: %1</translation>
    </message>
    <message>
        <source>%1

The database could not be opened again either: %2</source>
        <translation>%1

Ook kon de database niet opnieuw worden geopend: %2</translation>
    </message>
</context>
<context>
    <name>mb::EntryDialog</name>
    <message>
        <source>Edit entry — %1</source>
        <translation>Registratie bewerken — %1</translation>
    </message>
    <message>
        <source>New entry — %1</source>
        <translation>Nieuwe registratie — %1</translation>
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
        <translation>Vandaag ingenomen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Not saved. Correct the value(s) marked in red first: %1.</source>
        <translation>
            <numerusform>Niet opgeslagen. Verbeter eerst de rood gemarkeerde waarde: %1.</numerusform>
            <numerusform>Niet opgeslagen. Verbeter eerst de rood gemarkeerde waarden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>Deze registratie weggooien?</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Discard it?</source>
        <translation>Wat je in dit formulier hebt getypt, is niet opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <source>Record at least one measure, tag or note.</source>
        <translation>Leg minstens één meetwaarde, tag of notitie vast.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Leeg &amp;beginnen</translation>
    </message>
    <message>
        <source>Clears the form and forgets what was typed before.</source>
        <translation>Maakt het formulier leeg en vergeet wat er eerder was ingevuld.</translation>
    </message>
    <message>
        <source>This is what was typed in this form when it closed without being saved (%1). Nothing of it is stored until you press Save.</source>
        <translation>Dit is wat er in dit formulier was ingevuld toen het zonder opslaan werd gesloten (%1). Er wordt niets van bewaard tot je op Opslaan drukt.</translation>
    </message>
    <message>
        <source>Not for %1: %2 starts on %3.</source>
        <translation>Niet voor %1: %2 begint op %3.</translation>
    </message>
    <message>
        <source>Not for %1: %2 ended on %3.</source>
        <translation>Niet voor %1: %2 is gestopt op %3.</translation>
    </message>
</context>
<context>
    <name>mb::ExportDialog</name>
    <message>
        <source>Not exported: %1</source>
        <translation>Niet geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation>Exporteren geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Tidy CSV — one value a row (R, re-import)</source>
        <translation>CSV — één waarde per rij (R, opnieuw importeren)</translation>
    </message>
    <message>
        <source>Wide CSV — one row per participant and day (SPSS, Excel)</source>
        <translation>Brede CSV — één rij per deelnemer per dag (SPSS, Excel)</translation>
    </message>
    <message>
        <source>JSON — everything, including interventions and questionnaires</source>
        <translation>JSON — alles, inclusief interventies en vragenlijsten</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Deelnemer:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Only &amp;dates from</source>
        <translation>Alleen datums &amp;van</translation>
    </message>
    <message>
        <source>Include display &amp;names and notes (JSON; otherwise participants appear by code only)</source>
        <translation>Weergave&amp;namen en notities opnemen (JSON; anders verschijnen deelnemers alleen met hun code)</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>That file is the database itself; choose another file.</source>
        <translation>Dat bestand is de database zelf; kies een ander bestand.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>Exporting… %1 rows</source>
        <translation>Exporteren… %1 rijen</translation>
    </message>
    <message>
        <source>Exported %1 rows to “%2”.</source>
        <translation>%1 rijen geëxporteerd naar “%2”.</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>Export voltooid</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Eerste datum</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet:</source>
        <translation>&amp;Spreadsheet:</translation>
    </message>
    <message>
        <source>Comma, decimal point (R, SPSS, English Excel)</source>
        <translation>Komma, decimale punt (R, SPSS, Engelse Excel)</translation>
    </message>
    <message>
        <source>Semicolon, decimal comma (Dutch Excel)</source>
        <translation>Puntkomma, decimale komma (Nederlandse Excel)</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; choose another folder.</source>
        <translation>De map “%1” bestaat niet; kies een andere map.</translation>
    </message>
    <message>
        <source>FHIR R4 — one Bundle for hospital and EDC systems (JSON)</source>
        <translation>FHIR R4 — één Bundle voor ziekenhuis- en EDC-systemen (JSON)</translation>
    </message>
    <message>
        <source>REDCap data — for the Data Import Tool (CSV)</source>
        <translation>REDCap-gegevens — voor de Data Import Tool (CSV)</translation>
    </message>
    <message>
        <source>REDCap data dictionary — the instruments and fields (CSV)</source>
        <translation>REDCap-datadictionary — de instrumenten en velden (CSV)</translation>
    </message>
    <message>
        <source>CDISC ODM 1.3.2 — metadata, data and audit trail (XML, Castor, REDCap)</source>
        <translation>CDISC ODM 1.3.2 — metadata, gegevens en audittrail (XML, Castor, REDCap)</translation>
    </message>
    <message>
        <source>S&amp;tudy URI (FHIR):</source>
        <translation>S&amp;tudie-URI (FHIR):</translation>
    </message>
    <message>
        <source>The identifier system of the participant codes in FHIR, for example https://example.org/trials/gut-mood</source>
        <translation>Het identificatiesysteem van de deelnemerscodes in FHIR, bijvoorbeeld https://example.org/trials/gut-mood</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-bestanden (*.xml)</translation>
    </message>
    <message>
        <source>The study URI “%1” is not an absolute URI (such as https://example.org/trial or urn:oid:1.2.3).</source>
        <translation>De studie-URI “%1” is geen absolute URI (zoals https://example.org/trial of urn:oid:1.2.3).</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
</context>
<context>
    <name>mb::IdleLock</name>
    <message>
        <source>MoodBiome is locked</source>
        <translation>MoodBiome is vergrendeld</translation>
    </message>
    <message>
        <source>“%1” was closed after a time without use, and its data are no longer shown. Enter the passphrase to open it again.</source>
        <translation>“%1” is gesloten na een tijd zonder gebruik, en de gegevens worden niet meer getoond. Voer de wachtzin in om het weer te openen.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Andere database openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Minutes without use before the database is locked, 0 for never</source>
        <translation>Minuten zonder gebruik voordat de database wordt vergrendeld, 0 voor nooit</translation>
    </message>
    <message>
        <source>&amp;Lock after this many minutes without use:</source>
        <translation>&amp;Vergrendelen na zoveel minuten zonder gebruik:</translation>
    </message>
    <message>
        <source>Only for databases protected with a passphrase. After this time without a key press or mouse movement, open dialogs are cancelled (a new entry being typed is kept as a draft in the database, offered again at the next New entry; what was typed in other dialogs is lost), the database is closed and its passphrase is asked to continue.</source>
        <translation>Alleen voor databases die met een wachtzin zijn beveiligd. Na deze tijd zonder toetsaanslag of muisbeweging worden open vensters geannuleerd (een nieuwe registratie die nog wordt ingevuld, blijft als concept in de database bewaard en wordt bij de volgende Nieuwe registratie weer aangeboden; wat in andere vensters was ingevuld, gaat verloren), wordt de database gesloten en is de wachtzin nodig om verder te gaan.</translation>
    </message>
</context>
<context>
    <name>mb::ImportDialog</name>
    <message>
        <source>Nothing imported</source>
        <translation>Niets geïmporteerd</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the database is unchanged.</source>
        <translation>Importeren geannuleerd; de database is ongewijzigd.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Controle geannuleerd.</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Gegevens importeren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Deelnemer:</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>Herkennen aan de kopregel</translation>
    </message>
    <message>
        <source>Tidy CSV (one value a row)</source>
        <translation>CSV (één waarde per rij)</translation>
    </message>
    <message>
        <source>Wide CSV (one column per measure)</source>
        <translation>Brede CSV (één kolom per meting)</translation>
    </message>
    <message>
        <source>Daylio export</source>
        <translation>Daylio-export</translation>
    </message>
    <message>
        <source>As in the file’s participant column</source>
        <translation>Zoals in de deelnemerkolom van het bestand</translation>
    </message>
    <message>
        <source>First rows as read:</source>
        <translation>Eerste rijen zoals ingelezen:</translation>
    </message>
    <message>
        <source>Daylio mood labels</source>
        <translation>Stemmingslabels van Daylio</translation>
    </message>
    <message>
        <source>These mood labels are not Daylio’s defaults (awful, bad, meh, good, rad). Give each a level from 1 (worst) to 5 (best); it becomes mood (level − 1) × 2.5.</source>
        <translation>Deze stemmingslabels zijn niet de standaardlabels van Daylio (awful, bad, meh, good, rad). Geef elk label een niveau van 1 (slechtst) tot 5 (best); dat wordt stemming (niveau − 1) × 2,5.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Problems (the file is imported only when there are none):</source>
        <translation>Problemen (het bestand wordt pas geïmporteerd als er geen zijn):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>An import cannot be undone with Edit ▸ Undo. It is written all at once, or not at all, and recorded in the audit trail with the file’s name and checksum.</source>
        <translation>Een import kan niet ongedaan worden gemaakt met Bewerken ▸ Ongedaan maken. De import wordt in één keer geschreven of helemaal niet, en vastgelegd in de audittrail met de naam en de controlesom van het bestand.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formaat: %1</translation>
    </message>
    <message>
        <source>separator: %1</source>
        <translation>scheidingsteken: %1</translation>
    </message>
    <message>
        <source>byte-order mark</source>
        <translation>bytevolgordemarkering (BOM)</translation>
    </message>
    <message>
        <source>CRLF line ends</source>
        <translation>CRLF-regeleinden</translation>
    </message>
    <message>
        <source>LF line ends</source>
        <translation>LF-regeleinden</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>niet toegewezen</translation>
    </message>
    <message>
        <source>%1 (mood %2)</source>
        <translation>%1 (stemming %2)</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Er is niets nieuws om te importeren.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.tsv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>New participants: %1.</source>
        <translation>Nieuwe deelnemers: %1.</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Import voltooid</translation>
    </message>
    <message>
        <source>First rows as read</source>
        <translation>Eerste rijen zoals gelezen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>“%1” is not a text file: byte %2 is a control character (code %3). Choose a CSV file, saved as text.</source>
        <translation>“%1” is geen tekstbestand: byte %2 is een stuurteken (code %3). Kies een CSV-bestand dat als tekst is opgeslagen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>header</source>
        <translation>kopregel</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>kolommen</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>aanhalingstekens</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tijd</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>meting</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>Give each mood label a level in the table “Daylio mood labels”.</source>
        <translation>Geef elk stemmingslabel een niveau in de tabel “Daylio-stemmingslabels”.</translation>
    </message>
    <message>
        <source>Choose the participant the file belongs to.</source>
        <translation>Kies de deelnemer van wie het bestand is.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stand in the way of the import; nothing has been written.</source>
        <translation>
            <numerusform>%n probleem staat het importeren in de weg; er is niets geschreven.</numerusform>
            <numerusform>%n problemen staan het importeren in de weg; er is niets geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file and open it again.</source>
        <translation>Verbeter het bestand en open het opnieuw.</translation>
    </message>
    <message>
        <source>The other problems must be corrected in the file.</source>
        <translation>De andere problemen moeten in het bestand worden verbeterd.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n new participant(s): %1</source>
        <translation>
            <numerusform>%n nieuwe deelnemer aanmaken: %1</numerusform>
            <numerusform>%n nieuwe deelnemers aanmaken: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n waarde</numerusform>
            <numerusform>%n waarden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n registratie</numerusform>
            <numerusform>%n registraties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>Level of “%1”</source>
        <translation>Niveau van “%1”</translation>
    </message>
    <message>
        <source>Ready to import %1 in %2 from %3.</source>
        <translation>Klaar om %1 in %2 uit %3 te importeren.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) stored already will be skipped.</source>
        <translation>
            <numerusform>%n waarde staat al opgeslagen en wordt overgeslagen.</numerusform>
            <numerusform>%n waarden staan al opgeslagen en worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire total(s) will be skipped: a total alone is not a questionnaire response.</source>
        <translation>
            <numerusform>%n vragenlijsttotaal wordt overgeslagen: een totaal alleen is geen ingevulde vragenlijst.</numerusform>
            <numerusform>%n vragenlijsttotalen worden overgeslagen: een totaal alleen is geen ingevulde vragenlijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 in %2 from “%3”.</source>
        <translation>%1 in %2 geïmporteerd uit “%3”.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n value(s) stored already.</source>
        <translation>
            <numerusform>%n waarde overgeslagen die al opgeslagen stond.</numerusform>
            <numerusform>%n waarden overgeslagen die al opgeslagen stonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>New tags: %1.</source>
        <translation>Nieuwe tags: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) stored already will get their tags.</source>
        <translation>
            <numerusform>%n registratie die al was opgeslagen, krijgt haar tags.</numerusform>
            <numerusform>%n registraties die al waren opgeslagen, krijgen hun tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) stored already got their tags.</source>
        <translation>
            <numerusform>%n registratie die al was opgeslagen, kreeg haar tags.</numerusform>
            <numerusform>%n registraties die al waren opgeslagen, kregen hun tags.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>mb::InsightsPanel</name>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Difference / r</source>
        <translation>Verschil / r</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%-BI</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>Gecorrigeerde p</translation>
    </message>
    <message>
        <source>%1 with, %2 without</source>
        <translation>%1 met, %2 zonder</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>No tags or other measures to compare yet: tag your entries (kefir, a walk, a late night…) and this tab shows which of them go with a better or worse %1.</source>
        <translation>Nog geen tags of andere meetwaarden om te vergelijken: geef je registraties tags (kefir, een wandeling, laat naar bed…) en dit tabblad laat zien welke ervan samengaan met een betere of slechtere %1.</translation>
    </message>
    <message>
        <source>Select a row to read it in words.</source>
        <translation>Kies een rij om die in woorden te lezen.</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Meetwaarde:</translation>
    </message>
    <message>
        <source>Up to &amp;days later:</source>
        <translation>Tot dagen &amp;later:</translation>
    </message>
    <message>
        <source>0: the same day only; 1: also the next day; and so on.</source>
        <translation>0: alleen dezelfde dag; 1: ook de dag erna; enzovoort.</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>Wat opvalt</translation>
    </message>
    <message>
        <source>Opens the Interventions tab: choose an intervention and “Randomise…” to plan a randomised N-of-1 trial (see the manual, “Randomised designs”).</source>
        <translation>Opent het tabblad Interventies: kies een interventie en “Randomiseren…” om een gerandomiseerde N-of-1-studie te plannen (zie de handleiding, “Gerandomiseerde opzetten”).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Mean with / without</source>
        <translation>Gemiddelde met / zonder</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Up to days later</source>
        <translation>Tot dagen later</translation>
    </message>
    <message>
        <source>Plan a randomised &amp;trial…</source>
        <translation>Gerandomiseerde studie &amp;plannen…</translation>
    </message>
</context>
<context>
    <name>mb::InterventionDialog</name>
    <message>
        <source>Give the intervention a name, such as “Lactobacillus rhamnosus GG”.</source>
        <translation>Geef de interventie een naam, zoals “Lactobacillus rhamnosus GG”.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Interventie bewerken</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>Nieuwe interventie</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequentie:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>for example Lactobacillus rhamnosus GG</source>
        <translation>bijvoorbeeld Lactobacillus rhamnosus GG</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Dosiseenheid</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>for example daily, twice a day</source>
        <translation>bijvoorbeeld dagelijks, twee keer per dag</translation>
    </message>
    <message>
        <source>&amp;Ongoing</source>
        <translation>&amp;Lopend</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Not saved. Correct the dose first: %1</source>
        <translation>Niet opgeslagen. Verbeter eerst de dosis: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Leave empty when there is no dose; a comma or a point for decimals.</source>
        <translation>Laat leeg als er geen dosis is; decimalen met een komma of een punt.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Een&amp;heid:</translation>
    </message>
    <message>
        <source>e.g. billion CFU</source>
        <translation>bijv. miljard KVE</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>mb::InterventionModel</name>
    <message>
        <source>one day (event)</source>
        <translation>één dag (gebeurtenis)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>mb::InterventionPanel</name>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>Delete intervention</source>
        <translation>Interventie verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z; the audit trail keeps a record.</source>
        <translation>“%1” verwijderen? Je kunt dit ongedaan maken met Ctrl+Z; de audittrail legt het vast.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>Set the end date of an ongoing intervention to today</source>
        <translation>Einddatum van een lopende interventie op vandaag zetten</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventies</translation>
    </message>
    <message>
        <source>Plan a randomised N-of-1 design for the selected intervention and lock it.</source>
        <translation>Plan een gerandomiseerde N-of-1-opzet voor de gekozen interventie en vergrendel die.</translation>
    </message>
    <message>
        <source>Add inter&amp;vention…</source>
        <translation>Interventie toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>End &amp;today</source>
        <translation>Vand&amp;aag beëindigen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <source>&amp;Randomise…</source>
        <translation>&amp;Randomiseren…</translation>
    </message>
    <message>
        <source>Not saved: the adherence recorded outside the new dates was kept.</source>
        <translation>Niet opgeslagen: de therapietrouw die buiten de nieuwe datums is vastgelegd, is bewaard.</translation>
    </message>
    <message>
        <source>Clear adherence?</source>
        <translation>Therapietrouw wissen?</translation>
    </message>
    <message numerus="yes">
        <source>Adherence of “%1” was recorded on %n day(s) outside the new dates (%2 to %3). Saving clears those days. You can undo this with Ctrl+Z; the audit trail keeps a record.</source>
        <translation>
            <numerusform>Voor “%1” is op %n dag buiten de nieuwe datums (%2 tot %3) therapietrouw vastgelegd. Bij opslaan wordt die dag gewist. Je kunt dit ongedaan maken met Ctrl+Z; de audittrail legt het vast.</numerusform>
            <numerusform>Voor “%1” is op %n dagen buiten de nieuwe datums (%2 tot %3) therapietrouw vastgelegd. Bij opslaan worden die dagen gewist. Je kunt dit ongedaan maken met Ctrl+Z; de audittrail legt het vast.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear and save</source>
        <translation>&amp;Wissen en opslaan</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behouden</translation>
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
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>mb::JournalPanel</name>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>Entry deleted. Undo with Ctrl+Z.</source>
        <translation>Registratie verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Dagboekregistraties</translation>
    </message>
    <message>
        <source>No entries yet.
Press Ctrl+N or “New entry…” to record the first one.</source>
        <translation>Nog geen registraties.
Druk op Ctrl+N of klik op “Nieuwe registratie…” om de eerste vast te leggen.</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nieuwe registratie…</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>Registratie &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Registratie &amp;verwijderen</translation>
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
        <source>Demo data — MoodBiome</source>
        <translation>Demogegevens — MoodBiome</translation>
    </message>
    <message>
        <source>This database holds several participants: switched to clinician mode.</source>
        <translation>Deze database bevat meerdere deelnemers: overgeschakeld naar behandelaarsmodus.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import a CSV file (tidy, wide or Daylio); you can also drop a file on the window</source>
        <translation>Een CSV-bestand importeren (CSV, brede CSV of Daylio); je kunt ook een bestand op het venster slepen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Participant &amp;report (PDF)…</source>
        <translation>Deelnemers&amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Terugzetten vanuit back-up…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Merge site databases…</source>
        <translation>Locatiedatabases &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Check-in opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>&amp;Check-in…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>Ta&amp;gs…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>O&amp;pnieuw doen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw doen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an undo step and the code of the participant it changes</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (read-only) — MoodBiome</source>
        <translation>%1 (alleen-lezen) — MoodBiome</translation>
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
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>%1: type a digit from 1 to 7; 0 or Delete: not recorded.</source>
        <translation>%1: typ een cijfer van 1 tot 7; 0 of Delete: niet vastgelegd.</translation>
    </message>
    <message>
        <source>%1, %2. Leave empty when not recorded; a comma or a point for decimals.</source>
        <translation>%1, %2. Laat leeg als niet vastgelegd; decimalen met een komma of een punt.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>mb::MergeDialog</name>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Er is niets samengevoegd: %1</translation>
    </message>
    <message>
        <source>Merge site databases</source>
        <translation>Locatiedatabases samenvoegen</translation>
    </message>
    <message>
        <source>Site database</source>
        <translation>Locatiedatabase</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Locatiecode</translation>
    </message>
    <message>
        <source>Site databases</source>
        <translation>Locatiedatabases</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Keep participant codes (refuse the merge when one is already taken)</source>
        <translation>Deelnemerscodes &amp;behouden (samenvoegen weigeren als er een al bestaat)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>MoodBiome databases (*.sqlite *.db);;All files (*)</source>
        <translation>MoodBiome-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Verifying and merging…</source>
        <translation>Controleren en samenvoegen…</translation>
    </message>
    <message>
        <source>Site %1: %2 new participants, %3 entries, %4 questionnaire responses, %5 interventions.</source>
        <translation>Locatie %1: %2 nieuwe deelnemers, %3 registraties, %4 ingevulde vragenlijsten, %5 interventies.</translation>
    </message>
    <message>
        <source>Renamed where the code was taken: %1.</source>
        <translation>Hernoemd waar de code al bestond: %1.</translation>
    </message>
    <message>
        <source>Encrypted; its passphrase was checked.</source>
        <translation>Versleuteld; de wachtzin is gecontroleerd.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the site database does not open with it.</source>
        <translation>Verkeerde wachtzin: de locatiedatabase gaat er niet mee open.</translation>
    </message>
    <message>
        <source>“%1” is encrypted, or it is not a database at all. If it is an encrypted site database, enter its passphrase.</source>
        <translation>“%1” is versleuteld, of het is helemaal geen database. Is het een versleutelde locatiedatabase, voer dan de wachtzin ervan in.</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (versleuteld)</translation>
    </message>
    <message>
        <source>Each site database is verified first (integrity and audit trail); a damaged one is refused and nothing is merged. A participant code this database already has becomes SITE/CODE. Merging a site again adds what is new and applies the site&apos;s changes since (a row this database changed too is refused); every merged row keeps its site and the site&apos;s own audit history. An encrypted site&apos;s passphrase is asked for when it is added.</source>
        <translation>Elke locatiedatabase wordt eerst gecontroleerd (integriteit en audittrail); een beschadigde wordt geweigerd en er wordt niets samengevoegd. Een deelnemerscode die deze database al heeft, wordt LOCATIE/CODE. Een locatie opnieuw samenvoegen voegt toe wat nieuw is en neemt de wijzigingen van de locatie sindsdien over (een rij die deze database zelf ook wijzigde, wordt geweigerd); elke samengevoegde rij houdt haar locatie en de eigen audittrail van de locatie. Bij een versleutelde locatie wordt bij het toevoegen om de wachtzin gevraagd.</translation>
    </message>
</context>
<context>
    <name>mb::MoodRow</name>
    <message>
        <source>%1 chosen</source>
        <translation>%1 gekozen</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Niets gekozen</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 van %3</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Toets: %1</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>heel laag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>heel goed</translation>
    </message>
    <message>
        <source>extreme</source>
        <translation>extreem</translation>
    </message>
</context>
<context>
    <name>mb::NumberField</name>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” is geen getal.</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 to %4.</source>
        <translation>%1: %2 ligt buiten %3 tot %4.</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number.</source>
        <translation>%1: %2 is geen geheel getal.</translation>
    </message>
</context>
<context>
    <name>mb::OpenCheck</name>
    <message>
        <source>The database needs attention</source>
        <translation>De database heeft aandacht nodig</translation>
    </message>
</context>
<context>
    <name>mb::ParticipantChart</name>
    <message>
        <source>Score (0–10)</source>
        <translation>Score (0–10)</translation>
    </message>
    <message>
        <source>%1, daily</source>
        <translation>%1, dagelijks</translation>
    </message>
    <message>
        <source>%1, %2-day mean</source>
        <translation>%1, %2-daags gemiddelde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(%1-day mean %2)</source>
        <translation>(%1-daags gemiddelde %2)</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>Actief: %1</translation>
    </message>
    <message>
        <source>Not taken that day</source>
        <translation>Die dag niet ingenomen</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>No values recorded for the chosen measures yet.
Press Ctrl+N to check in, or “New entry…” (Alt+N) for the full form.</source>
        <translation>Nog geen waarden vastgelegd voor de gekozen metingen.
Druk op Ctrl+N om in te checken, of kies “Nieuwe registratie…” (Alt+N) voor het volledige formulier.</translation>
    </message>
    <message>
        <source>No values recorded for the chosen measures yet.
Press Ctrl+N (or “New entry…”) to record an entry.</source>
        <translation>Nog geen waarden vastgelegd voor de gekozen metingen.
Druk op Ctrl+N (of “Nieuwe registratie…”) om een registratie vast te leggen.</translation>
    </message>
    <message>
        <source>No totals of this questionnaire yet.
Use the “Fill in …” buttons above to record one.</source>
        <translation>Nog geen totalen van deze vragenlijst.
Gebruik de knoppen “… invullen” hierboven om er een vast te leggen.</translation>
    </message>
    <message>
        <source>No measures chosen.</source>
        <translation>Geen metingen gekozen.</translation>
    </message>
    <message>
        <source>%1: no values recorded yet.</source>
        <translation>%1: nog geen waarden vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 to %3, %n day(s) with data. Last values, on %4: %5.</source>
        <translation>
            <numerusform>%1 van %2 tot en met %3, %n dag met gegevens. Laatste waarden, op %4: %5.</numerusform>
            <numerusform>%1 van %2 tot en met %3, %n dagen met gegevens. Laatste waarden, op %4: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown: %1 to %2.</source>
        <translation>Getoond: %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Keys: + and - zoom, Left and Right move, Home shows everything.</source>
        <translation>Toetsen: + en - zoomen, Links en Rechts verschuiven, Home toont alles.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
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
    <name>mb::ParticipantHeader</name>
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
            <numerusform>%n registratie</numerusform>
            <numerusform>%n registraties</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrew %1 — read-only</source>
        <translation>Teruggetrokken op %1 — alleen-lezen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nieuwe registratie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; Everything here is made up, to show what MoodBiome does. Changes stay in the demo database.</source>
        <translation>&lt;b&gt;Demogegevens.&lt;/b&gt; Alles hier is verzonnen, om te laten zien wat MoodBiome doet. Wijzigingen blijven in de demodatabase.</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nieuwe registratie…</translation>
    </message>
    <message>
        <source>Open m&amp;y own database</source>
        <translation>Mi&amp;jn eigen database openen</translation>
    </message>
    <message>
        <source>The full entry form: every measure, a note and tags (Alt+N; Ctrl+N opens the quick check-in)</source>
        <translation>Het volledige formulier: alle metingen, een notitie en tags (Alt+N; Ctrl+N opent de snelle check-in)</translation>
    </message>
    <message>
        <source>Record an entry for this participant (Ctrl+N)</source>
        <translation>Een registratie voor deze deelnemer vastleggen (Ctrl+N)</translation>
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
        <translation>Ingeschreven %1</translation>
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
    <message>
        <source>Unacknowledged PHQ-9 safety flag: see Questionnaires.</source>
        <translation>Niet-bevestigde PHQ-9-veiligheidssignaal: zie Vragenlijsten.</translation>
    </message>
    <message>
        <source>⚠ Safety flag</source>
        <translation>⚠ Veiligheidssignaal</translation>
    </message>
</context>
<context>
    <name>mb::ParticipantListPanel</name>
    <message>
        <source>Withdraw participant</source>
        <translation>Deelnemer terugtrekken</translation>
    </message>
    <message>
        <source>Withdraw %1 as of today? Their data are kept, and their journal becomes read-only.</source>
        <translation>%1 met ingang van vandaag terugtrekken? De gegevens blijven bewaard en het dagboek wordt alleen-lezen.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>Search code, name or arm…</source>
        <translation>Zoek op code, naam of studiearm…</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Deelnemers zoeken</translation>
    </message>
    <message>
        <source>Shows only the participants whose code, name, arm or status contains the text</source>
        <translation>Toont alleen de deelnemers van wie de code, naam, studiearm of status de tekst bevat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>Deelnemer toevoe&amp;gen…</translation>
    </message>
</context>
<context>
    <name>mb::ParticipantTabs</name>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventies</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
</context>
<context>
    <name>mb::Passphrase</name>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Een wachtzin heeft minstens %n teken nodig.</numerusform>
            <numerusform>Een wachtzin heeft minstens %n tekens nodig.</numerusform>
        </translation>
    </message>
    <message>
        <source>A passphrase cannot contain line breaks, tabs or other control characters.</source>
        <translation>Een wachtzin mag geen regeleinden, tabs of andere stuurtekens bevatten.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Te kort</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
</context>
<context>
    <name>mb::PassphraseDialog</name>
    <message>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Voer de wachtzin in.</translation>
    </message>
    <message>
        <source>Enter the passphrase for “%1”.</source>
        <translation>Voer de wachtzin voor “%1” in.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtzin</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>Wachtzin &amp;tonen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Wachtzin tonen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe. If it is lost, nobody can recover the data: not you, not your clinic, not the makers of MoodBiome.</source>
        <translation>Schrijf de wachtzin op en bewaar hem op een veilige plek. Raakt hij kwijt, dan kan niemand de gegevens terughalen: jij niet, je praktijk niet en de makers van MoodBiome ook niet.</translation>
    </message>
    <message>
        <source>Enter the passphrase for “%1”.

Without it the file cannot be read: it is an encrypted database, or not a database at all.</source>
        <translation>Voer de wachtzin voor “%1” in.

Zonder wachtzin is het bestand niet te lezen: het is een versleutelde database, of helemaal geen database.</translation>
    </message>
    <message>
        <source>Wrong passphrase. The file was not changed.</source>
        <translation>Verkeerde wachtzin. Het bestand is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>mb::PassphraseSource</name>
    <message>
        <source>Passphrase for “%1”: </source>
        <translation>Wachtzin voor “%1”: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtzin: </translation>
    </message>
    <message>
        <source>The new passphrase again: </source>
        <translation>Nogmaals de nieuwe wachtzin: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>De twee wachtzinnen verschillen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file “%1”.</source>
        <translation>Kan het wachtzinbestand “%1” niet lezen.</translation>
    </message>
    <message>
        <source>The passphrase file “%1” is empty: the passphrase is its first line.</source>
        <translation>Het wachtzinbestand “%1” is leeg: de wachtzin is de eerste regel.</translation>
    </message>
    <message>
        <source>Give the new passphrase with --%1 %2, or run the command on a terminal to be asked for it.</source>
        <translation>Geef de nieuwe wachtzin met --%1 %2, of voer de opdracht uit in een terminal om ernaar gevraagd te worden.</translation>
    </message>
</context>
<context>
    <name>mb::PlainFileNote</name>
    <message>
        <source>The database is encrypted, but the export is not: anyone who gets the file can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>De database is versleuteld, maar de export niet: iedereen die het bestand in handen krijgt, kan het lezen. Bewaar het op een veilige plek en verwijder het als je het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>The database is encrypted, but the report is not: anyone who gets the PDF can read it. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>De database is versleuteld, maar het rapport niet: iedereen die de pdf in handen krijgt, kan hem lezen. Bewaar hem op een veilige plek en verwijder hem als je hem niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
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
        <translation>Typ een cijfer van 0 tot en met %1 om te antwoorden en door te gaan; met de pijltjestoetsen wijzig je het antwoord.</translation>
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
    <message>
        <source>Discard these answers?</source>
        <translation>Deze antwoorden weggooien?</translation>
    </message>
    <message>
        <source>The answers in this form have not been saved. Discard them?</source>
        <translation>De antwoorden in dit formulier zijn niet opgeslagen. Weggooien?</translation>
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
        <source>Delete questionnaire</source>
        <translation>Vragenlijst verwijderen</translation>
    </message>
    <message>
        <source>Acknowledge safety flag — %1</source>
        <translation>Veiligheidssignaal bevestigen — %1</translation>
    </message>
    <message>
        <source>Clinician&apos;s &amp;note: the risk assessment made or the action taken. The note, your user name and the time are kept in the audit trail.</source>
        <translation>&amp;Notitie van de behandelaar: de uitgevoerde risicotaxatie of de genomen actie. De notitie, je gebruikersnaam en het tijdstip worden in de audittrail bewaard.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Afhandelen</translation>
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
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Record that a clinician has seen this flag, with a note on the assessment or action taken</source>
        <translation>Vastleggen dat een behandelaar dit signaal heeft gezien, met een notitie over de beoordeling of de genomen actie</translation>
    </message>
    <message>
        <source>No questionnaires filled in yet. Use the buttons above to fill in the PHQ-9, GAD-7, PSS-10 or WHO-5.</source>
        <translation>Nog geen vragenlijsten ingevuld. Gebruik de knoppen hierboven om de PHQ-9, GAD-7, PSS-10 of WHO-5 in te vullen.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaalscore</translation>
    </message>
    <message>
        <source>&amp;Totals over time:</source>
        <translation>Totaal&amp;scores in de tijd:</translation>
    </message>
    <message>
        <source>Questionnaire responses</source>
        <translation>Ingevulde vragenlijsten</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>&amp;Afhandelen…</translation>
    </message>
    <message>
        <source>Your &amp;note: how you are now and what you did about it, such as whom you talked to. The note, your user name and the time are kept in the audit trail.</source>
        <translation>Je &amp;notitie: hoe het nu met je gaat en wat je eraan hebt gedaan, bijvoorbeeld met wie je hebt gepraat. De notitie, je gebruikersnaam en het tijdstip worden in de audittrail bewaard.</translation>
    </message>
</context>
<context>
    <name>mb::RandomisationDialog</name>
    <message>
        <source>The seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>De seed moet een geheel getal van 0 tot en met 18446744073709551615 zijn.</translation>
    </message>
    <message>
        <source>More than 10^19 admissible schedules; one is drawn at random with the seed.</source>
        <translation>Meer dan 10^19 toegestane schema’s; er wordt er één willekeurig getrokken met de seed.</translation>
    </message>
    <message>
        <source>%1 admissible schedules; one is drawn at random with the seed.</source>
        <translation>%1 toegestane schema’s; er wordt er één willekeurig getrokken met de seed.</translation>
    </message>
    <message>
        <source>Draw the schedule for “%1” with seed %2 and lock it? It is stored with its SHA-256 in the audit trail and can never be changed or drawn again.</source>
        <translation>Het schema voor “%1” trekken met seed %2 en vergrendelen? Het wordt met zijn SHA-256 in het auditlogboek vastgelegd en kan nooit meer worden gewijzigd of opnieuw getrokken.</translation>
    </message>
    <message>
        <source>Locked schedule: %1</source>
        <translation>Vergrendeld schema: %1</translation>
    </message>
    <message>
        <source>Randomised design for “%1”</source>
        <translation>Gerandomiseerde opzet voor “%1”</translation>
    </message>
    <message>
        <source>Plan before you start: the days on which you take “%1” (B) or not (A) are drawn at random now and locked, so that a randomisation test can later show whether the difference is more than chance.</source>
        <translation>Plan voordat je begint: de dagen waarop je “%1” neemt (B) of niet (A) worden nu willekeurig getrokken en vergrendeld, zodat een randomisatietoets later kan laten zien of het verschil meer is dan toeval.</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Opzet:</translation>
    </message>
    <message>
        <source>Phase designs: the shortest phase. Alternating design: the longest run of one condition.</source>
        <translation>Fase-opzetten: de kortste fase. Alternerende opzet: de langste reeks van één conditie.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>The same seed always draws the same schedule, on every computer.</source>
        <translation>Dezelfde seed trekt altijd hetzelfde schema, op elke computer.</translation>
    </message>
    <message>
        <source>Main &amp;measure:</source>
        <translation>&amp;Hoofdmaat:</translation>
    </message>
    <message>
        <source>Decides the direction the test looks for: higher values or lower values.</source>
        <translation>Bepaalt welke richting de toets zoekt: hogere of lagere waarden.</translation>
    </message>
    <message>
        <source>Draw and &amp;lock…</source>
        <translation>Trekken en &amp;vergrendelen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>D&amp;ays:</source>
        <translation>&amp;Dagen:</translation>
    </message>
    <message>
        <source>Mi&amp;nimum phase:</source>
        <translation>&amp;Minimale fase:</translation>
    </message>
    <message>
        <source>&amp;Lock for good</source>
        <translation>&amp;Definitief vergrendelen</translation>
    </message>
</context>
<context>
    <name>mb::RandomisationSection</name>
    <message>
        <source>“%1” has no randomised schedule. A schedule drawn before the data are collected (Interventions tab, “Randomise…”) turns the comparison into a test.</source>
        <translation>“%1” heeft geen gerandomiseerd schema. Een schema dat vóór de gegevensverzameling is getrokken (tabblad Interventies, “Randomiseren…”) maakt van de vergelijking een toets.</translation>
    </message>
    <message>
        <source>Randomisation test</source>
        <translation>Randomisatietoets</translation>
    </message>
    <message>
        <source>Visual analysis</source>
        <translation>Visuele analyse</translation>
    </message>
</context>
<context>
    <name>mb::ReminderService</name>
    <message>
        <source>Time to check in</source>
        <translation>Tijd voor je check-in</translation>
    </message>
    <message>
        <source>How do you feel? Click here to record it in a few keys.</source>
        <translation>Hoe voel je je? Klik hier om het in een paar toetsen vast te leggen.</translation>
    </message>
    <message>
        <source>MoodBiome is still running</source>
        <translation>MoodBiome draait nog</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you. Quit from the tray icon&apos;s menu.</source>
        <translation>Het blijft in het systeemvak om je te herinneren. Afsluiten kan via het menu van het pictogram.</translation>
    </message>
    <message>
        <source>How do you feel? A check-in takes a few keys.</source>
        <translation>Hoe voel je je? Een check-in kost maar een paar toetsen.</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>Nu &amp;inchecken</translation>
    </message>
    <message numerus="yes">
        <source>Remind me in %n minute(s)</source>
        <translation>
            <numerusform>Herinner me over %n minuut</numerusform>
            <numerusform>Herinner me over %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remind me in %n minute(s)</source>
        <translation>
            <numerusform>&amp;Herinner me over %n minuut</numerusform>
            <numerusform>&amp;Herinner me over %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open MoodBiome</source>
        <translation>MoodBiome &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>MoodBiome: daily check-in</source>
        <translation>MoodBiome: dagelijkse check-in</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Negeren</translation>
    </message>
</context>
<context>
    <name>mb::ReportDialog</name>
    <message>
        <source>Choose a file for the report.</source>
        <translation>Kies een bestand voor het rapport.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; choose another folder.</source>
        <translation>De map “%1” bestaat niet; kies een andere map.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Participant report</source>
        <translation>Deelnemersrapport</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deelnemer:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Het bestand kiezen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
</context>
<context>
    <name>mb::SecurityDialog</name>
    <message>
        <source>Securit&amp;y…</source>
        <translation>Be&amp;veiliging…</translation>
    </message>
    <message>
        <source>Encrypt the database, change its passphrase or decrypt it</source>
        <translation>De database versleutelen, de wachtzin wijzigen of de database ontsleutelen</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation>Verkeerde wachtzin. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>De database versleutelen</translation>
    </message>
    <message>
        <source>Choose a passphrase for “%1”. MoodBiome will ask for it whenever the database is opened.</source>
        <translation>Kies een wachtzin voor “%1”. MoodBiome vraagt erom telkens als de database wordt geopend.</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>De database wordt versleuteld…</translation>
    </message>
    <message>
        <source>Enter the current passphrase first.</source>
        <translation>Voer eerst de huidige wachtzin in.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>De wachtzin wijzigen</translation>
    </message>
    <message>
        <source>Choose the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation>Kies de nieuwe wachtzin. Eerder gemaakte back-ups houden de wachtzin waarmee ze zijn gemaakt.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>De wachtzin wordt gewijzigd…</translation>
    </message>
    <message>
        <source>Enter the passphrase to decrypt the database.</source>
        <translation>Voer de wachtzin in om de database te ontsleutelen.</translation>
    </message>
    <message>
        <source>Decrypt the database</source>
        <translation>De database ontsleutelen</translation>
    </message>
    <message>
        <source>Decrypt “%1”?</source>
        <translation>“%1” ontsleutelen?</translation>
    </message>
    <message>
        <source>Anyone who can copy the file, from this computer or a lost laptop, will be able to read everything in it. Backups made so far stay encrypted; new ones will not be.</source>
        <translation>Iedereen die het bestand kan kopiëren, van deze computer of van een verloren laptop, kan dan alles lezen wat erin staat. De back-ups die tot nu toe zijn gemaakt blijven versleuteld; nieuwe niet.</translation>
    </message>
    <message>
        <source>Decrypting the database…</source>
        <translation>De database wordt ontsleuteld…</translation>
    </message>
    <message>
        <source>On a big database this takes a while; the window shows the data again when it is done.</source>
        <translation>Bij een grote database duurt dit even; het venster toont de gegevens weer als het klaar is.</translation>
    </message>
    <message numerus="yes">
        <source>The database is decrypted. All %n row(s) were copied and checked.</source>
        <translation>
            <numerusform>De database is ontsleuteld. De %n rij is gekopieerd en gecontroleerd.</numerusform>
            <numerusform>De database is ontsleuteld. Alle %n rijen zijn gekopieerd en gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database is encrypted. All %n row(s) were copied and checked.</source>
        <translation>
            <numerusform>De database is versleuteld. De %n rij is gekopieerd en gecontroleerd.</numerusform>
            <numerusform>De database is versleuteld. Alle %n rijen zijn gekopieerd en gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is changed. All %n row(s) were copied and checked.</source>
        <translation>
            <numerusform>De wachtzin is gewijzigd. De %n rij is gekopieerd en gecontroleerd.</numerusform>
            <numerusform>De wachtzin is gewijzigd. Alle %n rijen zijn gekopieerd en gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unencrypted backups</source>
        <translation>Onversleutelde back-ups</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) in “%1” are still unencrypted.</source>
        <translation>
            <numerusform>%n oudere back-up in “%1” is nog niet versleuteld.</numerusform>
            <numerusform>%n oudere back-ups in “%1” zijn nog niet versleuteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone who gets them can read them. Delete them now? New backups are encrypted.</source>
        <translation>Iedereen die ze in handen krijgt, kan ze lezen. Nu verwijderen? Nieuwe back-ups worden versleuteld.</translation>
    </message>
    <message>
        <source>Not all deleted</source>
        <translation>Niet alles verwijderd</translation>
    </message>
    <message>
        <source>These backups could not be deleted:
%1</source>
        <translation>Deze back-ups konden niet worden verwijderd:
%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Er is geen database geopend.</translation>
    </message>
    <message>
        <source>This database is encrypted.</source>
        <translation>Deze database is versleuteld.</translation>
    </message>
    <message>
        <source>This database is not encrypted.</source>
        <translation>Deze database is niet versleuteld.</translation>
    </message>
    <message>
        <source>Its file, its temporary files and its backups can only be read with the passphrase: someone who copies them or takes this computer learns nothing from them. Not protected: the data while MoodBiome shows them, and exports and reports, which are written unencrypted.</source>
        <translation>Het bestand, de tijdelijke bestanden en de back-ups zijn alleen met de wachtzin te lezen: wie ze kopieert of deze computer meeneemt, komt er niets uit te weten. Niet beschermd: de gegevens terwijl MoodBiome ze toont, en exports en rapporten, die onversleuteld worden geschreven.</translation>
    </message>
    <message>
        <source>Anyone who can copy its file or its backups, from this computer or a lost laptop, can read everything in it. Encrypting it protects the file and its backups with a passphrase; without that passphrase nobody can recover the data, not even you.</source>
        <translation>Iedereen die het bestand of de back-ups kan kopiëren, van deze computer of van een verloren laptop, kan alles lezen wat erin staat. Versleutelen beschermt het bestand en de back-ups met een wachtzin; zonder die wachtzin kan niemand de gegevens terughalen, ook jij niet.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Versleutelen…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Wachtzin &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Ontsleutelen…</translation>
    </message>
    <message>
        <source>Rewriting the database</source>
        <translation>De database wordt herschreven</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Ontsleutelen</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Bewaren</translation>
    </message>
</context>
<context>
    <name>mb::SettingsDialog</name>
    <message numerus="yes">
        <source>The check-in shows at most %n measure(s) besides mood.</source>
        <translation>
            <numerusform>De check-in toont naast stemming hoogstens %n meetwaarde.</numerusform>
            <numerusform>De check-in toont naast stemming hoogstens %n meetwaarden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Measures in the quick check-in, besides mood (at most %n):</source>
        <translation>
            <numerusform>&amp;Meetwaarden in de snelle check-in, naast stemming (hoogstens %n):</numerusform>
            <numerusform>&amp;Meetwaarden in de snelle check-in, naast stemming (hoogstens %n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures in the check-in</source>
        <translation>Meetwaarden in de check-in</translation>
    </message>
    <message>
        <source>Everything else stays one click away in the full form.</source>
        <translation>Al het andere blijft één klik verderop, in het volledige formulier.</translation>
    </message>
    <message>
        <source>&amp;Remind me every day at:</source>
        <translation>&amp;Herinner me elke dag om:</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Herinneringstijden</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tijd:</translation>
    </message>
    <message>
        <source>New reminder time</source>
        <translation>Nieuwe herinneringstijd</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;oevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Skip the reminder when today already has an entry</source>
        <translation>&amp;Geen herinnering als er vandaag al een registratie is</translation>
    </message>
    <message>
        <source>Start MoodBiome at &amp;login (in the tray, to remind you)</source>
        <translation>MoodBiome starten bij het &amp;aanmelden (in het systeemvak, voor herinneringen)</translation>
    </message>
    <message>
        <source>This desktop has no system tray: reminders appear in a small MoodBiome window while the app is open, and closing the main window quits.</source>
        <translation>Deze desktop heeft geen systeemvak: herinneringen verschijnen in een klein MoodBiome-venster zolang de app open is, en het hoofdvenster sluiten beëindigt de app.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
</context>
<context>
    <name>mb::ShortcutsDialog</name>
    <message>
        <source>Edit the selected entry</source>
        <translation>De gekozen registratie bewerken</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>De gekozen registratie verwijderen</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Ongedaan maken / opnieuw</translation>
    </message>
    <message>
        <source>New participant (clinician mode)</source>
        <translation>Nieuwe deelnemer (behandelaarsmodus)</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Een CSV-bestand importeren</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <source>Participant report (PDF)</source>
        <translation>Deelnemersrapport (PDF)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Een database openen</translation>
    </message>
    <message>
        <source>Save a form</source>
        <translation>Een formulier opslaan</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a form (asks first when it has changes)</source>
        <translation>Een formulier sluiten (vraagt eerst als er wijzigingen zijn)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Deze lijst</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Chart, Journal, Interventions, Questionnaires, Analysis, Insights, Cohort, Audit trail</source>
        <translation>Grafiek, Dagboek, Interventies, Vragenlijsten, Analyse, Inzichten, Cohort, Audittrail</translation>
    </message>
    <message>
        <source>New entry for the selected participant (single-person mode: the quick check-in)</source>
        <translation>Nieuwe registratie voor de gekozen deelnemer (eenpersoonsmodus: de snelle check-in)</translation>
    </message>
    <message>
        <source>Settings: check-in measures and reminders</source>
        <translation>Instellingen: meetwaarden in de check-in en herinneringen</translation>
    </message>
</context>
<context>
    <name>mb::TagChips</name>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>mb::TagListDialog</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>mb::TagListEditor</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Uit &amp;archief halen</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>Choose a tag first.</source>
        <translation>Kies eerst een tag.</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nieuwe tag</translation>
    </message>
    <message>
        <source>Name of the new tag (such as “coffee”):</source>
        <translation>Naam van de nieuwe tag (zoals “koffie”):</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Tag hernoemen</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nieuwe naam van “%1”:</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Kleur van “%1”</translation>
    </message>
    <message>
        <source>A tag is a yes/no fact about a day, such as coffee, kefir or running. Archived tags stay on old entries but are not offered for new ones.</source>
        <translation>Een tag is een ja/nee-feit over een dag, zoals koffie, kefir of hardlopen. Gearchiveerde tags blijven op oude registraties staan, maar worden voor nieuwe niet meer aangeboden.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Kleur…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
</context>
</TS>
