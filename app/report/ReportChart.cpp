// The same series, bands and ticks as the main window's chart, rendered as vectors.
#include "report/ReportChart.h"

#include "ui/ChartView.h"
#include "ui/chart/ParticipantChart.h"

namespace mb {

ReportChart::ReportChart(Store& store, qint64 participantId, const QStringList& measures)
    : m_view(std::make_unique<ChartView>())
{
    m_view->resize(logicalSize);
    m_view->setStore(&store);
    m_view->setShownMeasures(measures);
    m_view->setParticipant(participantId);
}

ReportChart::~ReportChart() = default;

void ReportChart::draw(QPainter& painter, const QRectF& target) const
{
    m_view->chart()->renderTo(painter, target, logicalSize);
}

} // namespace mb
