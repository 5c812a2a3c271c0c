#pragma once
#include <QMainWindow>

namespace stepwise::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

}  // namespace stepwise::ui
