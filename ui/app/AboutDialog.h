#pragma once
// Help → About: the version (from the build: the CMake project version, via the application
// version main() sets) and the libraries the program uses, each with its licence.
#include <QDialog>
#include <QString>

namespace stepwise::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
  public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The dialog's text (rich text), for the dialog and for tests.
    static QString aboutText();
};

}  // namespace stepwise::ui
