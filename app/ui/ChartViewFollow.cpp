// ChartView::follow, keepChoicesIn and readAhead live in the ui library, not with the rest of ChartView in the chart
// library: the Workspace it follows belongs to the window, and the chart library (which the PDF report and
// moodbiome-cli link) has no window.
#include "core/Clock.h"
#include "storage/Store.h"
#include "ui/ChartReading.h"
#include "ui/ChartView.h"
#include "ui/LanguageManager.h"
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

std::function<void(Store&)> ChartView::readAhead(const Settings& settings)
{
    // The query the first refresh() makes: the choices keepChoicesIn() restores, the default rolling window.
    ChartQuery query{.measures = settings.value(Settings::Key::ChartMeasures).toStringList(),
                     .tags = settings.value(Settings::Key::ChartTags).toStringList(),
                     .rollingDays = defaultRollingDays,
                     .today = clock().today(),
                     .language = LanguageManager::current()};
    const bool singlePerson = settings.mode() == AppMode::SinglePerson;
    return [query, singlePerson](Store& store) mutable {
        query.participantId = Workspace::firstShown(store, singlePerson);
        if (query.participantId <= 0)
            return;
        const Database::ChangeStamp readAt = store.database().changeStamp(); // before reading: see ChartReadAhead
        ChartReadAhead::keep(store, query, readChart(store, query), readAt);
    };
}

} // namespace mb
