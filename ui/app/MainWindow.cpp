#include "ui/app/MainWindow.h"

namespace stepwise::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) { setWindowTitle("Stepwise"); }

}  // namespace stepwise::ui
