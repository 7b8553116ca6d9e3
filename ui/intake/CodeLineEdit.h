#pragma once

// CodeLineEdit: a line edit for identifiers (ID numbers, credit codes, acceptance numbers): the input
// method is off so a Chinese IME never swallows the digits, Latin letters only, monospace, upper case.

#include <QLineEdit>

namespace ow {

class CodeLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit CodeLineEdit(int maxLength, QWidget* parent = nullptr);
};

} // namespace ow
