#include "ui/practice/ShowMe.h"

#include "core/catalogue/Options.h"
#include "ui/panels/GraphInputEditor.h"
#include "ui/playback/PlaybackController.h"
#include "ui/rooms/GraphRoom.h"

namespace stepwise::ui {

bool showWorkedSolution(Room& room, const practice::Question& q, QString* error) {
    const QString item = QString::fromStdString(q.item);
    room.selectItem(item);
    if (auto* graphRoom = qobject_cast<GraphRoom*>(&room)) {
        // The graph room's items share the graph in its editor: put the instance there and run
        // from the question's endpoints.
        const QString origin = QObject::tr("practice question %1, seed %2").arg(QString::fromStdString(q.type)).arg(q.seed);
        graphRoom->editor()->setGraphText(QString::fromStdString(q.instance["graph"].get<std::string>()), origin,
                                          "practice");
        const auto name = [&q](const char* key) {
            return q.instance.contains(key) ? QString::fromStdString(q.instance[key].get<std::string>()) : QString();
        };
        QString source = name("source");
        if (source.isEmpty()) source = name("vertex");
        if (source.isEmpty()) source = "A";  // an item without a source still needs one picked; practice names from A
        graphRoom->setEndpointNames(source, name("target"));
        if (!graphRoom->graphRun()) {
            if (error) *error = QObject::tr("the graph room could not run the question's graph");
            return false;
        }
    } else {
        // The instance in the catalogue's terms: its string values are the item's options (the
        // asked cell's row and column are not options).
        catalogue::Options options;
        for (const auto& [name, value] : q.instance.items())
            if (value.is_string()) options.set(name, value.get<std::string>());
        if (!room.applyOptions(options, error)) return false;
    }
    if (room.playback()) room.playback()->seek(q.step);
    return true;
}

}  // namespace stepwise::ui
