// The GUI entry point: `stepwise [--theme light|dark] [--algorithm ID] [--source NAME] [--target NAME]
// [--step K] [--practice TOPICS [--seed S]] [--db PATH] [FILE]`. Without arguments it opens the
// city-map example with Dijkstra at step 0.
#include <QApplication>
#include <QHashSeed>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTranslator>
#include <cstdio>

#include "ui/app/MainWindow.h"
#include "ui/app/StartupOptions.h"

int main(int argc, char** argv) {
    // A fixed hash seed: exported PDFs write their fonts in hash order, so the same export makes
    // the same bytes in every session (nothing here hashes outside input an attacker controls).
    QHashSeed::setDeterministicGlobalSeed();
    QApplication app(argc, argv);
    QApplication::setApplicationName("Stepwise");
    QApplication::setOrganizationName("Stepwise");
    QApplication::setApplicationVersion(STEPWISE_VERSION);  // the CMake project version
    QGuiApplication::setDesktopFileName("io.github.stepwise.stepwise");  // Wayland matches the window to the .desktop
    QApplication::setWindowIcon(QIcon(":/icons/io.github.stepwise.stepwise.svg"));

    // Our strings (compiled in from ui/translations, English the source language), then Qt's own.
    QTranslator ours, qt;
    if (ours.load(QLocale(), "stepwise", "_", ":/i18n")) QApplication::installTranslator(&ours);
    if (qt.load(QLocale(), "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);

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
    // 1440×900, or less on a small (or scaled: 200 % halves it) screen; a saved geometry wins.
    QSize size(1440, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    window.resize(size);
    window.restoreSettings();
    window.applyStartup(*options);
    window.show();
    return QApplication::exec();
}
