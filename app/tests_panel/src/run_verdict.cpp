#include "verdict/app/tests_panel/run_verdict.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <string>
#include <vector>

#include "verdict/validators/comparison.h"
#include "verdict/validators/options.h"

namespace verdict::app::tests_panel {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("verdict::app::tests_panel", text);
}

}  // namespace

TestState stateOfRunStatus(const QString& status) {
    if (status == QLatin1String("ok"))
        return TestState::Ran;
    if (status == QLatin1String("time_limit") || status == QLatin1String("wall_limit"))
        return TestState::TimeLimit;
    if (status == QLatin1String("memory_limit"))
        return TestState::MemoryLimit;
    if (status == QLatin1String("output_limit"))
        return TestState::OutputLimit;
    if (status == QLatin1String("nonzero_exit") || status == QLatin1String("signaled"))
        return TestState::RuntimeError;
    if (status == QLatin1String("compile_error"))
        return TestState::CompileError;
    return TestState::Error;  // sandbox_error, or a status this IDE does not know
}

OutputComparison compareOutput(const QString& expected, const QString& actual,
                               const QStringList& args) {
    std::vector<std::string> flags;
    for (const QString& arg : args)
        flags.push_back(arg.toStdString());
    const validators::OptionsParseResult options = validators::parseOptions(flags);
    if (!options.ok())
        return {false, tr("The problem's validator flags are not understood: %1")
                           .arg(QString::fromStdString(options.error))};
    const QByteArray answer = expected.toUtf8();
    const QByteArray team = actual.toUtf8();
    const auto result =
        validators::compare({answer.constData(), size_t(answer.size())},
                            {team.constData(), size_t(team.size())}, *options.options);
    return {result.accepted, QString::fromStdString(result.judgeMessage)};
}

TestRunResult judgeRun(const QJsonObject& run, const QString& expected,
                       const Validation& validation) {
    TestRunResult out;
    const QJsonObject result = run.value("result").toObject();
    if (result.isEmpty()) {
        out.state = TestState::Error;
        out.message = tr("The server sent no result for the run.");
        return out;
    }
    const QString status = result.value("status").toString();
    out.state = stateOfRunStatus(status);
    out.cpuMs = result.value("cpu_ms").toInt(-1);
    out.memoryKib = result.value("memory_kib").toInt(-1);
    out.output = result.value("stdout").toString();
    out.errorOutput = result.value("stderr").toString();
    out.compileOutput = result.value("compile").toObject().value("output").toString();
    if (out.state == TestState::Error) {
        const QString error = result.value("error").toString();
        out.message = error.isEmpty() ? tr("The judge reported “%1”.").arg(status) : error;
    } else if (out.state == TestState::RuntimeError) {
        out.message = status == QLatin1String("signaled")
                          ? tr("Killed by a signal.")
                          : tr("Exit code %1.").arg(result.value("exit_code").toInt());
    } else if (out.state == TestState::Ran && !expected.isEmpty() && validation.custom) {
        out.message =
            tr("This problem has its own output validator: the judge decides when "
               "you submit. Compare the output by eye.");
    } else if (out.state == TestState::Ran && !expected.isEmpty()) {
        const OutputComparison comparison = compareOutput(expected, out.output, validation.args);
        out.state = comparison.accepted ? TestState::Accepted : TestState::WrongAnswer;
        if (!comparison.accepted)
            out.message = comparison.message;
    }
    return out;
}

}  // namespace verdict::app::tests_panel
