// stepwise-gen: writes what the package installs besides the programs, at build time, from the
// programs' own declarations so nothing is copied by hand:
//   stepwise-gen man-cli VERSION OUT   stepwise-cli(1)
//   stepwise-gen man-gui VERSION OUT   stepwise(1)             (GUI builds only)
//   stepwise-gen icon SVG SIZE OUT     a SIZE×SIZE PNG of SVG  (GUI builds only)
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>

#include "app/cli/ExportCommand.h"
#include "app/gen/ManPage.h"

#ifdef STEPWISE_GEN_GUI
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QStringList>
#include <QSvgRenderer>

#include "ui/app/StartupOptions.h"
#endif

namespace {

using stepwise::man::ManOption;

/// export's options, from the same CLI11 declaration stepwise-cli parses with.
std::vector<ManOption> exportOptions() {
    CLI::App app;
    stepwise::cli::ExportRequest request;
    const CLI::App* cmd = stepwise::cli::addExportCommand(app, request);
    std::vector<ManOption> out;
    for (const CLI::Option* o : cmd->get_options()) {
        if (o->get_positional()) continue;                                   // GRAPHFILE, in the synopsis
        if (o->get_lnames() == std::vector<std::string>{"help"}) continue;  // said once, under run
        std::string names;
        for (const auto& s : o->get_snames()) names += (names.empty() ? "-" : ", -") + s;
        for (const auto& l : o->get_lnames()) names += (names.empty() ? "--" : ", --") + l;
        // The value's name: K for --step, FILE for --output, else the option's name in capitals.
        std::string argument;
        if (!o->get_type_name().empty() && !o->get_lnames().empty()) {
            const std::string& name = o->get_lnames().front();
            static const std::map<std::string, std::string> hints{
                {"step", "K"},      {"output", "FILE"},     {"steps", "A..B"}, {"every", "K"},
                {"scale", "S"},     {"frame-ms", "MS"},     {"algorithm", "ITEM"}, {"source", "NAME"},
                {"target", "NAME"}, {"preset", "NAME"},     {"format", "FORMAT"}, {"theme", "light|dark"}};
            const auto hint = hints.find(name);
            argument = hint != hints.end() ? hint->second : name;
            if (hint == hints.end())
                for (char& c : argument) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        }
        out.push_back({names, argument, o->get_description()});
    }
    return out;
}

#ifdef STEPWISE_GEN_GUI
/// Splits QCommandLineParser's help text ("  --theme <light|dark>  Start with ...") into options and
/// arguments; the text comes from the GUI's own parser, parseStartupOptions.
void guiOptions(std::vector<ManOption>& options, std::vector<ManOption>& arguments) {
    QString help, error;
    stepwise::ui::parseStartupOptions({"stepwise", "--help"}, &error, &help);
    std::vector<ManOption>* list = nullptr;
    static const QRegularExpression entry(R"(^  (\S.*?)(?: <([^>]+)>)?\s{2,}(\S.*)$)");
    for (const QString& line : help.split('\n')) {
        if (line == "Options:")
            list = &options;
        else if (line == "Arguments:")
            list = &arguments;
        if (!list || !line.startsWith("  ")) continue;
        if (const auto m = entry.match(line); m.hasMatch() && !line.startsWith("   ")) {
            if (m.captured(1).startsWith("--help-all")) continue;  // Qt's own options: not ours to document
            list->push_back(
                {m.captured(1).toStdString(), m.captured(2).toStdString(), m.captured(3).toStdString()});
        } else if (!list->empty()) {
            list->back().help += " " + line.trimmed().toStdString();  // a wrapped description
        }
    }
}

/// The SVG drawn at size × size, transparent around it.
int renderIcon(const char* svg, int size, const char* out) {
    QSvgRenderer renderer{QString::fromLocal8Bit(svg)};
    if (!renderer.isValid() || size <= 0) return 1;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image.save(QString::fromLocal8Bit(out), "PNG") ? 0 : 1;
}
#endif

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (argc != 5 && !(argc == 4 && mode.starts_with("man-"))) {
        std::cerr << "usage: stepwise-gen man-cli|man-gui VERSION OUT | icon SVG SIZE OUT\n";
        return 2;
    }
    std::string page;
    if (mode == "man-cli") {
        page = stepwise::man::cliManPage(argv[2], exportOptions());
#ifdef STEPWISE_GEN_GUI
    } else if (mode == "icon") {
        qputenv("QT_QPA_PLATFORM", "offscreen");  // a build machine has no display
        QGuiApplication app(argc, argv);
        const int status = renderIcon(argv[2], std::atoi(argv[3]), argv[4]);
        if (status != 0) std::cerr << "stepwise-gen: cannot render " << argv[2] << " to " << argv[4] << "\n";
        return status;
    } else if (mode == "man-gui") {
        QCoreApplication app(argc, argv);  // QCommandLineParser's help text needs one; no display
        std::vector<ManOption> options, arguments;
        guiOptions(options, arguments);
        if (options.empty()) {
            std::cerr << "stepwise-gen: found no options in the GUI's help text\n";
            return 1;
        }
        page = stepwise::man::guiManPage(argv[2], options, arguments);
#endif
    } else {
        std::cerr << "stepwise-gen: unknown mode '" << mode << "' (this build has man-cli"
#ifdef STEPWISE_GEN_GUI
                  << ", man-gui, icon"
#endif
                  << ")\n";
        return 2;
    }
    std::ofstream out(argv[3], std::ios::binary);
    out << page;
    out.close();
    if (!out) {
        std::cerr << "stepwise-gen: cannot write " << argv[3] << "\n";
        return 1;
    }
    return 0;
}
