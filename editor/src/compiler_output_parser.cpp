#include "verdict/editor/compiler_output_parser.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <utility>

namespace verdict::editor {
namespace {

// gcc, clang, go, kotlinc, ghc: "file:line:col: error: message" (severity optional for go).
const QRegularExpression kGccLine(QStringLiteral(
    R"re(^(.+?):(\d+):(\d+):(?:\s*(fatal error|error|warning|note|Error|Warning):)?)re"
    R"re((\s*)(.*)$)re"));
// javac: "file:line: error: message"
const QRegularExpression kJavacLine(QStringLiteral(R"re(^(.+?):(\d+): (error|warning): (.*)$)re"));
// fpc, mcs: "file(line,col) Error: message", "file(line,col): error CS0103: message"
const QRegularExpression kParenLine(QStringLiteral(
    R"re(^(.+?)\((\d+),(\d+)\):?\s+(Fatal|Error|Warning|error|warning)\b:?\s*(.*)$)re"));
// rustc: "error[E0308]: message" then " --> file:line:col"
const QRegularExpression kRustHeader(QStringLiteral(R"re(^(error|warning)(?:\[\w+\])?: (.*)$)re"));
const QRegularExpression kRustLocation(QStringLiteral(R"re(^\s*--> (.+?):(\d+):(\d+)\s*$)re"));
// Python: '  File "main.py", line 3, in <module>' / OCaml: 'File "x.ml", line 3, characters 4-5:'
const QRegularExpression kQuotedFile(
    QStringLiteral(R"re(^\s*File "(.+?)", line (\d+)(?:, characters (\d+)-\d+)?)re"));
const QRegularExpression kPythonException(QStringLiteral(
    R"re(^([A-Za-z_][\w.]*(?:Error|Exception|Warning|Interrupt|Exit)):?\s*(.*)$)re"));
const QRegularExpression kOcamlMessage(QStringLiteral(R"re(^(Error|Warning[^:]*):\s*(.*)$)re"));

Severity severityOf(const QString& word) {
    return word.toLower().startsWith(QLatin1String("warning")) ? Severity::Warning
                                                               : Severity::Error;
}

bool sameFile(const QString& reported, const QString& mainFile) {
    return reported.isEmpty() || QFileInfo(reported).fileName() == QFileInfo(mainFile).fileName();
}

// Reads the output line by line; a parse step may consume the lines after its header.
class Parser {
  public:
    Parser(const QString& output, const QString& mainFile)
        : m_lines(output.split(QLatin1Char('\n'))), m_mainFile(mainFile) {
        for (QString& line : m_lines) {
            if (line.endsWith(QLatin1Char('\r'))) {
                line.chop(1);
            }
        }
    }

    QList<Diagnostic> run() {
        for (m_index = 0; m_index < m_lines.size(); ++m_index) {
            const QString& line = m_lines[m_index];
            parseRust(line) || parseQuotedFile(line) || parseParen(line) || parseGcc(line) ||
                parseJavac(line);
        }
        flushPython();
        return m_result;
    }

  private:
    QString lineAt(qsizetype index) const {
        return index < m_lines.size() ? m_lines[index] : QString();
    }

    // The message continues on indented lines when the header line has none (ghc, rustc notes).
    QString continuation() const {
        const QString next = lineAt(m_index + 1);
        return next.startsWith(QLatin1Char(' ')) ? next.trimmed() : QString();
    }

    bool parseGcc(const QString& line) {
        const QRegularExpressionMatch m = kGccLine.match(line);
        if (!m.hasMatch() || m.captured(4) == QLatin1String("note")) {
            return false;
        }
        // gcc's context lines ("main.cpp:9:5:   required from here") are indented, untagged.
        if (m.captured(4).isEmpty() && m.captured(5).size() > 1) {
            return false;
        }
        QString message = m.captured(6).trimmed();
        if (message.isEmpty() || message.startsWith(QLatin1Char('['))) {
            message = (message + QLatin1Char(' ') + continuation()).trimmed();
        }
        add(m.captured(1), m.captured(2).toInt(), m.captured(3).toInt(), severityOf(m.captured(4)),
            message);
        return true;
    }

