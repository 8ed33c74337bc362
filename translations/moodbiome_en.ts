<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AnalysisText</name>
    <message numerus="yes">
        <source>Short baseline: only %n day(s) with a value, so a few unusual days can move these numbers a lot.</source>
        <translation>
            <numerusform>Short baseline: only %n day with a value, so a few unusual days can move these numbers a lot.</numerusform>
            <numerusform>Short baseline: only %n days with a value, so a few unusual days can move these numbers a lot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Short intervention phase: only %n day(s) with a value, so a few unusual days can move these numbers a lot.</source>
        <translation>
            <numerusform>Short intervention phase: only %n day with a value, so a few unusual days can move these numbers a lot.</numerusform>
            <numerusform>Short intervention phase: only %n days with a value, so a few unusual days can move these numbers a lot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditReplay</name>
    <message numerus="yes">
        <source>the import at audit row %1 wrote %n %2 row(s) for participant %3; without an audit record that says why, there are now %4</source>
        <translation>
            <numerusform>the import at audit row %1 wrote %n %2 row for participant %3; without an audit record that says why, there are now %4</numerusform>
            <numerusform>the import at audit row %1 wrote %n %2 rows for participant %3; without an audit record that says why, there are now %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adherence tick(s) imported for participant %1 were removed without an audit record</source>
        <translation>
            <numerusform>%n adherence tick imported for participant %1 was removed without an audit record</numerusform>
            <numerusform>%n adherence ticks imported for participant %1 were removed without an audit record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <source>The backup holds the data of %1; it passed its integrity check and all %n audit row(s) in it are intact. What was entered after that date will no longer be in the database, but nothing is lost: the database as it is now is first saved in “%2”.</source>
        <translation>
            <numerusform>The backup holds the data of %1; it passed its integrity check and all %n audit row in it are intact. What was entered after that date will no longer be in the database, but nothing is lost: the database as it is now is first saved in “%2”.</numerusform>
            <numerusform>The backup holds the data of %1; it passed its integrity check and all %n audit rows in it are intact. What was entered after that date will no longer be in the database, but nothing is lost: the database as it is now is first saved in “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>Backed up to “%1” (%2 bytes). The copy passed its check: %3 ok, %n audit row(s) verified.</source>
        <translation>
            <numerusform>Backed up to “%1” (%2 bytes). The copy passed its check: %3 ok, %n audit row verified.</numerusform>
            <numerusform>Backed up to “%1” (%2 bytes). The copy passed its check: %3 ok, %n audit rows verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported to “%1”. Rows: %n.</source>
        <translation>
            <numerusform>Exported to “%1”. Rows: %n.</numerusform>
            <numerusform>Exported to “%1”. Rows: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Nothing was imported: “%1” has %n problem(s); correct every line listed and try again.</source>
        <translation>
            <numerusform>Nothing was imported: “%1” has %n problem; correct every line listed and try again.</numerusform>
            <numerusform>Nothing was imported: “%1” has %n problems; correct every line listed and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n entry(ies) stored already.</source>
        <translation>
            <numerusform>Tags to add to %n entry stored already.</numerusform>
            <numerusform>Tags to add to %n entries stored already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags added to %n entry(ies) stored already.</source>
        <translation>
            <numerusform>Tags added to %n entry stored already.</numerusform>
            <numerusform>Tags added to %n entries stored already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed.</source>
        <translation>
            <numerusform>… and %n more problem, not listed.</numerusform>
            <numerusform>… and %n more problems, not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%1 withdrew on %2; their journal is read-only, so none of their %n row(s) can be imported.</source>
        <translation>
            <numerusform>%1 withdrew on %2; their journal is read-only, so none of their %n row can be imported.</numerusform>
            <numerusform>%1 withdrew on %2; their journal is read-only, so none of their %n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” differs only in upper or lower case from “%2”, so the two would be taken for one another; none of the %n row(s) of “%1” can be imported. Spell each participant&apos;s code one way.</source>
        <translation>
            <numerusform>“%1” differs only in upper or lower case from “%2”, so the two would be taken for one another; the row of “%1” cannot be imported. Spell each participant&apos;s code one way.</numerusform>
            <numerusform>“%1” differs only in upper or lower case from “%2”, so the two would be taken for one another; none of the %n rows of “%1” can be imported. Spell each participant&apos;s code one way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsText</name>
    <message numerus="yes">
        <source>this held up after testing %n factor(s).</source>
        <translation>
            <numerusform>this held up after testing %n factor.</numerusform>
            <numerusform>this held up after testing %n factors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after testing %n factor(s) this may well be chance.</source>
        <translation>
            <numerusform>after testing %n factor this may well be chance.</numerusform>
            <numerusform>after testing %n factors this may well be chance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n day after %1</numerusform>
            <numerusform>%n days after %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n day later</numerusform>
            <numerusform>%n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing stands out after testing %n factor(s): no tag or measure goes with a clearly different %1.</source>
        <translation>
            <numerusform>Nothing stands out after testing %n factor: no tag or measure goes with a clearly different %1.</numerusform>
            <numerusform>Nothing stands out after testing %n factors: no tag or measure goes with a clearly different %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantListCommand</name>
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
            <numerusform>⚠ %n participant with an open safety flag (PHQ-9 item 9 above 0): contact them as your protocol says, and acknowledge the flag in the Questionnaires tab of the app.</numerusform>
            <numerusform>⚠ %n participants with an open safety flag (PHQ-9 item 9 above 0): contact them as your protocol says, and acknowledge the flag in the Questionnaires tab of the app.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RandomisationPlanText</name>
    <message numerus="yes">
        <source>%1 from %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 from %2 (%n day)</numerusform>
            <numerusform>%1 from %2 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RandtestCommand</name>
    <message numerus="yes">
        <source>Multiple baseline across %n participant(s): %1 admissible combinations of start days.</source>
        <translation>
            <numerusform>Multiple baseline across %n participant: %1 admissible combinations of start days.</numerusform>
            <numerusform>Multiple baseline across %n participants: %1 admissible combinations of start days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote the report of %1 (%n page(s)) to “%2”.</source>
        <translation>
            <numerusform>Wrote the report of %1 (%n page) to “%2”.</numerusform>
            <numerusform>Wrote the report of %1 (%n pages) to “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 to %2 (%n day)</numerusform>
            <numerusform>%1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report of %1 (%n page(s)) was saved as “%2”.</source>
        <translation>
            <numerusform>The report of %1 (%n page) was saved as “%2”.</numerusform>
            <numerusform>The report of %1 (%n pages) was saved as “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) not shown (less certain, or not enough days).</source>
        <translation>
            <numerusform>%n more row not shown (less certain, or not enough days).</numerusform>
            <numerusform>%n more rows not shown (less certain, or not enough days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityCommand</name>
    <message numerus="yes">
        <source>Encrypted “%1”: %n row(s) rewritten and checked.</source>
        <translation>
            <numerusform>Encrypted “%1”: %n row rewritten and checked.</numerusform>
            <numerusform>Encrypted “%1”: %n rows rewritten and checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decrypted “%1”: %n row(s) rewritten and checked. It is a plain SQLite file now.</source>
        <translation>
            <numerusform>Decrypted “%1”: %n row rewritten and checked. It is a plain SQLite file now.</numerusform>
            <numerusform>Decrypted “%1”: %n rows rewritten and checked. It is a plain SQLite file now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a new passphrase: %n row(s) rewritten and checked.</source>
        <translation>
            <numerusform>“%1” has a new passphrase: %n row rewritten and checked.</numerusform>
            <numerusform>“%1” has a new passphrase: %n rows rewritten and checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) in “%1” are not encrypted; delete them if they should not be kept.</source>
        <translation>
            <numerusform>%n older backup in “%1” is not encrypted; delete it if it should not be kept.</numerusform>
            <numerusform>%n older backups in “%1” are not encrypted; delete them if they should not be kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteMerge</name>
    <message numerus="yes">
        <source>%n row(s) merged before and changed at the site since (corrected, deleted, restored, withdrawn, ended, acknowledged) were changed likewise.</source>
        <translation>
            <numerusform>%n row merged before and changed at the site since (corrected, deleted, restored, withdrawn, ended, acknowledged) was changed likewise.</numerusform>
            <numerusform>%n rows merged before and changed at the site since (corrected, deleted, restored, withdrawn, ended, acknowledged) were changed likewise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked randomisation schedule(s) merged with their interventions, as locked at the site.</source>
        <translation>
            <numerusform>%n locked randomisation schedule merged with its intervention, as locked at the site.</numerusform>
            <numerusform>%n locked randomisation schedules merged with their interventions, as locked at the site.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message numerus="yes">
        <source>The tag “%1” is on %n entry(ies); archive it instead.</source>
        <translation>
            <numerusform>The tag “%1” is on %n entry; archive it instead.</numerusform>
            <numerusform>The tag “%1” is on %n entries; archive it instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message numerus="yes">
        <source>Audit trail: %n row(s) checked, from %1 to %2.</source>
        <translation>
            <numerusform>Audit trail: %n row checked, from %1 to %2.</numerusform>
            <numerusform>Audit trail: %n rows checked, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) kept outside the database agree with the chain.</source>
        <translation>
            <numerusform>%n anchor kept outside the database agrees with the chain.</numerusform>
            <numerusform>%n anchors kept outside the database agree with the chain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) equal their last audited state.</source>
        <translation>
            <numerusform>%n data row equals its last audited state.</numerusform>
            <numerusform>%n data rows equal their last audited state.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more questionnaire response(s) do not score as stored</source>
        <translation>
            <numerusform>%n more questionnaire response does not score as stored</numerusform>
            <numerusform>%n more questionnaire responses do not score as stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) have dates or times MoodBiome does not store</source>
        <translation>
            <numerusform>%n more row has dates or times MoodBiome does not store</numerusform>
            <numerusform>%n more rows have dates or times MoodBiome does not store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) refer to rows that do not exist</source>
        <translation>
            <numerusform>%n more row refers to a row that does not exist</numerusform>
            <numerusform>%n more rows refer to rows that do not exist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::AuditTrailView</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::CohortView</name>
    <message numerus="yes">
        <source>%n participant(s) aligned at the start of “%1”. The band is the 95% confidence interval of the mean (t-based), on days with at least two values. Click a line to open that participant.</source>
        <translation>
            <numerusform>%n participant aligned at the start of “%1”. The band is the 95% confidence interval of the mean (t-based), on days with at least two values. Click a line to open that participant.</numerusform>
            <numerusform>%n participants aligned at the start of “%1”. The band is the 95% confidence interval of the mean (t-based), on days with at least two values. Click a line to open that participant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::Editor</name>
    <message numerus="yes">
        <source>Edit intervention %1 (adherence of %n day(s) outside the new dates cleared)</source>
        <translation>
            <numerusform>Edit intervention %1 (adherence of %n day outside the new dates cleared)</numerusform>
            <numerusform>Edit intervention %1 (adherence of %n days outside the new dates cleared)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::Encryption</name>
    <message numerus="yes">
        <source>“%1” has %n other name(s) (hard links). Rewriting it would leave the old contents under them; remove them first. Nothing was changed.</source>
        <translation>
            <numerusform>“%1” has %n other name (a hard link). Rewriting it would leave the old contents under it; remove it first. Nothing was changed.</numerusform>
            <numerusform>“%1” has %n other names (hard links). Rewriting it would leave the old contents under them; remove them first. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::EntryDialog</name>
    <message numerus="yes">
        <source>Not saved. Correct the value(s) marked in red first: %1.</source>
        <translation>
            <numerusform>Not saved. Correct the value marked in red first: %1.</numerusform>
            <numerusform>Not saved. Correct the values marked in red first: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::ImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s) stand in the way of the import; nothing has been written.</source>
        <translation>
            <numerusform>%n problem stands in the way of the import; nothing has been written.</numerusform>
            <numerusform>%n problems stand in the way of the import; nothing has been written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n new participant(s): %1</source>
        <translation>
            <numerusform>Create %n new participant: %1</numerusform>
            <numerusform>Create %n new participants: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) stored already will be skipped.</source>
        <translation>
            <numerusform>%n value stored already will be skipped.</numerusform>
            <numerusform>%n values stored already will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire total(s) will be skipped: a total alone is not a questionnaire response.</source>
        <translation>
            <numerusform>%n questionnaire total will be skipped: a total alone is not a questionnaire response.</numerusform>
            <numerusform>%n questionnaire totals will be skipped: a total alone is not a questionnaire response.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n value(s) stored already.</source>
        <translation>
            <numerusform>Skipped %n value stored already.</numerusform>
            <numerusform>Skipped %n values stored already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) stored already will get their tags.</source>
        <translation>
            <numerusform>%n entry stored already will get its tags.</numerusform>
            <numerusform>%n entries stored already will get their tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) stored already got their tags.</source>
        <translation>
            <numerusform>%n entry stored already got its tags.</numerusform>
            <numerusform>%n entries stored already got their tags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::InterventionPanel</name>
    <message numerus="yes">
        <source>Adherence of “%1” was recorded on %n day(s) outside the new dates (%2 to %3). Saving clears those days. You can undo this with Ctrl+Z; the audit trail keeps a record.</source>
        <translation>
            <numerusform>Adherence of “%1” was recorded on %n day outside the new dates (%2 to %3). Saving clears that day. You can undo this with Ctrl+Z; the audit trail keeps a record.</numerusform>
            <numerusform>Adherence of “%1” was recorded on %n days outside the new dates (%2 to %3). Saving clears those days. You can undo this with Ctrl+Z; the audit trail keeps a record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::ParticipantChart</name>
    <message numerus="yes">
        <source>%1 from %2 to %3, %n day(s) with data. Last values, on %4: %5.</source>
        <translation>
            <numerusform>%1 from %2 to %3, %n day with data. Last values, on %4: %5.</numerusform>
            <numerusform>%1 from %2 to %3, %n days with data. Last values, on %4: %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::ParticipantHeader</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::Passphrase</name>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>A passphrase needs at least %n character.</numerusform>
            <numerusform>A passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::QuestionnaireDialog</name>
    <message numerus="yes">
        <source>Answer every item before saving. Not answered yet: item(s) %1.</source>
        <translation>
            <numerusform>Answer every item before saving. Not answered yet: item %1.</numerusform>
            <numerusform>Answer every item before saving. Not answered yet: items %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::QuestionnairePanel</name>
    <message numerus="yes">
        <source>%n flagged responses await acknowledgement.</source>
        <translation>
            <numerusform>%n flagged response awaits acknowledgement.</numerusform>
            <numerusform>%n flagged responses await acknowledgement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::ReminderService</name>
    <message numerus="yes">
        <source>Remind me in %n minute(s)</source>
        <translation>
            <numerusform>Remind me in %n minute</numerusform>
            <numerusform>Remind me in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remind me in %n minute(s)</source>
        <translation>
            <numerusform>&amp;Remind me in %n minute</numerusform>
            <numerusform>&amp;Remind me in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::SecurityDialog</name>
    <message numerus="yes">
        <source>The database is decrypted. All %n row(s) were copied and checked.</source>
        <translation>
            <numerusform>The database is decrypted. %n row was copied and checked.</numerusform>
            <numerusform>The database is decrypted. All %n rows were copied and checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database is encrypted. All %n row(s) were copied and checked.</source>
        <translation>
            <numerusform>The database is encrypted. %n row was copied and checked.</numerusform>
            <numerusform>The database is encrypted. All %n rows were copied and checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is changed. All %n row(s) were copied and checked.</source>
        <translation>
            <numerusform>The passphrase is changed. %n row was copied and checked.</numerusform>
            <numerusform>The passphrase is changed. All %n rows were copied and checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) in “%1” are still unencrypted.</source>
        <translation>
            <numerusform>%n older backup in “%1” is still unencrypted.</numerusform>
            <numerusform>%n older backups in “%1” are still unencrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mb::SettingsDialog</name>
    <message numerus="yes">
        <source>The check-in shows at most %n measure(s) besides mood.</source>
        <translation>
            <numerusform>The check-in shows at most %n measure besides mood.</numerusform>
            <numerusform>The check-in shows at most %n measures besides mood.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Measures in the quick check-in, besides mood (at most %n):</source>
        <translation>
            <numerusform>&amp;Measures in the quick check-in, besides mood (at most %n):</numerusform>
            <numerusform>&amp;Measures in the quick check-in, besides mood (at most %n):</numerusform>
        </translation>
    </message>
</context>
</TS>
