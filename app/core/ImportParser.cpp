// One pass over the file: the header picks the layout, then every row is read and checked.
#include "core/ImportParser.h"

#include "core/DaylioRows.h"

#include <memory>

namespace mb {

namespace {

const QString headerField = QStringLiteral("header");

std::unique_ptr<ImportRows> rowsFor(ImportFormat format, const FieldReader& fields)
{
    switch (format) {
    case ImportFormat::Tidy:
        return std::make_unique<TidyRows>(fields);
    case ImportFormat::Wide:
        return std::make_unique<WideRows>(fields);
    case ImportFormat::Daylio:
        return std::make_unique<DaylioRows>(fields);
    case ImportFormat::Auto:
        break;
    }
    return nullptr;
}

bool hasColumn(const QStringList& header, std::initializer_list<const char16_t*> names)
{
    return std::any_of(header.cbegin(), header.cend(), [&](const QString& h) {
        const QString name = h.trimmed().toLower();
        return std::any_of(names.begin(), names.end(), [&](const char16_t* n) { return name == QStringView(n); });
    });
}

} // namespace

ImportParser::ImportParser(QList<Measure> measures, ImportOptions options)
    : m_measures(std::move(measures))
    , m_options(std::move(options))
{
}

ImportFormat ImportParser::detect(const QStringList& header)
{
    if (DaylioRows::isDaylioHeader(header))
        return ImportFormat::Daylio;
    if (hasColumn(header, {u"measure", u"meting"}) && hasColumn(header, {u"value", u"waarde"}))
        return ImportFormat::Tidy;
    if (hasColumn(header, {u"date", u"datum"}) && header.size() >= 2)
        return ImportFormat::Wide;
    return ImportFormat::Auto;
}

ImportBatch ImportParser::parse(const QByteArray& bytes, const Progress& progress, const Sink& sink) const
{
    ImportBatch batch;
    QString encodingError;
    const std::optional<QString> decoded = CsvReader::decode(bytes, batch.dialect, encodingError);
    if (!decoded) {
        batch.problems.add(0, QStringLiteral("encoding"), encodingError);
        return batch;
    }
    const QString& text = *decoded;
    if (text.trimmed().isEmpty()) {
        batch.problems.add(0, QStringLiteral("file"), tr("The file is empty."));
        return batch;
    }
    batch.dialect.separator = CsvReader::detectSeparator(text);
    CsvReader reader(text, batch.dialect.separator);
    CsvRecord record;
    if (reader.next(record))
        for (const QString& name : std::as_const(record.fields))
            batch.header.append(name.trimmed());
    batch.format = m_options.format == ImportFormat::Auto ? detect(batch.header) : m_options.format;
    const FieldReader fields(m_measures, m_options, batch.dialect.decimalComma());
    const auto rows = rowsFor(batch.format, fields);
    // With an unreadable header the rows are still read, for the preview and to find broken quotes.
    const bool readRows = rows && rows->readHeader(batch.header, batch);
    if (!rows && !reader.error())
        batch.problems.add(1, headerField,
                           tr("The header “%1” belongs to no format MoodBiome reads: tidy "
                              "(participant,date,time,measure,value,note), wide (participant,date and one column "
                              "per measure) or Daylio (full_date,date,weekday,time,mood,…).")
                               .arg(batch.header.join(batch.dialect.separator).left(200)));
    while (reader.next(record)) {
        if (record.isBlank())
            continue;
        ++batch.rows;
        if (batch.preview.size() < previewRows)
            batch.preview.append(record);
        if (readRows)
            rows->readRow(record, batch);
        if (sink && batch.records.size() > sinkRecords) {
            ImportRecord open = batch.records.takeLast();
            sink(std::exchange(batch.records, {}), batch.problems);
            batch.records.append(std::move(open));
        }
        if (progress && batch.rows % 4096 == 0 && !progress(reader.position(), reader.size())) {
            batch.cancelled = true;
            return batch;
        }
    }
    if (reader.error())
        batch.problems.add(reader.errorLine(), QStringLiteral("quote"), *reader.error());
    if (sink)
        sink(std::exchange(batch.records, {}), batch.problems);
    if (progress)
        progress(reader.size(), reader.size());
    return batch;
}

} // namespace mb
