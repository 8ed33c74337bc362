// Reading what Insights need for one participant: the daily means of the outcome and of the other numeric
// measures, the days with entries and the days of each tag (docs/STATISTICS.md "Insights").
#pragma once

#include "core/Insights.h"

namespace mb {

class Store;

// measureKey must be a measure the store knows (else StorageError InvalidInput). Numeric factors are the other
// measures that are not categories and have values, labelled in language ("en" or "nl"); tag factors are the
// non-archived tags on the participant's live entries.
InsightsInput loadInsightsInput(Store& store, qint64 participantId, const QString& measureKey,
                                int maxLag = defaultInsightLag, QStringView language = u"en");

// loadInsightsInput() then computeInsights().
InsightsResult loadInsights(Store& store, qint64 participantId, const QString& measureKey,
                            int maxLag = defaultInsightLag, QStringView language = u"en");

} // namespace mb
