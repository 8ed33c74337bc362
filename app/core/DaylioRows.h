// Daylio's CSV export: both header versions, 12- and 24-hour times, mood labels mapped to the 0–10 mood scale.
#pragma once

#include "core/ImportRows.h"

namespace mb {

class DaylioRows final : public ImportRows {
    Q_DECLARE_TR_FUNCTIONS(ImportParser)
public:
    using ImportRows::ImportRows;

    // awful 1, bad 2, meh 3, good 4, rad 5: Daylio's default labels.
    static std::optional<int> defaultLevel(QStringView label);
    // Level 1–5 on the 0–10 mood scale: (level − 1) × 2.5.
    static double moodOf(int level) { return (level - 1) * 2.5; }
    // "full_date,…" or "year,…": both have weekday, time and mood.
    static bool isDaylioHeader(const QStringList& header);
    // An activity as a tag name: the characters a tag name cannot hold (, ; | tab, line breaks) become spaces,
    // spaces are simplified, and the name is cut at the tag name's length.
    static QString tagName(const QString& activity);

    bool readHeader(const QStringList& header, ImportBatch& batch) override;
    void readRow(const CsvRecord& record, ImportBatch& batch) override;

private:
    std::optional<QDate> dateOf(const CsvRecord& record, ImportBatch& batch) const;
    std::optional<int> levelOf(const CsvRecord& record, ImportBatch& batch) const;
    QString noteOf(const CsvRecord& record) const;
    QStringList activitiesOf(const CsvRecord& record) const;
    QString field(const CsvRecord& record, int column) const { return column < 0 ? QString() : record.fields[column]; }

    int m_fullDate = -1, m_year = -1, m_date = -1, m_time = -1, m_mood = -1, m_activities = -1, m_noteTitle = -1,
        m_note = -1;
    const Measure* m_moodMeasure = nullptr;
};

} // namespace mb
