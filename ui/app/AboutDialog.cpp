#include "ui/app/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>
#include <nlohmann/json_fwd.hpp>

namespace stepwise::ui {

QString AboutDialog::aboutText() {
    const QString json = QString("%1.%2.%3")
                             .arg(NLOHMANN_JSON_VERSION_MAJOR)
                             .arg(NLOHMANN_JSON_VERSION_MINOR)
                             .arg(NLOHMANN_JSON_VERSION_PATCH);
    const auto row = [](const QString& name, const QString& use, const QString& licence) {
        return QString("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(name, use, licence);
    };
    return tr("<h3>Stepwise %1</h3>"
              "<p>Watch algorithms and system-design mechanisms run step by step: every step lights its "
              "pseudo-code line and says in a sentence what it did.</p>"
              "<p>Stepwise is free software under the MIT licence. Because it links Qt Charts (GPL-3.0), "
              "this program as a whole is distributed under the GNU GPL version 3.</p>")
               .arg(QCoreApplication::applicationVersion()) +
           "<table cellspacing='6'>" +
           row(tr("<b>Library</b>"), tr("<b>Used for</b>"), tr("<b>Licence</b>")) +
           row(tr("Qt %1 (Core, GUI, Widgets, SVG, Print Support)").arg(qVersion()),
               tr("the interface, SVG and PDF export"), "LGPL-3.0") +
           row(tr("Qt Charts %1").arg(qVersion()), tr("hit-ratio and count charts"), "GPL-3.0") +
           row(tr("nlohmann/json %1").arg(json), tr("JSON input and output"), "MIT") +
           row(tr("CLI11 (stepwise-cli only)"), tr("the command line"), "BSD-3-Clause") + "</table>";
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setObjectName("aboutDialog");
    setWindowTitle(tr("About Stepwise"));
    auto* text = new QLabel(aboutText(), this);
    text->setObjectName("aboutText");
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(text->fontMetrics().averageCharWidth() * 70);
}

}  // namespace stepwise::ui
