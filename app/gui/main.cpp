#include <QApplication>

#include "ui/app/MainWindow.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("Stepwise");
    QApplication::setOrganizationName("Stepwise");
    stepwise::ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    return QApplication::exec();
}
