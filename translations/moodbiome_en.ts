<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
    <name>mb::MainWindow</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n values to %1.</source>
        <translation>
            <numerusform>Exported %n value to %1.</numerusform>
            <numerusform>Exported %n values to %1.</numerusform>
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
</TS>
