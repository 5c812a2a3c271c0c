#include "ui/app/StartupOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "core/catalogue/Catalogue.h"
#include "core/practice/PracticeSession.h"
#include "core/practice/QuestionType.h"

namespace stepwise::ui {

std::optional<StartupOptions> parseStartupOptions(const QStringList& arguments, QString* error, QString* helpText) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Stepwise: watch algorithms run step by step.");
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption theme("theme", "Start with the light or dark theme (env STEPWISE_THEME).", "light|dark");
    const QCommandLineOption algorithm("algorithm", "Graph algorithm to select (as in `stepwise-cli list`).", "id");
    const QCommandLineOption source("source", "Source vertex.", "name");
    const QCommandLineOption target("target", "Target vertex.", "name");
    const QCommandLineOption open("open", "Catalogue item of any room to show (heap, segment-tree, ...).", "item");
    const QCommandLineOption preset("preset", "With --open: one of the item's presets (see stepwise-cli run ITEM --help).", "name");
    const QCommandLineOption step("step", "Start paused at this step (env STEPWISE_STEP).", "k");
    const QCommandLineOption practice("practice",
                                      "Open the practice window with these topics ticked (areas, items or question "
                                      "types, comma-separated, as `stepwise-cli practice --topics` takes them), or "
                                      "due (what the scheduler says is due).",
                                      "topics");
    const QCommandLineOption db("db", "The practice history database (default $STEPWISE_DB, else "
                                      "$XDG_DATA_HOME/Stepwise/history.sqlite).", "path");
    const QCommandLineOption seed("seed", "With --practice: the session's seed (the same seed asks the same questions).",
                                  "s");
    const QCommandLineOption progress("progress", "Open the Progress window: accuracy and time per topic per day, "
                                                  "the practice calendar and what is due (the history of --db).");
    const QCommandLineOption predict("predict", "Start with Predict on: each decision of the run waits for "
                                                "your prediction.");
    parser.addOptions({theme, open, preset, algorithm, source, target, step, practice, seed, db, progress, predict});
    parser.addPositionalArgument("file", "A graph file (edge list or DOT) to open instead of the example.", "[file]");
    if (helpText) *helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        if (error) *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet("version")) {  // printed by the caller like the help text
        if (error) error->clear();
        if (helpText) *helpText = "stepwise " + QCoreApplication::applicationVersion() + "\n";
        return std::nullopt;
    }
    if (parser.isSet("help")) {
        if (error) error->clear();
        return std::nullopt;
    }

    StartupOptions o;
    const QString themeText = parser.isSet(theme) ? parser.value(theme) : qEnvironmentVariable("STEPWISE_THEME");
    if (!themeText.isEmpty()) {
        o.theme = themeFromName(themeText);
        if (!o.theme) {
            if (error) *error = QString("unknown theme \"%1\" (expected light or dark)").arg(themeText);
            return std::nullopt;
        }
    }
    const QString stepText = parser.isSet(step) ? parser.value(step) : qEnvironmentVariable("STEPWISE_STEP");
    if (!stepText.isEmpty()) {
        bool ok = false;
        const qulonglong k = stepText.toULongLong(&ok);
        if (!ok) {
            if (error) *error = QString("--step expects a step number, got \"%1\"").arg(stepText);
            return std::nullopt;
        }
        o.step = static_cast<std::size_t>(k);
    }
    o.algorithm = parser.value(algorithm);
    o.open = parser.value(open);
    o.preset = parser.value(preset);
    if (!o.open.isEmpty()) {
        const auto* item = catalogue::findItem(o.open.toStdString());
        if (!item) {
            if (error)
                *error = QString("unknown item \"%1\" for --open (known items: %2)")
                             .arg(o.open, QString::fromStdString(catalogue::knownIds()));
            return std::nullopt;
        }
        if (!o.preset.isEmpty() && !item->findPreset(o.preset.toStdString())) {
            QString known = "example";
            for (const auto& p : item->presets) known += ", " + QString::fromStdString(p.name);
            if (error) *error = QString("%1 has no preset \"%2\" (its presets: %3)").arg(o.open, o.preset, known);
            return std::nullopt;
        }
    } else if (!o.preset.isEmpty()) {
        if (error) *error = "--preset needs --open ITEM";
        return std::nullopt;
    }
    o.practice = parser.value(practice);
    o.db = parser.value(db);
    o.progress = parser.isSet(progress);
    o.predict = parser.isSet(predict);
    if (parser.isSet(seed)) {
        bool ok = false;
        o.seed = parser.value(seed).toULongLong(&ok);
        if (!ok || o.practice.isEmpty()) {
            if (error)
                *error = ok ? QString("--seed needs --practice TOPICS")
                            : QString("--seed expects a whole number, got \"%1\"").arg(parser.value(seed));
            return std::nullopt;
        }
    }
    if (!o.practice.isEmpty() && o.practice.trimmed() != "due") {  // due: what the history says, read later
        try {
            practice::typesForTopics(practice::splitTopicList(o.practice.toStdString()));
        } catch (const std::exception& e) {
            if (error) *error = QString("--practice: %1").arg(QString::fromStdString(e.what()));
            return std::nullopt;
        }
    }
    o.source = parser.value(source);
    o.target = parser.value(target);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        if (error) *error = "expected at most one graph file";
        return std::nullopt;
    }
    if (!files.isEmpty()) o.graphFile = files.front();
    return o;
}

}  // namespace stepwise::ui
