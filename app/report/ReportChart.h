// The chart of the report: the main window's participant chart, drawn onto the PDF page.
#pragma once

#include <QRectF>
#include <QSize>
#include <QStringList>

#include <memory>

class QPainter;

namespace mb {

class ChartView;
class Store;

// The one place where the report meets the chart widget: built from the store as the main window builds it,
// drawn through the chart's public render entry point.
class ReportChart {
public:
    static constexpr QSize logicalSize{800, 430}; // laid out at this size, then scaled to the page width

    ReportChart(Store& store, qint64 participantId, const QStringList& measures);
    ~ReportChart();
    ReportChart(const ReportChart&) = delete;
    ReportChart& operator=(const ReportChart&) = delete;

    void draw(QPainter& painter, const QRectF& target) const;

private:
    std::unique_ptr<ChartView> m_view;
};

} // namespace mb
