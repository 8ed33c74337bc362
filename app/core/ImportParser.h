// Reading an import file: decoding, the dialect, which format it is, and every row checked against the measures.
#pragma once

#include "core/ImportBatch.h"
#include "core/Measure.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace mb {

class ImportParser {
    Q_DECLARE_TR_FUNCTIONS(ImportParser)
public:
    // Told how far the reading is (characters of the text); returning false stops it (the batch is cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Given the records read so far (except the last, which a following row may still join), moved out of
    // the batch every sinkRecords records and once at the end, with the problems found so far.
    using Sink = std::function<void(QList<ImportRecord>&& records, const ImportProblems& problems)>;
    static constexpr int previewRows = 20;
    static constexpr qsizetype sinkRecords = 4096;

    // measures: the definitions rows are checked against (keys, labels and ranges); the parser knows no database.
    ImportParser(QList<Measure> measures, ImportOptions options);

    // Never throws; everything wrong with the file is in the batch's problems. With a sink, the records go
    // there instead of staying in the batch.
    ImportBatch parse(const QByteArray& bytes, const Progress& progress = {}, const Sink& sink = {}) const;

    // The format a header belongs to, or Auto when it is none of them.
    static ImportFormat detect(const QStringList& header);

private:
    QList<Measure> m_measures;
    ImportOptions m_options;
};

} // namespace mb
