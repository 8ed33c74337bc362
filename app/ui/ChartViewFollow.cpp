// ChartView::follow and keepChoicesIn live in the ui library, not with the rest of ChartView in the chart library: the
// Workspace it follows belongs to the window, and the chart library (which the PDF report and moodbiome-cli link) has
// no window.
#include "storage/Store.h"
#include "ui/ChartView.h"
#include "ui/Settings.h"
#include "ui/Workspace.h"

namespace mb {

void ChartView::follow(Workspace* workspace)
{
    connect(workspace, &Workspace::storeChanged, this, &ChartView::setStore);
    connect(workspace, &Workspace::participantChanged, this, &ChartView::setParticipant);
    auto ifShown = [this, workspace](qint64 participantId) {
        if (participantId == workspace->participantId())
            refresh();
    };
    for (auto changed : {&Workspace::entriesChanged, &Workspace::interventionsChanged, &Workspace::responsesChanged})
        connect(workspace, changed, this, ifShown);
    connect(workspace, &Workspace::tagsChanged, this, &ChartView::tagsChanged);
    setStore(workspace->store());
    setParticipant(workspace->participantId());
}

void ChartView::keepChoicesIn(Settings* settings)
{
    setShownMeasures(settings->value(Settings::Key::ChartMeasures).toStringList());
    connect(this, &ChartView::shownMeasuresChanged, settings,
            [settings](const QStringList& keys) { settings->setValue(Settings::Key::ChartMeasures, keys); });
    setShownTags(settings->value(Settings::Key::ChartTags).toStringList());
    connect(this, &ChartView::shownTagsChanged, settings,
            [settings](const QStringList& names) { settings->setValue(Settings::Key::ChartTags, names); });
}

} // namespace mb