    bool parseJavac(const QString& line) {
        const QRegularExpressionMatch m = kJavacLine.match(line);
        if (!m.hasMatch()) {
            return false;
        }
        // javac echoes the source line, then a caret under the column.
        int column = 0;
        const QString caretLine = lineAt(m_index + 2);
        if (caretLine.trimmed() == QLatin1String("^")) {
            column = static_cast<int>(caretLine.indexOf(QLatin1Char('^'))) + 1;
        }
        add(m.captured(1), m.captured(2).toInt(), column, severityOf(m.captured(3)),
            m.captured(4).trimmed());
        return true;
    }

    bool parseParen(const QString& line) {
        const QRegularExpressionMatch m = kParenLine.match(line);
        if (!m.hasMatch()) {
            return false;
        }
        add(m.captured(1), m.captured(2).toInt(), m.captured(3).toInt(), severityOf(m.captured(4)),
            m.captured(5).trimmed());
        return true;
    }

    bool parseRust(const QString& line) {
        const QRegularExpressionMatch header = kRustHeader.match(line);
        if (!header.hasMatch()) {
            return false;
        }
        const QRegularExpressionMatch at = kRustLocation.match(lineAt(m_index + 1));
        if (!at.hasMatch()) {
            return true;  // "error: aborting due to ..." has no place
        }
        add(at.captured(1), at.captured(2).toInt(), at.captured(3).toInt(),
            severityOf(header.captured(1)), header.captured(2).trimmed());
        ++m_index;
        return true;
    }

    // Python frames are collected until the exception line names the error; OCaml's message
    // follows its location at once.
    bool parseQuotedFile(const QString& line) {
        const QRegularExpressionMatch m = kQuotedFile.match(line);
        if (!m.hasMatch()) {
            return tryPythonException(line);
        }
        if (!m.captured(3).isEmpty()) {
            // OCaml 4.14+ quotes the source before the message.
            QRegularExpressionMatch message;
            for (qsizetype i = 1; i <= 4 && !message.hasMatch(); ++i) {
                message = kOcamlMessage.match(lineAt(m_index + i));
            }
            const QString text = message.hasMatch() ? message.captured(2) : QString();
            add(m.captured(1), m.captured(2).toInt(), m.captured(3).toInt() + 1,
                message.hasMatch() ? severityOf(message.captured(1)) : Severity::Error, text);
            return true;
        }
        m_pythonFrames.append(
            {m.captured(2).toInt(), 0, Severity::Error, {}, m.captured(1), int(m_index)});
        return true;
    }

    bool tryPythonException(const QString& line) {
        if (m_pythonFrames.isEmpty() || line.startsWith(QLatin1Char(' '))) {
            return false;
        }
        const QRegularExpressionMatch m = kPythonException.match(line);
        if (!m.hasMatch()) {
            return false;
        }
        m_pythonMessage = m.captured(2).isEmpty()
                              ? m.captured(1)
                              : m.captured(1) + QStringLiteral(": ") + m.captured(2);
        flushPython();
        return true;
    }

    // The innermost frame in the user's file carries the exception.
    void flushPython() {
        const QList<Diagnostic> frames = std::exchange(m_pythonFrames, {});
        const QString message = std::exchange(m_pythonMessage, {});
        if (message.isEmpty()) {
            return;
        }
        for (auto frame = frames.rbegin(); frame != frames.rend(); ++frame) {
            if (m_mainFile.isEmpty() || sameFile(frame->file, m_mainFile)) {
                m_result.append(
                    {frame->line, 0, Severity::Error, message, frame->file, frame->outputLine});
                return;
            }
        }
    }

    void add(const QString& file, int line, int column, Severity severity, const QString& message) {
        m_result.append({line, column, severity, message, file, int(m_index)});
    }

    QStringList m_lines;
    QString m_mainFile;
    qsizetype m_index = 0;
    QList<Diagnostic> m_pythonFrames;
    QString m_pythonMessage;
    QList<Diagnostic> m_result;
};

}  // namespace

QList<Diagnostic> parseCompilerOutput(const QString& output, const QString& mainFile) {
    QList<Diagnostic> all = Parser(output, mainFile).run();
    if (mainFile.isEmpty()) {
        return all;
    }
    QList<Diagnostic> kept;
    for (const Diagnostic& diagnostic : all) {
        if (sameFile(diagnostic.file, mainFile)) {
            kept.append(diagnostic);
        }
    }
    return kept;
}

}  // namespace verdict::editor
