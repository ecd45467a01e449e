#pragma once
// Find and replace over a QsciScintilla's text: plain or regex, case, whole word, wrap, count.

#include <QRegularExpression>
#include <QString>

class QsciScintilla;

namespace verdict::editor {

struct FindOptions {
    bool caseSensitive = false;
    bool wholeWord = false;
    bool regex = false;
    bool wrap = true;
};

// Works on the editor's current text each call, so a dialog can keep one for the editor's life.
class FindReplace {
  public:
    explicit FindReplace(QsciScintilla& editor);

    // Selects the next match after the selection (the previous one before it); false if none.
    bool findNext(const QString& pattern, const FindOptions& options);
    bool findPrevious(const QString& pattern, const FindOptions& options);
    // Replaces the selection when it is a match, then selects the next match; false if the
    // selection was no match (then it only finds the next one).
    bool replace(const QString& pattern, const QString& replacement, const FindOptions& options);
    // Replaces every match as one undo step; returns how many.
    int replaceAll(const QString& pattern, const QString& replacement, const FindOptions& options);
    int count(const QString& pattern, const FindOptions& options) const;

    // The expression a pattern and options search for; invalid for a malformed regex.
    static QRegularExpression expression(const QString& pattern, const FindOptions& options);
    // The replacement for one match: \0-\9 are groups in regex mode, \n and \t escapes.
    static QString expand(const QString& replacement, const QRegularExpressionMatch& match,
                          bool regex);

  private:
    void selectChars(qsizetype from, qsizetype to);
    qsizetype selectionStartChars() const;
    qsizetype selectionEndChars() const;

    QsciScintilla& m_editor;
};

}  // namespace verdict::editor
