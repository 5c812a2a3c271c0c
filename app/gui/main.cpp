// The GUI entry point: `stepwise [--theme light|dark] [--algorithm ID] [--source NAME] [--target NAME]
// [--step K] [FILE]`. Without arguments it opens the city-map example with Dijkstra at step 0.
#include <QApplication>
#include <cstdio>

#include "ui/app/MainWindow.h"
#include "ui/app/StartupOptions.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("Stepwise");
    QApplication::setOrganizationName("Stepwise");
    QApplication::setApplicationVersion(STEPWISE_VERSION);

    QString error, help;
    const auto options = stepwise::ui::parseStartupOptions(QApplication::arguments(), &error, &help);
    if (!options) {
        if (error.isEmpty()) {
            std::fputs(qPrintable(help), stdout);
            return 0;
        }
        std::fprintf(stderr, "stepwise: %s\n\n%s", qPrintable(error), qPrintable(help));
        return 2;
    }

    stepwise::ui::MainWindow window;
    window.resize(1440, 900);
    window.restoreSettings();
    window.applyStartup(*options);
    window.show();
    return QApplication::exec();
}
