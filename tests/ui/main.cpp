// UI tests need a QApplication before any widget exists; the offscreen platform needs no display.
#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true);  // QSettings written by tests stay out of the user's config
    QApplication app(argc, argv);
    QApplication::setOrganizationName("StepwiseTests");
    QApplication::setApplicationName("ui_tests");
    // ctest runs each test in its own process, several at once with -j: each gets its own settings
    // file, so one test's saved window state never leaks into another running beside it.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
