// The few colours and style sheets that carry meaning (an error, a safety alert), defined once, and the error
// banner every form shows above its buttons.
#pragma once

#include <QColor>
#include <QLabel>

namespace mb {

namespace Style {
// Errors and safety alerts: dark red, readable as text on light backgrounds and behind white text.
QColor alertColour();
// White bold text on the alert colour: safety-flag warnings.
QString alertStyleSheet();
// Bold alert-coloured text: a message beside the field it concerns.
QString errorTextStyleSheet();
// A red frame around an input that holds something invalid; selector is the widget's class ("QLineEdit").
QString invalidInputStyleSheet(const QString& selector);
} // namespace Style

// What a form refused and why, in white on the alert colour above the form's buttons. Hidden until a message
// comes; the screen reader is told at once (an alert).
class ErrorBanner : public QLabel {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showMessage(const QString& message);
};

} // namespace mb
