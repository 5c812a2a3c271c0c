// UI tests need a QApplication before any widget exists; the offscreen platform needs no display.
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true);  // QSettings written by tests stay out of the user's config
    QApplication app(argc, argv);
    QApplication::setOrganizationName("StepwiseTests");
    QApplication::setApplicationName("ui_tests");
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
