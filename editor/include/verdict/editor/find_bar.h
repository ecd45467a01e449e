#pragma once
// The find/replace bar under the editor: a pattern, an optional replacement, case / whole word /
// regex toggles, the number of matches (or why a regex is malformed), Enter for the next match,
// Shift+Enter for the previous one, Escape to close. The searching is FindReplace's.
#include <QTimer>
#include <QWidget>

#include "verdict/editor/find_replace.h"

class QLabel;
class QLineEdit;
class QToolButton;

namespace verdict::editor {

class CodeEditor;

class FindBar : public QWidget {
    Q_OBJECT
  public:
    explicit FindBar(CodeEditor* editor, QWidget* parent = nullptr);

    QLineEdit* patternEdit() const { return m_pattern; }
    QLineEdit* replacementEdit() const { return m_replacement; }
    FindOptions options() const;
    void setOptions(const FindOptions& options);
    // What the count label says: "3 matches", "No matches", or the regex error.
    QString status() const;
    bool replaceVisible() const;

  public slots:
    // Shows the bar (with the replace row for showReplace), the selection as the pattern.
    void showFind();
    void showReplace();
    bool findNext();
    bool findPrevious();
    bool replaceOne();
    int replaceAll();
    void updateCount();

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void open(bool withReplace);
    QToolButton* toggle(const QString& text, const QString& tip);
    bool valid();

    CodeEditor* m_editor;
    FindReplace m_finder;
    QLineEdit* m_pattern;
    QLineEdit* m_replacement;
    QToolButton* m_case;
    QToolButton* m_word;
    QToolButton* m_regex;
    QLabel* m_status;
    QWidget* m_replaceRow;
    QTimer m_recount;
};

}  // namespace verdict::editor
